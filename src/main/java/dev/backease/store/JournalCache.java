package dev.backease.store;

import dev.backease.account.AccountId;
import dev.backease.journal.Journal;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * Parsed journals kept between requests, each with the journal version it was read at (see
 * {@code journal_versions}). Bounded by the number of entries held, all accounts together: the least
 * recently used journals are dropped first, and a journal longer than the whole bound is not kept.
 * One per {@link Database}, shared by every reader in the process, so that erasing an account can drop
 * what was kept of it.
 */
final class JournalCache {
    /** About 25-50 MB of entries: ten years of a twice-daily journal for 13 accounts, or 10 entries for 10,000. */
    static final int DEFAULT_MAX_ENTRIES = 100_000;

    private final int maxEntries;
    private final LinkedHashMap<String, Kept> byAccount = new LinkedHashMap<>(16, 0.75f, true);
    private long entriesHeld;

    JournalCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** The journal kept for the account if it was read at exactly this version. */
    synchronized Optional<Journal> at(AccountId owner, long version) {
        Kept kept = byAccount.get(owner.value());
        return kept != null && kept.version() == version ? Optional.of(kept.journal()) : Optional.empty();
    }

    synchronized void keep(AccountId owner, long version, Journal journal) {
        forget(owner);
        long weight = weight(journal);
        if (weight > maxEntries) {
            return;
        }
        byAccount.put(owner.value(), new Kept(version, journal));
        entriesHeld += weight;
        Iterator<Kept> eldest = byAccount.values().iterator();
        while (entriesHeld > maxEntries && eldest.hasNext()) {
            entriesHeld -= weight(eldest.next().journal());
            eldest.remove();
        }
    }

    synchronized void forget(AccountId owner) {
        Kept dropped = byAccount.remove(owner.value());
        if (dropped != null) {
            entriesHeld -= weight(dropped.journal());
        }
    }

    synchronized long entriesHeld() {
        return entriesHeld;
    }

    synchronized int accountsHeld() {
        return byAccount.size();
    }

    /** An empty journal still takes a place, so that the number of accounts is bounded too. */
    private static long weight(Journal journal) {
        return Math.max(1, journal.size());
    }

    private record Kept(long version, Journal journal) {}
}
