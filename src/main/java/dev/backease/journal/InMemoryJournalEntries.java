package dev.backease.journal;

import dev.backease.account.AccountId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The journal kept in memory: for tests and for running without a database. */
public final class InMemoryJournalEntries implements JournalEntries {
    private final Map<AccountId, List<JournalEntry>> byOwner = new ConcurrentHashMap<>();

    @Override
    public JournalEntry add(AccountId owner, JournalEntry entry) {
        JournalEntry saved = entry.withId(UUID.randomUUID().toString());
        List<JournalEntry> entries = byOwner.computeIfAbsent(owner, o -> new ArrayList<>());
        synchronized (entries) {
            entries.add(saved);
        }
        return saved;
    }

    @Override
    public List<JournalEntry> list(AccountId owner, Instant from, Instant to) {
        return JournalEntries.within(snapshot(owner), from, to);
    }

    @Override
    public Optional<JournalEntry> find(AccountId owner, String id) {
        return snapshot(owner).stream().filter(e -> e.id().equals(id)).findFirst();
    }

    private List<JournalEntry> snapshot(AccountId owner) {
        List<JournalEntry> entries = byOwner.getOrDefault(owner, List.of());
        synchronized (entries) {
            return List.copyOf(entries);
        }
    }
}
