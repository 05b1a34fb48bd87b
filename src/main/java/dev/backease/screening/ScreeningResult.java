package dev.backease.screening;

import java.util.List;

/**
 * The answer to an intake (the contract's ScreeningResult).
 *
 * @param maxPressure 0-10 cap for the whole session; 0 when massage is not allowed
 * @param excludedTechniques technique ids that must not be used
 * @param avoidAreas areas not to work on (spine, bony_areas, bruised_area, ...)
 * @param needsClearanceFrom who must approve first (doctor, maternity_care_provider)
 * @param actions what to do, in plain words, most important first
 */
public record ScreeningResult(
        Decision decision,
        Referral referral,
        int maxPressure,
        List<String> excludedTechniques,
        List<String> avoidAreas,
        List<String> needsClearanceFrom,
        List<String> actions,
        List<Reason> reasons) {

    public ScreeningResult {
        excludedTechniques = List.copyOf(excludedTechniques);
        avoidAreas = List.copyOf(avoidAreas);
        needsClearanceFrom = List.copyOf(needsClearanceFrom);
        actions = List.copyOf(actions);
        reasons = List.copyOf(reasons);
    }

    public boolean massageAllowed() {
        return decision.allowsMassage();
    }
}
