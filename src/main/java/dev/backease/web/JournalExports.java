package dev.backease.web;

import dev.backease.account.AccountId;
import dev.backease.account.Accounts;
import dev.backease.account.AuditAction;
import dev.backease.account.AuditEvent;
import dev.backease.account.AuditLog;
import dev.backease.journal.JournalEntry;
import dev.backease.journal.Routine;
import dev.backease.json.InvalidInputException;
import dev.backease.report.ClinicianSummary;
import dev.backease.report.JournalCsv;
import dev.backease.report.RoutineCalendar;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Journal downloads: routine reminders (.ics), the journal as CSV and a PDF summary for a clinician.
 * Each is served twice: under /api/v1/journal for API clients (bearer token), and under /journal for
 * the signed-in browser (cookie; the progress page links there). Every download is the owner's own
 * data only, sent with Cache-Control: no-store and as an attachment, and audited as a read.
 */
public final class JournalExports implements RouteModule {
    static final String ROUTINE_FILE = "backease-routine.ics";
    static final String CSV_FILE = "backease-journal.csv";
    static final String SUMMARY_FILE = "backease-summary.pdf";

    private final JournalRoutes.Journal journal;
    private final Accounts accounts;
    private final AuditLog audit;
    private final TokenAuthenticator authenticator;
    private final RoutineCalendar calendar;
    private final JournalCsv csv = new JournalCsv();
    private final ClinicianSummary summary;
    private final Clock clock;

    public JournalExports(JournalRoutes.Journal journal, Accounts accounts, AuditLog audit,
            TokenAuthenticator authenticator, Clock clock) {
        this.journal = journal;
        this.accounts = accounts;
        this.audit = audit;
        this.authenticator = authenticator;
        this.calendar = new RoutineCalendar(clock);
        this.summary = new ClinicianSummary(clock);
        this.clock = clock;
    }

    @Override
    public void register(JavalinConfig config) {
        both(config, "routine.ics", this::routine);
        both(config, "entries.csv", this::entriesCsv);
        both(config, "summary.pdf", this::summaryPdf);
    }

    private void both(JavalinConfig config, String file, BiConsumer<Context, AccountId> export) {
        config.routes.get("/api/v1/journal/" + file, ctx -> export.accept(ctx, Requests.account(ctx)), Access.ACCOUNT);
        config.routes.get(JournalPages.JOURNAL + "/" + file, ctx -> JournalPages.signedIn(ctx, authenticator,
                (c, session) -> export.accept(c, session.accountId())), Access.PUBLIC);
    }

    private void routine(Context ctx, AccountId owner) {
        ZoneId zone = zone(ctx);
        byte[] ics = calendar.icsBytes(owner, Routine.guideDefault(), zone);
        send(ctx, owner, "routine", RoutineCalendar.MEDIA_TYPE, ROUTINE_FILE, ics);
    }

    private void entriesCsv(Context ctx, AccountId owner) {
        ZoneId zone = zone(ctx);
        Instant from = bound(ctx, "from", zone, false);
        Instant to = bound(ctx, "to", zone, true);
        requireOrder(from, to);
        List<JournalEntry> entries = journal.entries().list(owner, from, to);
        send(ctx, owner, "journal", JournalCsv.MEDIA_TYPE, CSV_FILE, csv.csvBytes(entries));
    }

    private void summaryPdf(Context ctx, AccountId owner) {
        ZoneId zone = zone(ctx);
        Instant fromBound = bound(ctx, "from", zone, false);
        Instant toBound = bound(ctx, "to", zone, true);
        requireOrder(fromBound, toBound);
        String username = accounts.byId(owner).map(a -> a.username().value())
                .orElseThrow(() -> new NotFoundResponse("There is no such account."));
        List<JournalEntry> entries = journal.entries().list(owner, null, null);
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        LocalDate to = toBound == null ? today : LocalDate.ofInstant(toBound, zone);
        // Without a start date the summary begins at the first entry, so nothing is silently left out.
        LocalDate first = entries.isEmpty() ? to : LocalDate.ofInstant(entries.get(0).at(), zone);
        LocalDate from = fromBound == null ? (first.isAfter(to) ? to : first) : LocalDate.ofInstant(fromBound, zone);
        byte[] pdf = summary.pdf(new ClinicianSummary.Request(username, from, to, zone, entries, List.of(),
                journal.advice().now(owner)));
        send(ctx, owner, "journal", ClinicianSummary.MEDIA_TYPE, SUMMARY_FILE, pdf);
    }

    private void send(Context ctx, AccountId owner, String subject, String mediaType, String file, byte[] body) {
        audit.record(new AuditEvent(clock.instant(), owner, AuditAction.HEALTH_DATA_READ, subject, ctx.ip()));
        ctx.status(200).contentType(mediaType)
                .header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .result(body);
    }

    /** The person's time zone from {@code tz}; UTC when it is left out. */
    static ZoneId zone(Context ctx) {
        String tz = ctx.queryParam("tz");
        if (tz == null || tz.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(tz.strip());
        } catch (DateTimeException e) {
            throw InvalidInputException.of("tz", "must be a time zone such as Europe/London, America/New_York or UTC");
        }
    }

    /**
     * A date (a whole day in the person's time zone: from its start, or to its end) or an exact ISO-8601
     * instant; null when left out.
     */
    static Instant bound(Context ctx, String name, ZoneId zone, boolean end) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            LocalDate day = LocalDate.parse(text);
            return end ? day.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1) : day.atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException notADate) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw InvalidInputException.of(name, "must be a date like 2026-11-20 or an instant like 2026-11-20T18:30:00Z");
            }
        }
    }

    private static void requireOrder(Instant from, Instant to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw InvalidInputException.of("from", "must not be after to");
        }
    }
}
