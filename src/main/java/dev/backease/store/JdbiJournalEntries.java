package dev.backease.store;

import dev.backease.account.AccountId;
import dev.backease.journal.JournalEntries;
import dev.backease.journal.JournalEntry;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * The journal in the database: each entry is kept whole as its JSON document, with the columns a
 * query needs (account_id, at, kind) beside it; (account_id, at) is indexed, so a range costs one
 * index scan however long the journal grows.
 */
public final class JdbiJournalEntries implements JournalEntries {
    /**
     * The at column holds milliseconds on SQLite and microseconds on PostgreSQL, while the document keeps
     * the exact instant: the query widens the range by this much and the exact bounds are applied after.
     */
    private static final long MARGIN_MILLIS = 1;
    private static final Instant FAR_PAST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant FAR_FUTURE = Instant.parse("9999-12-31T23:59:59Z");

    private static final int MAX_KEPT_ACCOUNTS = 256;

    private final Jdbi jdbi;
    private final Clock clock;
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();

    public JdbiJournalEntries(Database database, Clock clock) {
        this.jdbi = database.jdbi();
        this.clock = clock;
    }

    @Override
    public JournalEntry add(AccountId owner, JournalEntry entry) {
        JournalEntry saved = entry.withId(UUID.randomUUID().toString());
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO journal_entries (id, account_id, at, kind, document, created_at)
                        VALUES (:id, :account, :at, :kind, :document, :created)""")
                .bind("id", saved.id())
                .bind("account", owner.value())
                .bind("at", saved.at())
                .bind("kind", saved.kind().id())
                .bind("document", JournalDocument.write(saved))
                .bind("created", clock.instant())
                .execute());
        return saved;
    }

    @Override
    public List<JournalEntry> list(AccountId owner, Instant from, Instant to) {
        if (from == null) {
            List<JournalEntry> history = wholeHistory(owner);
            return to == null ? history : JournalEntries.within(history, null, to);
        }
        return read(owner, from, to);
    }

    /**
     * The account's whole journal, parsed once and kept while it stays the same. Advice and progress
     * read the whole journal on every request; parsing ten years of entries each time made them grow
     * with the journal. Entries are only ever added (or erased with the account), so the number of
     * rows, asked of the database on every call, tells whether the kept copy is still the journal:
     * several instances on one database stay right, each asking the database.
     */
    private List<JournalEntry> wholeHistory(AccountId owner) {
        long count = jdbi.withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM journal_entries WHERE account_id = :account")
                .bind("account", owner.value()).mapTo(Long.class).one());
        Parsed kept = parsed.get(owner.value());
        if (kept != null && kept.count() == count) {
            return kept.entries();
        }
        List<JournalEntry> entries = read(owner, null, null);
        if (parsed.size() >= MAX_KEPT_ACCOUNTS) {
            parsed.clear();
        }
        parsed.put(owner.value(), new Parsed(entries.size(), entries));
        return entries;
    }

    private record Parsed(long count, List<JournalEntry> entries) {}

    private List<JournalEntry> read(AccountId owner, Instant from, Instant to) {
        Instant low = from == null ? FAR_PAST : from.truncatedTo(ChronoUnit.MILLIS).minusMillis(MARGIN_MILLIS);
        Instant high = to == null ? FAR_FUTURE : to.truncatedTo(ChronoUnit.MILLIS).plusMillis(MARGIN_MILLIS);
        List<JournalEntry> candidates = jdbi.withHandle(h -> h.createQuery("""
                        SELECT document FROM journal_entries
                        WHERE account_id = :account AND at >= :low AND at <= :high
                        ORDER BY at, id""")
                .bind("account", owner.value())
                .bind("low", low)
                .bind("high", high)
                .map((rs, ctx) -> JournalDocument.read(rs.getString("document")))
                .list());
        return JournalEntries.within(candidates, from, to);
    }

    @Override
    public Optional<JournalEntry> find(AccountId owner, String id) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT document FROM journal_entries WHERE id = :id AND account_id = :account")
                .bind("id", id)
                .bind("account", owner.value())
                .map((rs, ctx) -> JournalDocument.read(rs.getString("document")))
                .findOne());
    }
}
