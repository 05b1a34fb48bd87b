package dev.backease.content;

/** How the pain feels. */
public enum PainCharacter implements WireId {
    DULL,
    ACHING,
    SHARP,
    SHOOTING,
    BURNING,
    THROBBING;

    @Override
    public String id() {
        return WireId.idOf(this);
    }
}
