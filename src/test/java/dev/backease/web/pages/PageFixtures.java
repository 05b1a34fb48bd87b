package dev.backease.web.pages;

import dev.backease.content.Symptom;
import dev.backease.planning.CarePoint;
import dev.backease.planning.Plan;
import dev.backease.planning.PlanStep;
import dev.backease.planning.PlannedPosition;
import dev.backease.planning.PressureRange;
import dev.backease.screening.Decision;
import dev.backease.screening.Intake;
import dev.backease.screening.Reason;
import dev.backease.screening.Referral;
import dev.backease.screening.ScreeningResult;
import java.util.List;

/**
 * Screening results and a plan as the guide gives them, so the pages can be tested on their own.
 * The real rules live in dev.backease.screening and dev.backease.planning and have their own tests;
 * here an emergency warning sign gives the guide's emergency answer, anything else a plain plan.
 */
public final class PageFixtures {
    public static final String EMERGENCY_NUMBER = "112";

    private PageFixtures() {}

    public static Screener screener() {
        return new Screener() {
            @Override
            public ScreeningResult screen(Intake intake) {
                boolean emergency = IntakeForm.EMERGENCY_FLAGS.stream().anyMatch(intake::has)
                        || intake.has(Symptom.FEVER);
                return emergency ? emergency() : plain();
            }

            @Override
            public Plan plan(Intake intake, ScreeningResult result) {
                return result.massageAllowed() ? plainPlan(result) : new Plan(result, intake.mode(), null, List.of(),
                        List.of(), List.of());
            }

            @Override
            public String emergencyNumber() {
                return EMERGENCY_NUMBER;
            }
        };
    }

    static ScreeningResult emergency() {
        return new ScreeningResult(Decision.DO_NOT_MASSAGE, Referral.EMERGENCY, 0, List.of(), List.of("spine"),
                List.of(), List.of("Call the emergency number now or go to the emergency department."),
                List.of(new Reason("bladder_or_bowel_change_emergency",
                        "New trouble with bladder or bowel control with back pain needs urgent assessment.",
                        "Identifying Persistent or Severe Pain")));
    }

    static ScreeningResult plain() {
        return new ScreeningResult(Decision.PROCEED, Referral.NONE, 6, List.of(), List.of("spine", "bony_areas"),
                List.of(), List.of("Start light and check in often."), List.of());
    }

    static Plan plainPlan(ScreeningResult result) {
        return new Plan(result, dev.backease.content.Mode.PARTNER,
                new PlannedPosition("prone_pillow_under_hips", "Lie face down with a pillow under the hips."),
                List.of(new CarePoint("room_temperature", "Warm the room to 21–24 °C.")),
                List.of(step("effleurage", "Effleurage (long warming strokes)", 48, 6, 8, null, 2, 3,
                                "Effleurage for Warm-Up"),
                        step("petrissage", "Kneading beside the spine", 60, 3, 20, null, 3, 5, "Kneading and Petrissage"),
                        step("pelvic_tilt", "Pelvic tilt", 30, 2, null, 15, 1, 2, "Sequence of Movements")),
                List.of(new CarePoint("drink_water", "Drink a glass of water.")));
    }

    private static PlanStep step(String technique, String name, int seconds, Integer reps, Integer perRep,
            Integer hold, int min, int max, String source) {
        return new PlanStep(technique, name, "Both sides of the spine, never on it",
                "Move slowly and stay off the spine.", seconds, reps, perRep, hold, new PressureRange(min, max),
                List.of("Stop if the receiver feels sharp pain."), source);
    }

    public static TechniqueLibrary techniques() {
        return () -> List.of(new TechniqueCard("effleurage", "Effleurage", "massage",
                "Long gliding strokes that spread oil and warm the muscles.",
                "Both hands flat, fingers together, glide from the sacrum up toward the ribs.",
                "Light to moderate, 2 to 4 out of 10", "4–6 slow strokes of 5–10 s",
                List.of("Stop if the receiver feels sharp pain."), List.of("paraspinal_left", "paraspinal_right",
                        "arrow_up"), "Effleurage for Warm-Up"));
    }
}
