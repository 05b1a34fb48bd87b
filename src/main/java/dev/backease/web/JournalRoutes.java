package dev.backease.web;

import dev.backease.account.AccountId;
import dev.backease.account.AuditAction;
import dev.backease.account.AuditEvent;
import dev.backease.account.AuditLog;
import dev.backease.journal.GivingAdvice;
import dev.backease.journal.InvalidEntryException;
import dev.backease.journal.JournalEntries;
import dev.backease.journal.JournalEntry;
import dev.backease.journal.RecordingEntry;
import dev.backease.journal.TrackingProgress;
import dev.backease.json.FieldError;
import dev.backease.json.InvalidInputException;
import dev.backease.json.JournalEntryReader;
import dev.backease.json.JournalJson;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The journal over HTTP, for signed-in accounts only. Every read and write of an entry is audited by
 * its id (never its content); reads of the whole journal are audited under the subject "journal".
 */
public final class JournalRoutes implements RouteModule {
    static final String ENTRIES = "/api/v1/journal/entries";
    private static final String WHOLE_JOURNAL = "journal";

    /** What the journal routes need, built once by the composition root. */
    public record Journal(JournalEntries entries, RecordingEntry recording, GivingAdvice advice,
            TrackingProgress progress, JournalEntryReader reader) {}

    private final Journal journal;
    private final AuditLog audit;
    private final Clock clock;

    public JournalRoutes(Journal journal, AuditLog audit, Clock clock) {
        this.journal = journal;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.post(ENTRIES, this::add, Access.ACCOUNT);
        config.routes.get(ENTRIES, this::list, Access.ACCOUNT);
        config.routes.get(ENTRIES + "/{id}", this::find, Access.ACCOUNT);
        config.routes.get("/api/v1/journal/advice", this::advice, Access.ACCOUNT);
        config.routes.get("/api/v1/journal/progress", this::progress, Access.ACCOUNT);
    }

    private void add(Context ctx) {
        AccountId owner = Requests.account(ctx);
        JournalEntry entry = journal.reader().read(Requests.jsonBody(ctx));
        JournalEntry saved = record(owner, entry);
        audited(ctx, owner, AuditAction.HEALTH_DATA_WRITTEN, "journal_entry:" + saved.id());
        ctx.header("Location", ENTRIES + "/" + saved.id());
        Responses.json(ctx, 201, JournalJson.entry(saved));
    }

    private JournalEntry record(AccountId owner, JournalEntry entry) {
        try {
            return journal.recording().record(owner, entry);
        } catch (InvalidEntryException e) {
            // The reader already checked; this only happens if the clock moved past a boundary in between.
            throw new InvalidInputException(e.problems().stream()
                    .map(p -> new FieldError(p.field(), p.problem())).toList());
        }
    }

    private void list(Context ctx) {
        AccountId owner = Requests.account(ctx);
        Instant from = JournalEntryReader.periodBound("from", ctx.queryParam("from"), false);
        Instant to = JournalEntryReader.periodBound("to", ctx.queryParam("to"), true);
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidInputException.of("to", "must not be before from");
        }
        List<JournalEntry> entries = journal.entries().list(owner, from, to);
        audited(ctx, owner, AuditAction.HEALTH_DATA_READ, WHOLE_JOURNAL);
        Responses.json(ctx, 200, JournalJson.entries(entries));
    }

    private void find(Context ctx) {
        AccountId owner = Requests.account(ctx);
        // Another account's entry is answered exactly like one that does not exist.
        JournalEntry entry = journal.entries().find(owner, ctx.pathParam("id"))
                .orElseThrow(() -> new NotFoundResponse("There is no such journal entry."));
        audited(ctx, owner, AuditAction.HEALTH_DATA_READ, "journal_entry:" + entry.id());
        Responses.json(ctx, 200, JournalJson.entry(entry));
    }

    private void advice(Context ctx) {
        AccountId owner = Requests.account(ctx);
        Instant asOf = JournalEntryReader.instantParameter("asOf", ctx.queryParam("asOf"));
        var advice = asOf == null ? journal.advice().now(owner) : journal.advice().asOf(owner, asOf);
        audited(ctx, owner, AuditAction.HEALTH_DATA_READ, WHOLE_JOURNAL);
        Responses.json(ctx, 200, JournalJson.advice(advice));
    }

    private void progress(Context ctx) {
        AccountId owner = Requests.account(ctx);
        var progress = journal.progress().now(owner);
        audited(ctx, owner, AuditAction.HEALTH_DATA_READ, WHOLE_JOURNAL);
        Responses.json(ctx, 200, JournalJson.progress(progress));
    }

    private void audited(Context ctx, AccountId owner, AuditAction action, String subject) {
        audit.record(new AuditEvent(clock.instant(), owner, action, subject, ctx.ip()));
    }
}
