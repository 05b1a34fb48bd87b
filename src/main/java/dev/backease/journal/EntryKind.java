package dev.backease.journal;

import dev.backease.content.WireId;

/** What a journal entry records: a massage session, or a later check-in on how the back feels. */
public enum EntryKind implements WireId {
    SESSION,
    CHECK_IN;

    @Override
    public String id() {
        return WireId.idOf(this);
    }
}
