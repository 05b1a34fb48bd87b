package dev.backease.content;

/** What sort of thing a technique is: hands-on massage, a stretch, or applying heat. */
public enum TechniqueKind implements WireId {
    MASSAGE,
    STRETCH,
    HEAT;

    @Override
    public String id() {
        return WireId.idOf(this);
    }
}
