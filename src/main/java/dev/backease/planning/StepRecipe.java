package dev.backease.planning;

import dev.backease.content.Range;
import dev.backease.content.Technique;

/**
 * How the planner means to use one technique: the guide's figures it takes (each a range, so the
 * step can grow or shrink with the time available), the pressure band, and how readily it is dropped
 * when time runs short (lower priority goes first).
 *
 * @param count strokes, passes, points or knots; null for a single continuous stretch of time
 * @param secondsEach seconds per stroke, pass or point; null for holds and continuous steps
 * @param holdSeconds seconds per hold; null when the step is not a hold
 * @param minutes a continuous stretch of time; null when the step is counted
 * @param source the guide section heading the step's figures come from
 */
record StepRecipe(
        Technique technique,
        Range count,
        Range secondsEach,
        Range holdSeconds,
        Range minutes,
        Range pressure,
        int priority,
        String extraInstructions,
        String source) {

    /** Repetitions at a point between the low (0) and high (1) end of the guide's figures. */
    Integer repetitionsAt(double fraction) {
        return minutes != null ? null : count.at(fraction);
    }

    int durationAt(double fraction) {
        if (minutes != null) {
            return minutes.at(fraction) * 60;
        }
        int each = holdSeconds != null ? holdSeconds.at(fraction) : secondsEach.at(fraction);
        return count.at(fraction) * each;
    }

    StepRecipe withPressure(Range clipped) {
        return new StepRecipe(technique, count, secondsEach, holdSeconds, minutes, clipped, priority,
                extraInstructions, source);
    }

    String id() {
        return technique.id();
    }
}
