package dev.backease.planning;

import dev.backease.content.Guide;
import dev.backease.screening.Intake;
import dev.backease.screening.ScreeningResult;
import java.util.List;

/** Builds a session plan from an intake and its screening. PLACEHOLDER: being written. */
public final class Planner {
    private final Guide guide;

    public Planner(Guide guide) {
        this.guide = guide;
    }

    public Plan plan(Intake intake, ScreeningResult screening) {
        return new Plan(screening, intake.mode(), null, List.of(), List.of(), List.of());
    }
}
