package dev.backease.screening;

import java.util.List;

/**
 * Screens an intake against every safety rule of the guide.
 * PLACEHOLDER: the rules are being written (issue "Foundation"); do not rely on this body.
 */
public final class Screening {
    private final String emergencyNumber;

    public Screening(String emergencyNumber) {
        this.emergencyNumber = emergencyNumber;
    }

    public String emergencyNumber() {
        return emergencyNumber;
    }

    public ScreeningResult screen(Intake intake) {
        return new ScreeningResult(Decision.PROCEED, Referral.NONE, 6, List.of(), List.of("spine"), List.of(),
                List.of(), List.of());
    }
}
