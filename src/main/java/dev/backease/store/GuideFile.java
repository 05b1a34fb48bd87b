package dev.backease.store;

import dev.backease.content.Guide;

/** Loads and validates the guide's content file. PLACEHOLDER: being written. */
public final class GuideFile {
    private GuideFile() {}

    public static Guide loadDefault() {
        return new Guide();
    }
}
