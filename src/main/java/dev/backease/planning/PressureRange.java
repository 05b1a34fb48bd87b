package dev.backease.planning;

/** A pressure band on the agreed 0-10 scale. */
public record PressureRange(int min, int max) {
    public PressureRange {
        if (min < 0 || max > 10 || min > max) {
            throw new IllegalArgumentException("pressure must be 0 <= min <= max <= 10, was " + min + "-" + max);
        }
    }
}
