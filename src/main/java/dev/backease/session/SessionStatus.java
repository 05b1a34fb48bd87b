package dev.backease.session;

import dev.backease.content.WireId;

/** Where a live session stands (the contract's {@code state}). */
public enum SessionStatus implements WireId {
    READY,
    RUNNING,
    PAUSED,
    STOPPED,
    COMPLETED;

    @Override
    public String id() {
        return WireId.idOf(this);
    }

    /** A stopped or completed session is over: it takes no more events and asks for no pressure. */
    public boolean isOver() {
        return this == STOPPED || this == COMPLETED;
    }
}
