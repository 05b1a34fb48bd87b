package dev.backease.store;

import dev.backease.account.AccountId;
import dev.backease.json.SessionEventReader;
import dev.backease.json.SessionJson;
import dev.backease.session.SessionChangedMeanwhile;
import dev.backease.session.SessionEvent;
import dev.backease.session.SessionId;
import dev.backease.session.SessionState;
import dev.backease.session.Sessions;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Live sessions in the database: the snapshot as one JSON document of bounded size in
 * {@code live_sessions}, and every accepted event as one row of {@code session_events}. A save is one
 * small {@code UPDATE} (or the first {@code INSERT}) plus one {@code INSERT} of the event that made the
 * snapshot, numbered by the snapshot's own count, in one transaction. The {@code UPDATE} checks the
 * version it read, so two changes made at once cannot overwrite each other, and the event is only
 * written when it succeeded.
 */
public final class JdbiSessions implements Sessions {
    private final Jdbi jdbi;

    public JdbiSessions(Database database) {
        this.jdbi = database.jdbi();
    }

    @Override
    public void save(SessionState state) {
        jdbi.useTransaction(h -> {
            // The write comes first, so SQLite takes its write lock before anything else is read.
            int changed = state.version() == 1 ? insert(h, state) : update(h, state);
            if (changed != 1) {
                throw new SessionChangedMeanwhile(state.id(), state.version() - 1, storedVersion(h, state.id()));
            }
            appendLastEvent(h, state);
        });
    }

    @Override
    public Optional<SessionState> findById(AccountId owner, SessionId id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT state FROM live_sessions WHERE id = :id AND account_id = :owner")
                .bind("id", id.value())
                .bind("owner", owner.value())
                .mapTo(String.class)
                .findOne()
                .map(SessionDocuments::read));
    }

    @Override
    public Optional<List<SessionEvent>> events(AccountId owner, SessionId id) {
        // An owned session without events still gives one row (with no event); anyone else's gives none.
        List<Optional<String>> rows = jdbi.withHandle(h -> h.createQuery("""
                        SELECT e.json FROM live_sessions s LEFT JOIN session_events e ON e.session_id = s.id
                        WHERE s.id = :id AND s.account_id = :owner ORDER BY e.seq""")
                .bind("id", id.value())
                .bind("owner", owner.value())
                .map((rs, ctx) -> Optional.ofNullable(rs.getString("json")))
                .list());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(rows.stream().flatMap(Optional::stream).map(SessionEventReader::read).toList());
    }

    private static int insert(Handle h, SessionState state) {
        return h.createUpdate("""
                        INSERT INTO live_sessions (id, account_id, created_at, updated_at, version, state)
                        VALUES (:id, :owner, :createdAt, :updatedAt, :version, :state) ON CONFLICT (id) DO NOTHING""")
                .bind("id", state.id().value())
                .bind("owner", state.owner().value())
                .bind("createdAt", state.createdAt())
                .bind("updatedAt", state.updatedAt())
                .bind("version", state.version())
                .bind("state", SessionDocuments.write(state))
                .execute();
    }

    /** Only the owner's row at the version this change was made from is replaced. */
    private static int update(Handle h, SessionState state) {
        return h.createUpdate("""
                        UPDATE live_sessions SET state = :state, updated_at = :updatedAt, version = :version
                        WHERE id = :id AND account_id = :owner AND version = :previous""")
                .bind("id", state.id().value())
                .bind("owner", state.owner().value())
                .bind("updatedAt", state.updatedAt())
                .bind("version", state.version())
                .bind("previous", state.version() - 1)
                .bind("state", SessionDocuments.write(state))
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
    private static void appendLastEvent(Handle h, SessionState state) {
        SessionEvent event = state.lastEvent();
        if (event == null) {
            return;
        }
        h.createUpdate("INSERT INTO session_events (session_id, seq, at, json) VALUES (:id, :seq, :at, :json)")
                .bind("id", state.id().value())
                .bind("seq", state.eventCount() - 1)
                .bind("at", event.at() == null ? state.updatedAt() : event.at())
                .bind("json", SessionJson.event(event).toString())
                .execute();
    }
}
