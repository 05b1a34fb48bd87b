package dev.backease.session;

import dev.backease.account.AccountId;
import java.util.Objects;
import java.util.Optional;

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
        return sessions.findById(owner, id).map(state -> applyTo(state, event));
    }

    private Outcome applyTo(SessionState state, SessionEvent event) {
        Outcome outcome = engine.apply(state, event);
        if (outcome instanceof Outcome.Applied applied) {
            try {
                sessions.save(applied.state());
            } catch (SessionChangedMeanwhile e) {
                return new Outcome.Rejected("the session changed meanwhile; read it again and retry", true);
            }
        }
        return outcome;
    }
}
