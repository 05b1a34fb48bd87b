package dev.backease.screening;

import dev.backease.content.WireId;

/** May massage happen now. Declared mildest first: a later constant is stricter. */
public enum Decision implements WireId {
    PROCEED,
    PROCEED_WITH_CARE,
    NEEDS_CLEARANCE,
    DO_NOT_MASSAGE;

    @Override
    public String id() {
        return WireId.idOf(this);
    }

    public boolean allowsMassage() {
        return this == PROCEED || this == PROCEED_WITH_CARE;
    }

    public Decision stricter(Decision other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
