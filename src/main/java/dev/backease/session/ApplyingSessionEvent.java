package dev.backease.session;

import dev.backease.account.AccountId;
import dev.backease.account.AuditEvent;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/** Use case: the owner of a session sends it one event. */
public final class ApplyingSessionEvent {
    private final Sessions sessions;
    private final LiveSession engine;

    public ApplyingSessionEvent(Sessions sessions, LiveSession engine) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /**
     * The outcome, or empty when the owner has no such session (another account's session is not found
     * either). A change saved by someone else meanwhile is a conflict: read the session again.
     */
    public Optional<Outcome> apply(AccountId owner, SessionId id, SessionEvent event) {
        return sessions.findById(owner, id).map(state -> applyTo(state, event, sessions::save));
    }

    /**
     * As {@link #apply(AccountId, SessionId, SessionEvent)}, and an applied change is kept together
     * with {@code record} (see {@link Sessions#save(SessionState, AuditEvent)}); a refused one leaves
     * no record.
     */
    public Optional<Outcome> apply(AccountId owner, SessionId id, SessionEvent event, AuditEvent record) {
        Objects.requireNonNull(record, "record");
        return sessions.findById(owner, id).map(state -> applyTo(state, event, changed -> sessions.save(changed, record)));
    }

    private Outcome applyTo(SessionState state, SessionEvent event, Consumer<SessionState> save) {
        Outcome outcome = engine.apply(state, event);
        if (outcome instanceof Outcome.Applied applied) {
            try {
                save.accept(applied.state());
            } catch (SessionChangedMeanwhile e) {
                return new Outcome.Rejected("the session changed meanwhile; read it again and retry", true);
            }
        }
        return outcome;
    }
}
