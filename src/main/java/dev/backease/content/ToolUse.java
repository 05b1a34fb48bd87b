package dev.backease.content;

import java.util.List;

/** What a tool is for, in the guide's words, and when not to use it. */
public record ToolUse(Tool tool, String use, List<String> cautions, String source) {
    public ToolUse {
        cautions = cautions == null ? List.of() : List.copyOf(cautions);
    }
}
