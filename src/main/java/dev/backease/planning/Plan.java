package dev.backease.planning;

import dev.backease.content.Mode;
import dev.backease.screening.ScreeningResult;
import java.util.List;

/**
 * A session plan (the contract's Plan). When the screening does not allow massage,
 * {@code steps} is empty and position is null; the screening explains why.
 */
public record Plan(
        ScreeningResult screening,
        Mode mode,
        PlannedPosition position,
        List<CarePoint> preparation,
        List<PlanStep> steps,
        List<CarePoint> aftercare) {

    public Plan {
        preparation = List.copyOf(preparation);
        steps = List.copyOf(steps);
        aftercare = List.copyOf(aftercare);
    }

    public int totalSeconds() {
        return steps.stream().mapToInt(PlanStep::durationSeconds).sum();
    }
}
