package dev.backease.planning;

import java.util.List;

/**
 * One step of a plan (the contract's plan step). Every number comes from the guide.
 *
 * @param repetitions strokes, passes or holds; null when the step is one continuous stretch of time
 * @param secondsPerRepetition null when not counted per repetition
 * @param holdSeconds null when the step has no static hold
 * @param source the guide section heading the step's numbers come from
 */
public record PlanStep(
        String technique,
        String name,
        String area,
        String instructions,
        int durationSeconds,
        Integer repetitions,
        Integer secondsPerRepetition,
        Integer holdSeconds,
        PressureRange pressure,
        List<String> cautions,
        String source) {

    public PlanStep {
        cautions = List.copyOf(cautions);
    }
}
