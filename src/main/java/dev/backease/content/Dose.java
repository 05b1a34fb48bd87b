package dev.backease.content;

/**
 * How much of a technique the guide asks for, in one place of the guide. A technique may carry
 * several doses when the guide gives different figures in different sections; each keeps its source.
 * Every figure is optional; a dose has at least one.
 *
 * @param repetitions strokes, passes, repeats or holds
 * @param secondsPerRepetition seconds each stroke, pass or area takes
 * @param holdSeconds a steady hold, per {@code per}
 * @param minutes a continuous stretch of time
 * @param inchesPerSecond how fast a stroke travels
 * @param shiftInches how far to move before the next pass
 * @param per what one repetition or hold covers: stroke, area, point, knot, spot, side
 * @param note why the figure is here, when it is borrowed from another section or interpreted
 */
public record Dose(
        String source,
        Range repetitions,
        Range secondsPerRepetition,
        Range holdSeconds,
        Range minutes,
        Range inchesPerSecond,
        Range shiftInches,
        String per,
        String note) {

    public boolean hasAnyFigure() {
        return repetitions != null || secondsPerRepetition != null || holdSeconds != null || minutes != null
                || inchesPerSecond != null || shiftInches != null;
    }
}
