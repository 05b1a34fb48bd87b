package dev.backease.store;

import dev.backease.account.AccountId;
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
 * Live sessions in the database: the whole snapshot as one JSON document in {@code live_sessions},
 * plus every accepted event appended to {@code session_events} (for the account export). A save
 * checks the version it read, so two changes made at once cannot overwrite each other.
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
            appendNewEvents(h, state);
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

    /** Events are only ever added at the end, so the stored count says which ones are new. */
    private static void appendNewEvents(Handle h, SessionState state) {
        int stored = h.createQuery("SELECT COUNT(*) FROM session_events WHERE session_id = :id")
                .bind("id", state.id().value()).mapTo(Integer.class).one();
        List<SessionEvent> events = state.events();
        for (int seq = stored; seq < events.size(); seq++) {
            SessionEvent event = events.get(seq);
            h.createUpdate("INSERT INTO session_events (session_id, seq, at, json) VALUES (:id, :seq, :at, :json)")
                    .bind("id", state.id().value())
                    .bind("seq", seq)
                    .bind("at", event.at() == null ? state.updatedAt() : event.at())
                    .bind("json", SessionJson.event(event).toString())
                    .execute();
        }
    }
}
