package dev.backease.store;

import dev.backease.account.AccountId;
import dev.backease.journal.Journal;
import dev.backease.journal.JournalEntries;
import dev.backease.journal.JournalEntry;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
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

    private final Jdbi jdbi;
    private final Writes writes;
    private final Clock clock;
    private final JournalCache journals;

    public JdbiJournalEntries(Database database, Clock clock) {
        this(database, clock, database.journals());
    }

    /** With its own kept journals: what a second server instance on the same database has. */
    JdbiJournalEntries(Database database, Clock clock, JournalCache journals) {
        this.jdbi = database.jdbi();
        this.writes = database.writes();
        this.clock = clock;
        this.journals = journals;
    }

    @Override
    public JournalEntry add(AccountId owner, JournalEntry entry) {
        JournalEntry saved = entry.withId(UUID.randomUUID().toString());
        String document = JournalDocument.write(saved);
        long version = writes.inTransaction(h -> {
            h.createUpdate("""
                            INSERT INTO journal_entries (id, account_id, at, kind, document, created_at)
                            VALUES (:id, :account, :at, :kind, :document, :created)""")
                    .bind("id", saved.id())
                    .bind("account", owner.value())
                    .bind("at", saved.at())
                    .bind("kind", saved.kind().id())
                    .bind("document", document)
                    .bind("created", clock.instant())
                    .execute();
            h.createUpdate("""
                            INSERT INTO journal_versions (account_id, version) VALUES (:account, 1)
                            ON CONFLICT (account_id) DO UPDATE SET version = journal_versions.version + 1""")
                    .bind("account", owner.value())
                    .execute();
            // This transaction holds the row now, so it reads its own version, not a later one.
            return version(h, owner).orElseThrow();
        });
        keepWith(owner, version, JournalDocument.read(document));
        return saved;
    }

    /**
     * A journal kept at the version just before this entry's becomes the journal at its version with the
     * entry in its place (as read back from its document, exactly as a re-read would give it), so the
     * next advice need not parse the whole journal again. Anything else is dropped and read afresh.
     */
    private void keepWith(AccountId owner, long version, JournalEntry added) {
        if (added.at().isBefore(FAR_PAST) || added.at().isAfter(FAR_FUTURE)) {
            journals.forget(owner); // outside what a whole read returns; let the next read decide
            return;
        }
        journals.at(owner, version - 1).flatMap(kept -> kept.with(added)).ifPresentOrElse(
                longer -> journals.keep(owner, version, longer), () -> journals.forget(owner));
    }

    @Override
    public List<JournalEntry> list(AccountId owner, Instant from, Instant to) {
        if (from == null) {
            Journal whole = journal(owner);
            return to == null ? whole.entries() : whole.upTo(to);
        }
        // A period is cut from the kept journal when there is one (a primary-key read and two binary
        // searches instead of parsing the period's entries again); without one, only the period is read.
        return jdbi.withHandle(h -> version(h, owner).flatMap(version -> journals.at(owner, version))
                .map(journal -> journal.between(from, to))
                .orElseGet(() -> read(h, owner, from, to)));
    }

    /**
     * The account's whole journal, parsed once and kept while it stays the same. Advice and progress
     * read the whole journal on every request; parsing ten years of entries each time made them grow
     * with the journal. Entries are only ever added (or erased with the account), and every insert
     * bumps the account's row in journal_versions in the same transaction, so one primary-key read on
     * every call tells whether the kept copy is still the journal: several instances on one database
     * stay right, each asking the database. The version is read before the entries, so a copy kept
     * with version v holds at least the entries of v; if it holds more, the version has moved on and
     * the copy is never handed out.
     */
    @Override
    public Journal journal(AccountId owner) {
        Optional<Long> version = jdbi.withHandle(h -> version(h, owner));
        if (version.isEmpty()) {
            // No entry was ever added (or the account was erased): nothing to keep.
            journals.forget(owner);
            return new Journal(read(owner, null, null));
        }
        Optional<Journal> kept = journals.at(owner, version.get());
        if (kept.isPresent()) {
            return kept.get();
        }
        Journal read = new Journal(read(owner, null, null));
        journals.keep(owner, version.get(), read);
        return read;
    }

    private static Optional<Long> version(Handle handle, AccountId owner) {
        return handle.createQuery("SELECT version FROM journal_versions WHERE account_id = :account")
                .bind("account", owner.value()).mapTo(Long.class).findOne();
    }

    private List<JournalEntry> read(AccountId owner, Instant from, Instant to) {
        return jdbi.withHandle(h -> read(h, owner, from, to));
    }

    private static List<JournalEntry> read(Handle h, AccountId owner, Instant from, Instant to) {
        Instant low = from == null ? FAR_PAST : from.truncatedTo(ChronoUnit.MILLIS).minusMillis(MARGIN_MILLIS);
        Instant high = to == null ? FAR_FUTURE : to.truncatedTo(ChronoUnit.MILLIS).plusMillis(MARGIN_MILLIS);
        List<JournalEntry> candidates = h.createQuery("""
                        SELECT document FROM journal_entries
                        WHERE account_id = :account AND at >= :low AND at <= :high
                        ORDER BY at, id""")
                .bind("account", owner.value())
                .bind("low", low)
                .bind("high", high)
                .map((rs, ctx) -> JournalDocument.read(rs.getString("document")))
                .list();
        return JournalEntries.within(candidates, from, to);
    }

    /**
     * One entry by its id, if the account owns it. The owner is looked up by the id apart from the row,
     * so the id is the only way into the table: with {@code account_id = :account} beside the id,
     * PostgreSQL's plan for a prepared statement may take the account's index and read all of its
     * entries to find one ({@code OwnedLookupPlansTest}; see {@code JdbiSessions.OWNED}).
     */
    static final String FIND = """
            SELECT document FROM journal_entries
            WHERE id = :id AND (SELECT account_id FROM journal_entries WHERE id = :id) = :account""";

    @Override
    public Optional<JournalEntry> find(AccountId owner, String id) {
        return jdbi.withHandle(h -> h.createQuery(FIND)
                .bind("id", id)
                .bind("account", owner.value())
                .map((rs, ctx) -> JournalDocument.read(rs.getString("document")))
                .findOne());
    }
}
