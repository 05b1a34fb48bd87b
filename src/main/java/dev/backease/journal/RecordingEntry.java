package dev.backease.journal;

import dev.backease.account.AccountId;

/** Use case: a person writes an entry in their journal. */
public final class RecordingEntry {
    private final JournalEntries journal;
    private final EntryValidation validation;

    public RecordingEntry(JournalEntries journal, EntryValidation validation) {
        this.journal = journal;
        this.validation = validation;
    }

    /** Throws {@link InvalidEntryException} naming every wrong field; saves nothing in that case. */
    public JournalEntry record(AccountId owner, JournalEntry entry) {
        return journal.add(owner, validation.require(entry.withId(null)));
    }
}
