package dev.backease.screening;

import dev.backease.content.WireId;

/** How soon to see a professional. Declared mildest first: a later constant is more urgent. */
public enum Referral implements WireId {
    NONE,
    ROUTINE,
    SOON,
    URGENT,
    EMERGENCY;

    @Override
    public String id() {
        return WireId.idOf(this);
    }

    public Referral moreUrgent(Referral other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
