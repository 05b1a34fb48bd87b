package dev.backease.web.pages;

import dev.backease.planning.Plan;
import dev.backease.screening.Intake;
import dev.backease.screening.ScreeningResult;

/** The two use cases the pages call: screening and planning (the Screening and Planner classes). */
public interface Screener {
    ScreeningResult screen(Intake intake);

    Plan plan(Intake intake, ScreeningResult result);

    String emergencyNumber();
}
