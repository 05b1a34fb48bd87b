package dev.backease.planning;

import dev.backease.content.Condition;
import dev.backease.content.Guide;
import dev.backease.content.Injury;
import dev.backease.content.Mode;
import dev.backease.content.Tool;
import dev.backease.screening.Decision;
import dev.backease.screening.Giver;
import dev.backease.screening.Intake;
import dev.backease.screening.Pain;
import dev.backease.screening.Reason;
import dev.backease.screening.Referral;
import dev.backease.screening.ScreeningResult;
import dev.backease.store.GuideFile;
import java.util.List;
import java.util.Set;

/** Intakes and screening results written out by hand, so planner tests do not depend on the screening rules. */
final class PlanFixtures {
    static final Guide GUIDE = GuideFile.loadDefault();

    private PlanFixtures() {}

    static Intake intake(Mode mode, int minutes, Set<Tool> tools, Set<Condition> conditions, boolean faceDown) {
        return new Intake(mode, Pain.of(4, 3), Injury.NONE, Set.of(), conditions, Set.of(), Giver.NOTHING_REPORTED,
                faceDown, tools, minutes, 6);
    }

    static ScreeningResult proceed() {
        return new ScreeningResult(Decision.PROCEED, Referral.NONE, 6, List.of(), List.of("spine"), List.of(),
                List.of("Go ahead gently."), List.of());
    }

    static ScreeningResult bloodThinners() {
        return new ScreeningResult(Decision.PROCEED_WITH_CARE, Referral.NONE, 3,
                List.of("trigger_point_release", "cross_fiber_friction", "massage_gun"), List.of("spine"), List.of(),
                List.of("Use light touch only: blood thinners make bruising easy."),
                List.of(new Reason("blood_thinners_light_touch", "Light touch only with blood thinners.",
                        "Contraindications to Consider")));
    }

    static ScreeningResult emergency() {
        return new ScreeningResult(Decision.DO_NOT_MASSAGE, Referral.EMERGENCY, 0, List.of(), List.of("spine"),
                List.of(), List.of("Call emergency services now: loss of bladder control needs urgent care."),
                List.of(new Reason("bladder_or_bowel_change", "Red flag.", "Identifying Persistent or Severe Pain")));
    }
}
