package dev.backease.session;

import dev.backease.content.WireId;

/** A change of the skin seen during a session (the contract's skin_change {@code change}). */
public enum SkinChange implements WireId {
    REDNESS,
    SWELLING,
    BRUISING,
    OTHER;

    @Override
    public String id() {
        return WireId.idOf(this);
    }
}
