package dev.backease.session;

import dev.backease.account.AccountId;
import dev.backease.account.AuditEvent;
import dev.backease.planning.Plan;
import dev.backease.screening.Intake;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/** Use case: an account starts a live session from its intake and the plan made for it. */
public final class StartingSession {
    private final Sessions sessions;
    private final LiveSession engine;
    private final Supplier<SessionId> ids;

    public StartingSession(Sessions sessions, LiveSession engine, Supplier<SessionId> ids) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    public StartingSession(Sessions sessions, LiveSession engine) {
        this(sessions, engine, SessionId::random);
    }

    /** The saved new session, or a rejection (massage not allowed, comfort ceiling out of range). */
    public Outcome start(AccountId owner, Intake intake, Plan plan) {
        return open(owner, intake, plan, sessions::save);
    }

    /**
     * As {@link #start(AccountId, Intake, Plan)}, and the new session is kept together with the record
     * made for its id (see {@link Sessions#save(SessionState, AuditEvent)}); a refusal leaves no record.
     */
    public Outcome start(AccountId owner, Intake intake, Plan plan, Function<SessionId, AuditEvent> record) {
        Objects.requireNonNull(record, "record");
        return open(owner, intake, plan, state -> sessions.save(state, record.apply(state.id())));
    }

    private Outcome open(AccountId owner, Intake intake, Plan plan, Consumer<SessionState> save) {
        Outcome outcome = engine.open(ids.get(), owner, plan, intake.comfortMax());
        if (outcome instanceof Outcome.Applied applied) {
            save.accept(applied.state());
        }
        return outcome;
    }
}
