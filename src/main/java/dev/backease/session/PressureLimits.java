package dev.backease.session;

import dev.backease.planning.Plan;
import dev.backease.planning.PlanStep;

/** The guide's pressure rules ("Adjusting Pressure"), as plain arithmetic on the 0-10 scale. */
final class PressureLimits {
    /** "Start light (2-3/10)": the very first step never starts above this. */
    static final int LIGHT_START = 3;
    /** How far one sign of discomfort lowers the target at once. */
    static final int EASE_STEP = 2;
    /** Easing never goes below this: the lightest touch that is still a massage. */
    static final int EASE_FLOOR = 1;

    private PressureLimits() {}

    /** The most a step may ever reach: the step's own band, the screening's cap and the comfort ceiling. */
    static int ceiling(Plan plan, PlanStep step, int comfortMax) {
        if (step == null) {
            return 0;
        }
        return Math.min(step.pressure().max(), Math.min(plan.screening().maxPressure(), comfortMax));
    }

    /** Where a step begins: at the bottom of its band, light for the first, never above the ceiling. */
    static int start(Plan plan, int stepIndex, int comfortMax) {
        PlanStep step = plan.steps().isEmpty() ? null : plan.steps().get(stepIndex);
        int ceiling = ceiling(plan, step, comfortMax);
        if (step == null) {
            return 0;
        }
        int start = Math.min(step.pressure().min(), ceiling);
        return stepIndex == 0 ? Math.min(start, LIGHT_START) : start;
    }

    /** Lower at once, but never raise and never below the floor (unless already below it). */
    static int eased(int target) {
        return Math.min(target, Math.max(EASE_FLOOR, target - EASE_STEP));
    }
}
