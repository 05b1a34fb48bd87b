package dev.backease.journal;

import dev.backease.account.AccountId;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every account's journal. An account only ever sees its own entries. */
public interface JournalEntries {
    /** Saves the entry and returns it with its new id. */
    JournalEntry add(AccountId owner, JournalEntry entry);

    /** The owner's entries with {@code from <= at <= to}, oldest first; a null bound is open. */
    List<JournalEntry> list(AccountId owner, Instant from, Instant to);

    /** Empty when the entry does not exist or belongs to another account. */
    Optional<JournalEntry> find(AccountId owner, String id);

    /** The entries inside the inclusive period (a null bound is open), oldest first: what {@link #list} means. */
    static List<JournalEntry> within(Collection<JournalEntry> entries, Instant from, Instant to) {
        return entries.stream()
                .filter(e -> from == null || !e.at().isBefore(from))
                .filter(e -> to == null || !e.at().isAfter(to))
                .sorted(Comparator.comparing(JournalEntry::at))
                .toList();
    }

    default List<JournalEntry> all(AccountId owner) {
        return list(owner, null, null);
    }

    /**
     * The owner's whole journal. A store that keeps journals hands back the same {@link Journal} while
     * nothing was added to it, so advice worked out from it is kept too; this one reads it afresh.
     */
    default Journal journal(AccountId owner) {
        return new Journal(all(owner));
    }
}
