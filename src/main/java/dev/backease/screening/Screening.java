package dev.backease.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Screens an intake against every safety rule of the guide. The worst mistake it could make is
 * letting someone with a red flag go ahead, so every rule is checked on every intake and the
 * strictest answer wins.
 */
public final class Screening {
    private final String emergencyNumber;
    private final List<SafetyRule> rules;

    /** @param emergencyNumber the local emergency number shown in emergency actions, e.g. 112 or 911 */
    public Screening(String emergencyNumber) {
        this(emergencyNumber, SafetyRules.all());
    }

    Screening(String emergencyNumber, List<SafetyRule> rules) {
        Objects.requireNonNull(emergencyNumber, "emergencyNumber");
        if (emergencyNumber.isBlank()) {
            throw new IllegalArgumentException("the emergency number must not be blank");
        }
        this.emergencyNumber = emergencyNumber.strip();
        this.rules = List.copyOf(rules);
    }

    public String emergencyNumber() {
        return emergencyNumber;
    }

    /** Every rule, in catalogue order. */
    public List<SafetyRule> rules() {
        return rules;
    }

    public ScreeningResult screen(Intake intake) {
        Objects.requireNonNull(intake, "intake");
        List<Fired> fired = new ArrayList<>();
        for (SafetyRule rule : rules) {
            Optional<Finding> finding = rule.check(intake);
            if (finding.isPresent()) {
                Finding found = finding.get();
                fired.add(new Fired(rule, found.isLiftedFor(intake) ? found.cleared() : found));
            }
        }
        return new Verdict(fired, emergencyNumber).toResult();
    }
}
