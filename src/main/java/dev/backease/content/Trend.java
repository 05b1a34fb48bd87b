package dev.backease.content;

/** How the pain is changing. */
public enum Trend implements WireId {
    BETTER,
    SAME,
    WORSE;

    @Override
    public String id() {
        return WireId.idOf(this);
    }
}
