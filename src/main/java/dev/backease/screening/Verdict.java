package dev.backease.screening;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Combines the findings of every rule that fired into one result: the strictest decision and the
 * most urgent referral win, and limits only ever add up.
 */
final class Verdict {
    /** Everyone's baseline, not a finding: the guide says to stay off the spine and bony areas. */
    static final Limits BASELINE = Limits.pressureAtMost(SafetyRules.MODERATE).avoiding("spine", "bony_areas");

    private final List<Fired> fired;
    private final String emergencyNumber;
    private final Decision decision;
    private final Referral referral;
    private final Limits limits;
    private final List<Clinician> clearanceFrom;

    Verdict(List<Fired> fired, String emergencyNumber) {
        this.fired = fired.stream().sorted(Fired.MOST_IMPORTANT_FIRST).toList();
        this.emergencyNumber = emergencyNumber;
        Decision strictest = Decision.PROCEED;
        Referral mostUrgent = Referral.NONE;
        Limits allLimits = BASELINE;
        LinkedHashSet<Clinician> approvers = new LinkedHashSet<>();
        for (Fired one : fired) {
            strictest = strictest.stricter(one.finding().decision());
            mostUrgent = mostUrgent.moreUrgent(one.finding().referral());
            allLimits = allLimits.and(one.finding().limits());
            approvers.addAll(one.finding().needsClearanceFrom());
        }
        this.decision = strictest;
        this.referral = mostUrgent;
        this.limits = allLimits;
        this.clearanceFrom = List.copyOf(approvers);
    }

    ScreeningResult toResult() {
        return new ScreeningResult(decision, referral, maxPressure(), limits.excludedTechniques(),
                limits.avoidAreas(), clearanceFrom.stream().map(Clinician::id).toList(), actions(),
                fired.stream().map(Fired::reason).toList());
    }

    private int maxPressure() {
        return decision.allowsMassage() ? limits.maxPressure().orElse(SafetyRules.MODERATE) : 0;
    }

    /** The one most urgent step first, then whether to massage, then each finding's own steps. */
    private List<String> actions() {
        LinkedHashSet<String> actions = new LinkedHashSet<>();
        referralAction().ifPresent(actions::add);
        actions.addAll(decisionActions());
        fired.stream().filter(this::worthSaying).forEach(f -> actions.addAll(f.finding().actions()));
        if (decision.allowsMassage()) {
            actions.add("Stay off the spine and bony areas.");
            actions.add("Stop at once if pain turns sharp or shoots down a leg, or if numbness, tingling, "
                    + "weakness, dizziness, shortness of breath or chest pain appears.");
        }
        return new ArrayList<>(actions);
    }

    /** How to massage gently is noise, even confusing, to someone who must not massage at all. */
    private boolean worthSaying(Fired fired) {
        return decision.allowsMassage() || !fired.finding().decision().allowsMassage();
    }

    private Optional<String> referralAction() {
        String action = switch (referral) {
            case EMERGENCY -> "Call " + emergencyNumber
                    + " (your local emergency number) now, or go to the emergency department.";
            case URGENT -> "Call a doctor today. If you cannot reach one, go to urgent care; call "
                    + emergencyNumber + " if it gets worse quickly.";
            case SOON -> "See a doctor or physical therapist within the next few days.";
            case ROUTINE -> "Book a visit with your primary care doctor or a physical therapist.";
            case NONE -> null;
        };
        return Optional.ofNullable(action);
    }

    private List<String> decisionActions() {
        return switch (decision) {
            case DO_NOT_MASSAGE -> clearanceFrom.isEmpty()
                    ? List.of("Do not massage the lower back now.")
                    : List.of("Do not massage the lower back now.",
                            "Even after that, do not massage until " + approvers() + ".");
            case NEEDS_CLEARANCE -> List.of("Do not massage until " + approvers() + ".");
            case PROCEED_WITH_CARE -> List.of("Massage gently: keep pressure at or below " + maxPressure()
                    + " out of 10.");
            case PROCEED -> List.of("Keep pressure moderate: at or below " + maxPressure() + " out of 10.");
        };
    }

    private String approvers() {
        String who = clearanceFrom.stream().map(Clinician::spoken).collect(Collectors.joining(" and "));
        return who + (clearanceFrom.size() == 1 ? " says it is safe" : " both say it is safe");
    }
}
