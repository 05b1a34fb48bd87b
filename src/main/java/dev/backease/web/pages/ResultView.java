package dev.backease.web.pages;

import dev.backease.screening.Referral;
import dev.backease.screening.ScreeningResult;
import java.util.List;

/** What the result page shows: the decision and referral in one sentence each, then reasons and next steps. */
public record ResultView(
        Chrome chrome,
        boolean emergency,
        String emergencyNumber,
        String decision,
        String referral,
        boolean massageAllowed,
        int maxPressure,
        List<String> clearanceFrom,
        List<String> avoidAreas,
        List<String> actions,
        List<dev.backease.screening.Reason> reasons,
        List<IntakeForm.Field> intakeFields) {

    static ResultView of(Chrome chrome, ScreeningResult result, String number, List<IntakeForm.Field> fields) {
        return new ResultView(chrome, result.referral() == Referral.EMERGENCY, number,
                Words.decision(result.decision()), Words.referral(result.referral(), number),
                result.massageAllowed(), result.maxPressure(),
                result.needsClearanceFrom().stream().map(Words::clearanceFrom).toList(),
                result.avoidAreas().stream().map(Words::area).toList(), result.actions(), result.reasons(), fields);
    }
}
