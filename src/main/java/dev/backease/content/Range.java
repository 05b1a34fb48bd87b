package dev.backease.content;

/** An inclusive range of whole numbers as the guide gives it, such as "4–6 strokes" or "20–60 seconds". */
public record Range(int min, int max) {

    public static Range of(int min, int max) {
        return new Range(min, max);
    }

    public boolean isOrdered() {
        return min <= max;
    }

    /** The point a fraction of the way from min to max, rounded: 0 gives min, 1 gives max. */
    public int at(double fraction) {
        return min + (int) Math.round(fraction * (max - min));
    }

    @Override
    public String toString() {
        return min == max ? Integer.toString(min) : min + "–" + max;
    }
}
