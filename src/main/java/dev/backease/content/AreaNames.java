package dev.backease.content;

import java.util.Map;

/** The guide's body areas in plain words, for people; plans and rules keep the ids. */
public final class AreaNames {
    private static final Map<String, String> WORDS = Map.of(
            "paraspinal_muscles", "the muscles beside the spine, on each side (never the spine itself)",
            "lower_back_both_sides", "both sides of the lower back, from the top of the hips to the lower ribs",
            "back_of_thighs", "the backs of the thighs",
            "spine", "the spine",
            "bony_areas", "bony areas");

    private AreaNames() {}

    /** Plain words for an area id; an unknown id is shown with spaces for its underscores. */
    public static String of(String id) {
        return id == null ? "" : WORDS.getOrDefault(id, id.replace('_', ' '));
    }
}
