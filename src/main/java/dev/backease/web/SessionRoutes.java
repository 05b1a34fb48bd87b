package dev.backease.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backease.account.AccountId;
import dev.backease.account.AuditAction;
import dev.backease.account.AuditEvent;
import dev.backease.account.AuditLog;
import dev.backease.json.DocumentWriter;
import dev.backease.json.FieldError;
import dev.backease.json.IntakeReader;
import dev.backease.json.SessionEventReader;
import dev.backease.json.PlanTexts;
import dev.backease.json.SessionJson;
import dev.backease.planning.Planner;
import dev.backease.screening.Intake;
import dev.backease.screening.Screening;
import dev.backease.screening.ScreeningResult;
import dev.backease.session.ApplyingSessionEvent;
import dev.backease.session.Outcome;
import dev.backease.session.SessionEvent;
import dev.backease.session.SessionId;
import dev.backease.session.SessionState;
import dev.backease.session.Sessions;
import dev.backease.session.StartingSession;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.function.Function;
import java.util.List;
import java.util.Optional;

/**
 * Live sessions over HTTP. Every route needs an account; a session that belongs to someone else is
 * answered exactly like one that does not exist (404), so ids reveal nothing. Each read and write of
 * a session is recorded in the account's audit log (the subject names the session, never its data).
 */
public final class SessionRoutes implements RouteModule {
    static final String BASE = "/api/v1/sessions";
    private static final String NOT_FOUND = "Your account has no session with this id.";

    private final Screening screening;
    private final Planner planner;
    private final Sessions sessions;
    private final StartingSession starting;
    private final ApplyingSessionEvent applying;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Function<AccountId, List<String>> helpedBefore;
    /** Each plan's JSON, made once: every answer carries the session's plan, which never changes. */
    private final PlanTexts plans = new PlanTexts();

    public SessionRoutes(Screening screening, Planner planner, Sessions sessions, StartingSession starting,
            ApplyingSessionEvent applying, AuditLog auditLog, Clock clock) {
        this(screening, planner, sessions, starting, applying, auditLog, clock, owner -> List.of());
    }

    /**
     * @param helpedBefore the techniques that helped this person before (from their journal, best first);
     *     the planner keeps them longer when time is short, within every safety limit
     */
    public SessionRoutes(Screening screening, Planner planner, Sessions sessions, StartingSession starting,
            ApplyingSessionEvent applying, AuditLog auditLog, Clock clock,
            Function<AccountId, List<String>> helpedBefore) {
        this.helpedBefore = helpedBefore;
        this.screening = screening;
        this.planner = planner;
        this.sessions = sessions;
        this.starting = starting;
        this.applying = applying;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.post(BASE, this::start, Access.ACCOUNT);
        config.routes.get(BASE + "/{id}", this::read, Access.ACCOUNT);
        config.routes.post(BASE + "/{id}/events", this::send, Access.ACCOUNT);
        config.routes.get(BASE + "/{id}/events", this::events, Access.ACCOUNT);
    }

    private void start(Context ctx) {
        AccountId account = Requests.account(ctx);
        Intake intake = IntakeReader.read(Requests.jsonBody(ctx));
        ScreeningResult result = screening.screen(intake);
        if (!result.massageAllowed()) {
            Problem.send(ctx, massageNotAllowed(result));
            return;
        }
        Outcome outcome = starting.start(account, intake, planner.plan(intake, result, helpedBefore.apply(account)),
                id -> record(ctx, account, AuditAction.HEALTH_DATA_WRITTEN, id));
        if (outcome instanceof Outcome.Applied applied) {
            SessionState state = applied.state();
            ctx.header("Location", BASE + "/" + state.id().value());
            Responses.json(ctx, 201, SessionJson.sessionState(state, plans));
        } else {
            refused(ctx, (Outcome.Rejected) outcome, "comfortMax");
        }
    }

    private void read(Context ctx) {
        AccountId account = Requests.account(ctx);
        SessionId id = new SessionId(ctx.pathParam("id"));
        Optional<SessionState> found = sessions.read(account, id, record(ctx, account, AuditAction.HEALTH_DATA_READ, id));
        if (found.isEmpty()) {
            Problem.send(ctx, 404, NOT_FOUND);
            return;
        }
        Responses.json(ctx, 200, SessionJson.sessionState(found.get(), plans));
    }

    /** The session's whole history, which the SessionState itself no longer carries. */
    private void events(Context ctx) {
        AccountId account = Requests.account(ctx);
        SessionId id = new SessionId(ctx.pathParam("id"));
        Optional<List<SessionEvent>> events = sessions.events(account, id);
        if (events.isEmpty()) {
            Problem.send(ctx, 404, NOT_FOUND);
            return;
        }
        audit(ctx, account, AuditAction.HEALTH_DATA_READ, id);
        Responses.json(ctx, 200, SessionJson.events(events.get()));
    }

    private void send(Context ctx) {
        AccountId account = Requests.account(ctx);
        SessionId id = new SessionId(ctx.pathParam("id"));
        SessionEvent event = SessionEventReader.read(Requests.jsonBody(ctx));
        Optional<Outcome> outcome = applying.apply(account, id, event,
                record(ctx, account, AuditAction.HEALTH_DATA_WRITTEN, id));
        if (outcome.isEmpty()) {
            Problem.send(ctx, 404, NOT_FOUND);
        } else if (outcome.get() instanceof Outcome.Applied applied) {
            Responses.json(ctx, 200, SessionJson.sessionState(applied.state(), plans));
        } else {
            refused(ctx, (Outcome.Rejected) outcome.get(), "type");
        }
    }

    /**
     * 409, not 400: the intake is well formed and was screened; it is the person's state that forbids
     * a session now. The screening travels along so a client can show what to do instead.
     */
    static ObjectNode massageNotAllowed(ScreeningResult result) {
        String first = result.actions().isEmpty() ? "see a health professional first" : result.actions().get(0);
        ObjectNode problem = Problem.document(409, "Massage is not allowed now (" + result.decision().id() + "): " + first);
        problem.set("screening", DocumentWriter.screeningResult(result));
        return problem;
    }

    /** A session that is over (or changed meanwhile) is a conflict; anything else names the field at fault. */
    private static void refused(Context ctx, Outcome.Rejected rejected, String field) {
        if (rejected.conflict()) {
            Problem.send(ctx, 409, capitalised(rejected.reason()) + ".");
        } else {
            Problem.send(ctx, Problem.invalid(List.of(new FieldError(field, rejected.reason()))));
        }
    }

    private void audit(Context ctx, AccountId account, AuditAction action, SessionId id) {
        auditLog.record(record(ctx, account, action, id));
    }

    /** Names the session, never its data. */
    private AuditEvent record(Context ctx, AccountId account, AuditAction action, SessionId id) {
        return new AuditEvent(clock.instant(), account, action, "session:" + id.value(), ctx.ip());
    }

    private static String capitalised(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
