package dev.backease.screening;

/** The person giving the massage in partner mode. */
public record Giver(boolean pregnant) {
    public static final Giver NOTHING_REPORTED = new Giver(false);
}
