package dev.backease.content;

import java.util.List;

/** A body position for the session, and how to settle into it. */
public record Position(String id, String name, List<Mode> modes, String instructions, String source) {
    public Position {
        modes = modes == null ? null : List.copyOf(modes);
    }
}
