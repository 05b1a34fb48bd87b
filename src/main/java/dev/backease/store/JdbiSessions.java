package dev.backease.store;

import dev.backease.account.AccountId;
import dev.backease.account.AuditEvent;
import dev.backease.json.SessionEventReader;
import dev.backease.json.SessionJson;
import dev.backease.session.SessionChangedMeanwhile;
import dev.backease.session.SessionEvent;
import dev.backease.session.SessionId;
import dev.backease.session.SessionState;
import dev.backease.session.Sessions;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Live sessions in the database: the snapshot as one JSON document of bounded size in
 * {@code live_sessions}, its plan (which never changes) written once in {@code session_plans}, and
 * every accepted event as one row of {@code session_events}. A save is one
 * small {@code UPDATE} (or the first {@code INSERT}) plus one {@code INSERT} of the event that made the
 * snapshot, numbered by the snapshot's own count, in one transaction. The {@code UPDATE} checks the
 * version it read, so two changes made at once cannot overwrite each other, and the event is only
 * written when it succeeded.
 */
public final class JdbiSessions implements Sessions {
    private final Jdbi jdbi;
    private final Writes writes;
    private final SessionCache kept;
    private final boolean postgresql;

    public JdbiSessions(Database database) {
        this(database, database.sessions());
    }

    /** With its own kept sessions: what a second server instance on the same database has. */
    JdbiSessions(Database database, SessionCache kept) {
        this.jdbi = database.jdbi();
        this.writes = database.writes();
        this.kept = kept;
        this.postgresql = database.dialect() == Dialect.POSTGRESQL;
    }

    @Override
    public void save(SessionState state) {
        store(state, null);
    }

    /** One transaction (on SQLite one change of a group commit) for the session, its event and the record. */
    @Override
    public void save(SessionState state, AuditEvent record) {
        store(state, Objects.requireNonNull(record, "record"));
    }

    private void store(SessionState state, AuditEvent recordOrNone) {
        Written written = Written.of(state);
        if (postgresql && state.version() > 1 && updatedInOneStatement(written, recordOrNone)) {
            kept.keep(state);
            return;
        }
        writes.useTransaction(h -> {
            write(h, written);
            if (recordOrNone != null) {
                JdbiAuditLog.insert(h, recordOrNone);
            }
        });
        kept.keep(state);
    }

    /**
     * The snapshot and its event as stored, made before the transaction: on SQLite changes are made by one
     * writer thread, which should spend its time writing, not making JSON.
     */
    private record Written(SessionState state, String document, String event) {
        static Written of(SessionState state) {
            SessionEvent last = state.lastEvent();
            return new Written(state, SessionDocuments.writeState(state), last == null ? null : SessionJson.event(last).toString());
        }
    }

    private static void write(Handle h, Written written) {
        SessionState state = written.state();
        // The write comes first, so SQLite takes its write lock before anything else is read.
        int changed = state.version() == 1 ? insert(h, written) : update(h, written, true);
        if (changed == 0) {
            // Looked up once: the write lock is held, so it cannot change before the commit.
            long stored = storedVersion(h, state.id());
            if (state.version() > 1 && stored == state.version() - 1 && !planKeptApart(h, state.id())) {
                // Saved before plans were kept apart: its plan moves out now, once, and the state follows.
                keepPlan(h, state);
                changed = update(h, written, false);
            }
            if (changed != 1) {
                throw new SessionChangedMeanwhile(state.id(), state.version() - 1, stored);
            }
        }
        appendLastEvent(h, written);
    }

    /** As kept by this process (see {@link SessionCache}); the save of a change made from it checks its version. */
    @Override
    public Optional<SessionState> lastKnown(AccountId owner, SessionId id) {
        return kept.latest(owner, id);
    }

    /**
     * One query either way: it tells the stored version, and sends the document only when the one
     * kept here is not at that version (then it is parsed and kept).
     */
    @Override
    public Optional<SessionState> findById(AccountId owner, SessionId id) {
        return found(owner, id, stored(owner, id, kept.versionOf(id), null));
    }

    /**
     * On PostgreSQL the record is inserted by the read itself (a data-modifying {@code WITH} part, for
     * a found row only): one round trip and one commit. On SQLite, where writes go through the one
     * writer, the record follows the read as its own change.
     */
    @Override
    public Optional<SessionState> read(AccountId owner, SessionId id, AuditEvent record) {
        Objects.requireNonNull(record, "record");
        if (postgresql) {
            return found(owner, id, stored(owner, id, kept.versionOf(id), record));
        }
        Optional<SessionState> found = findById(owner, id);
        if (found.isPresent()) {
            writes.useTransaction(h -> JdbiAuditLog.insert(h, record));
        }
        return found;
    }

    private Optional<SessionState> found(AccountId owner, SessionId id, Optional<Stored> stored) {
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        if (stored.get().state() == null) {
            Optional<SessionState> same = kept.at(owner, id, stored.get().version());
            if (same.isPresent()) {
                return same;
            }
            // Dropped from what is kept (or replaced by a newer one) meanwhile: read it whole after all.
            stored = stored(owner, id, 0, null);
            if (stored.isEmpty()) {
                return Optional.empty();
            }
        }
        SessionState read = SessionDocuments.read(stored.get().state(), stored.get().plan());
        kept.keep(read);
        return Optional.of(read);
    }

    /** A stored row; state and plan are null when the version is {@code known}. */
    private record Stored(long version, String state, String plan) {}

    /**
     * The owner check of every statement below. It looks the owner up by the id, apart from the row the
     * statement reads or changes, so the id is the only way into the table: with
     * {@code s.account_id = :owner} beside {@code s.id = :id}, PostgreSQL's plan for a prepared
     * statement (made once for all values) may take the owner's index instead, and then reads every
     * session of that account to find one (2-4 ms instead of 0.05 for an account with 3,650, in
     * {@code bench/growth.sh}). The lookup is evaluated once per statement; a session never changes
     * owner, so it is the same row's owner. {@code OwnedLookupPlansTest} checks the plans.
     */
    private static final String OWNED = "(SELECT account_id FROM live_sessions WHERE id = :id) = :owner";

    /** The row's version, and its state and plan unless the version is {@code :known}. */
    static final String READ = """
            SELECT s.version,
                   CASE WHEN s.version = :known THEN NULL ELSE s.state END AS state,
                   CASE WHEN s.version = :known THEN NULL ELSE p.plan END AS plan
            FROM live_sessions s LEFT JOIN session_plans p ON p.session_id = s.id
            WHERE s.id = :id AND\s""" + OWNED;

    /** {@link #READ} and, for a found row, its audit record: one statement (PostgreSQL). */
    static final String READ_WITH_RECORD = "WITH found AS (" + READ + "),\n"
            + "record AS (" + JdbiAuditLog.insertForEachRowOf("found") + ")\n"
            + "SELECT version, state, plan FROM found";

    private Optional<Stored> stored(AccountId owner, SessionId id, long known, AuditEvent recordOrNone) {
        String sql = recordOrNone == null ? READ : READ_WITH_RECORD;
        return jdbi.withHandle(h -> {
            var query = h.createQuery(sql)
                    .bind("id", id.value())
                    .bind("owner", owner.value())
                    .bind("known", known);
            if (recordOrNone != null) {
                JdbiAuditLog.bindRecord(query, recordOrNone);
            }
            return query.map((rs, ctx) -> new Stored(rs.getLong("version"), rs.getString("state"), rs.getString("plan")))
                    .findOne();
        });
    }

    /** The events of an owned session in order; one row with no event when it has none. */
    static final String EVENTS = """
            SELECT e.json FROM live_sessions s LEFT JOIN session_events e ON e.session_id = s.id
            WHERE s.id = :id AND\s""" + OWNED + " ORDER BY e.seq";

    @Override
    public Optional<List<SessionEvent>> events(AccountId owner, SessionId id) {
        // An owned session without events still gives one row (with no event); anyone else's gives none.
        List<Optional<String>> rows = jdbi.withHandle(h -> h.createQuery(EVENTS)
                .bind("id", id.value())
                .bind("owner", owner.value())
                .map((rs, ctx) -> Optional.ofNullable(rs.getString("json")))
                .list());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(rows.stream().flatMap(Optional::stream).map(SessionEventReader::read).toList());
    }

    /** A new session: its row, and its plan once and for all (unless the id was taken: then nothing). */
    private static int insert(Handle h, Written written) {
        SessionState state = written.state();
        int inserted = h.createUpdate("""
                        INSERT INTO live_sessions (id, account_id, created_at, updated_at, version, state)
                        VALUES (:id, :owner, :createdAt, :updatedAt, :version, :state) ON CONFLICT (id) DO NOTHING""")
                .bind("id", state.id().value())
                .bind("owner", state.owner().value())
                .bind("createdAt", state.createdAt())
                .bind("updatedAt", state.updatedAt())
                .bind("version", state.version())
                .bind("state", written.document())
                .execute();
        if (inserted == 1) {
            keepPlan(h, state);
        }
        return inserted;
    }

    /** The owner's row at the version this change was made from, replaced. */
    static final String UPDATE = """
            UPDATE live_sessions SET state = :state, updated_at = :updatedAt, version = :version
            WHERE id = :id AND version = :previous AND\s""" + OWNED;

    /** The condition added to {@link #UPDATE} when the state written holds no plan. */
    static final String PLAN_APART = "\n  AND EXISTS (SELECT 1 FROM session_plans WHERE session_id = :id)";

    /**
     * Only the owner's row at the version this change was made from is replaced, and (with
     * {@code planApart}) only if its plan is kept apart, since the state written holds none.
     */
    private static int update(Handle h, Written written, boolean planApart) {
        SessionState state = written.state();
        return h.createUpdate(planApart ? UPDATE + PLAN_APART : UPDATE)
                .bind("id", state.id().value())
                .bind("owner", state.owner().value())
                .bind("updatedAt", state.updatedAt())
                .bind("version", state.version())
                .bind("previous", state.version() - 1)
                .bind("state", written.document())
                .execute();
    }

    /**
     * PostgreSQL: the update, its event and its record as one statement (data-modifying {@code WITH}
     * parts), so one round trip and no separate {@code BEGIN} and {@code COMMIT}; a statement is atomic,
     * so all three are kept or none. The event and the record are only inserted for a row the update
     * changed. False when it changed none (another change came first, or the session is one of the
     * older ones whose plan is still inside its state): the caller then takes the general path, which
     * tells those apart.
     */
    private boolean updatedInOneStatement(Written written, AuditEvent recordOrNone) {
        SessionState state = written.state();
        SessionEvent event = state.lastEvent();
        String sql = changeInOneStatement(event != null, recordOrNone != null);
        long changed = jdbi.withHandle(h -> {
            var query = h.createQuery(sql)
                    .bind("id", state.id().value())
                    .bind("owner", state.owner().value())
                    .bind("updatedAt", state.updatedAt())
                    .bind("version", state.version())
                    .bind("previous", state.version() - 1)
                    .bind("state", written.document());
            if (event != null) {
                query.bind("seq", state.eventCount() - 1)
                        .bind("at", event.at() == null ? state.updatedAt() : event.at())
                        .bind("json", written.event());
            }
            if (recordOrNone != null) {
                JdbiAuditLog.bindRecord(query, recordOrNone);
            }
            return query.mapTo(Long.class).one();
        });
        return changed == 1;
    }

    /** The four forms of the one-statement change, made once: index 2 * withEvent + withRecord. */
    private static final List<String> CHANGES = List.of(
            makeChange(false, false), makeChange(false, true), makeChange(true, false), makeChange(true, true));

    /** {@link #UPDATE} (plan apart), with the event's and the record's inserts for the changed row. */
    static String changeInOneStatement(boolean withEvent, boolean withRecord) {
        return CHANGES.get((withEvent ? 2 : 0) + (withRecord ? 1 : 0));
    }

    private static String makeChange(boolean withEvent, boolean withRecord) {
        StringBuilder sql = new StringBuilder("WITH changed AS (\n").append(UPDATE).append(PLAN_APART).append("\nRETURNING id)");
        if (withEvent) {
            sql.append("""
                    ,
                    event AS (
                        INSERT INTO session_events (session_id, seq, at, json)
                        SELECT id, :seq, :at, :json FROM changed)""");
        }
        if (withRecord) {
            sql.append(",\nrecord AS (").append(JdbiAuditLog.insertForEachRowOf("changed")).append(')');
        }
        return sql.append("\nSELECT COUNT(*) FROM changed").toString();
    }

    private static boolean planKeptApart(Handle h, SessionId id) {
        return h.createQuery("SELECT COUNT(*) FROM session_plans WHERE session_id = :id")
                .bind("id", id.value()).mapTo(Long.class).one() > 0;
    }

    private static void keepPlan(Handle h, SessionState state) {
        h.createUpdate("INSERT INTO session_plans (session_id, plan) VALUES (:id, :plan)")
                .bind("id", state.id().value())
                .bind("plan", SessionDocuments.writePlan(state))
                .execute();
    }

    private static long storedVersion(Handle h, SessionId id) {
        return h.createQuery("SELECT version FROM live_sessions WHERE id = :id")
                .bind("id", id.value()).mapTo(Long.class).findOne().orElse(0L);
    }

    /**
     * Appends the event that made this snapshot. The snapshot knows its own count, so the event's number
     * needs no query; the version check above already made sure no other save took that number.
     */
    private static void appendLastEvent(Handle h, Written written) {
        SessionState state = written.state();
        SessionEvent event = state.lastEvent();
        if (event == null) {
            return;
        }
        h.createUpdate("INSERT INTO session_events (session_id, seq, at, json) VALUES (:id, :seq, :at, :json)")
                .bind("id", state.id().value())
                .bind("seq", state.eventCount() - 1)
                .bind("at", event.at() == null ? state.updatedAt() : event.at())
                .bind("json", written.event())
                .execute();
    }
}
