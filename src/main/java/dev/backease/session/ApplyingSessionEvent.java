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
        return apply(owner, id, event, sessions::save);
    }

    /**
     * As {@link #apply(AccountId, SessionId, SessionEvent)}, and an applied change is kept together
     * with {@code record} (see {@link Sessions#save(SessionState, AuditEvent)}); a refused one leaves
     * no record.
     */
    public Optional<Outcome> apply(AccountId owner, SessionId id, SessionEvent event, AuditEvent record) {
        Objects.requireNonNull(record, "record");
        return apply(owner, id, event, changed -> sessions.save(changed, record));
    }

    /**
     * Starts from the session as last known here, when there is one: if it is still the latest, the
     * save (which checks the version) keeps the change, and the session was not read for it. If it is
     * not (another instance changed it), or the event is refused (which the latest state may not do),
     * nothing was kept, and the event is applied to the session read afresh, exactly as without it.
     */
    private Optional<Outcome> apply(AccountId owner, SessionId id, SessionEvent event, Consumer<SessionState> save) {
        Optional<SessionState> known = sessions.lastKnown(owner, id);
        if (known.isPresent() && known.get().owner().equals(owner)
                && engine.apply(known.get(), event) instanceof Outcome.Applied applied) {
            try {
                save.accept(applied.state());
                return Optional.of(applied);
            } catch (SessionChangedMeanwhile outOfDate) {
                // read it afresh below
            }
        }
        return sessions.findById(owner, id).map(state -> applyTo(state, event, save));
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
