package dev.backease.planning;

import dev.backease.content.Condition;
import dev.backease.content.Guide;
import dev.backease.content.Mode;
import dev.backease.content.Position;
import dev.backease.screening.Intake;
import java.util.List;

/** Picks the body position from the answers, as "Proper Positioning" and the self-massage sections say. */
final class PositionChooser {
    private final Guide guide;

    PositionChooser(Guide guide) {
        this.guide = guide;
    }

    PlannedPosition choose(Intake intake, List<StepRecipe> steps) {
        if (intake.mode() == Mode.PARTNER) {
            return partner(intake);
        }
        return plain(guide.position(selfPosition(steps)));
    }

    private PlannedPosition partner(Intake intake) {
        // Face down is the guide's first choice; side-lying when that is not comfortable, and in
        // pregnancy, where lying on the belly is not an option.
        boolean faceDown = intake.canLieFaceDown() && !intake.has(Condition.PREGNANCY);
        Position position = guide.position(faceDown ? "prone_pillow_under_hips" : "side_lying_knees_bent");
        String stance = guide.preparationItem("giver_stance").text();
        return new PlannedPosition(position.id(), position.instructions() + " " + stance);
    }

    private static String selfPosition(List<StepRecipe> steps) {
        if (uses(steps, "ball_release")) {
            return "standing_at_wall";
        }
        if (uses(steps, "foam_roller")) {
            return "supine_knees_bent";
        }
        return "seated_supported";
    }

    private static boolean uses(List<StepRecipe> steps, String technique) {
        return steps.stream().anyMatch(step -> step.id().equals(technique));
    }

    private static PlannedPosition plain(Position position) {
        return new PlannedPosition(position.id(), position.instructions());
    }
}
