package dev.backease.web;

import dev.backease.account.AccountId;
import dev.backease.account.AuditAction;
import dev.backease.account.AuditEvent;
import dev.backease.account.AuditLog;
import dev.backease.account.Secrets;
import dev.backease.account.WebSession;
import dev.backease.journal.Advice;
import dev.backease.journal.InvalidEntryException;
import dev.backease.journal.JournalEntry;
import dev.backease.journal.Progress;
import dev.backease.report.PainChart;
import dev.backease.report.ProgressChart;
import dev.backease.web.pages.Chrome;
import dev.backease.web.pages.JournalAdviceView;
import dev.backease.web.pages.JournalCheckInPrompt;
import dev.backease.web.pages.JournalForm;
import dev.backease.web.pages.JournalProgressView;
import dev.backease.web.pages.JournalView;
import dev.backease.web.pages.PageRoutes;
import dev.backease.web.pages.TechniqueLibrary;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.output.Utf8ByteOutput;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The journal in the browser: entries with check-in and session forms, follow-up advice, a check-in
 * reminder and the progress page. Pages answer a missing session with a redirect to sign-in (as the
 * account pages do), so they are registered PUBLIC and check the web session themselves; every form
 * carries the session's CSRF token and is answered with a redirect (post, redirect, get).
 */
public final class JournalPages implements RouteModule {
    static final String JOURNAL = "/journal";
    private static final String WHOLE_JOURNAL = "journal";

    private final JournalRoutes.Journal journal;
    private final AuditLog audit;
    private final TokenAuthenticator authenticator;
    private final Function<String, String> techniqueNames;
    private final String emergencyNumber;
    private final Clock clock;
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

    public JournalPages(JournalRoutes.Journal journal, AuditLog audit, TokenAuthenticator authenticator,
            TechniqueLibrary techniques, String emergencyNumber, Clock clock) {
        this.journal = journal;
        this.audit = audit;
        this.authenticator = authenticator;
        this.techniqueNames = JournalView.names(techniques);
        this.emergencyNumber = emergencyNumber;
        this.clock = clock;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.get(JOURNAL, ctx -> signedIn(ctx, session -> journalPage(ctx, session, 200, "", Map.of(), Map.of())),
                Access.PUBLIC);
        config.routes.post(JOURNAL + "/check-ins", ctx -> withCheckedForm(ctx,
                session -> add(ctx, session, JournalForm.CHECK_IN)), Access.PUBLIC);
        config.routes.post(JOURNAL + "/sessions", ctx -> withCheckedForm(ctx,
                session -> add(ctx, session, JournalForm.SESSION)), Access.PUBLIC);
        config.routes.get(JOURNAL + "/progress", ctx -> signedIn(ctx, session -> progressPage(ctx, session)),
                Access.PUBLIC);
        // The home page shows the check-in reminder and pressing advice to a signed-in person.
        config.routes.before("/", this::homeCards);
    }

    private void journalPage(Context ctx, WebSession session, int status, String form,
            Map<String, List<String>> values, Map<String, String> errors) {
        AccountId owner = session.accountId();
        Instant now = clock.instant();
        List<JournalEntry> entries = journal.entries().list(owner, null, null);
        Advice advice = journal.advice().asOf(owner, now);
        audited(ctx, owner, AuditAction.HEALTH_DATA_READ, WHOLE_JOURNAL);
        String saved = status == 200 ? savedParameter(ctx) : "";
        JournalView view = new JournalView(new Chrome("Your journal", session.csrfToken()),
                JournalAdviceView.of(advice, emergencyNumber), JournalCheckInPrompt.due(entries, now), saved, form,
                values, errors, JournalView.rows(entries, clock.getZone(), techniqueNames),
                JournalView.symptomOptions(), JournalView.techniqueOptions(techniqueNames));
        ctx.status(status);
        render(ctx, "journal/journal.jte", view);
    }

    private static String savedParameter(Context ctx) {
        String saved = ctx.queryParam("saved");
        return JournalForm.CHECK_IN.equals(saved) || JournalForm.SESSION.equals(saved) ? saved : "";
    }

    private void add(Context ctx, WebSession session, String kind) {
        Map<String, List<String>> form = ctx.formParamMap();
        Instant now = clock.instant();
        JournalForm.Parsed parsed = kind.equals(JournalForm.CHECK_IN)
                ? JournalForm.checkIn(form, now) : JournalForm.session(form, now);
        if (!parsed.ok()) {
            journalPage(ctx, session, 400, kind, form, parsed.errors());
            return;
        }
        try {
            JournalEntry saved = journal.recording().record(session.accountId(), parsed.entry());
            audited(ctx, session.accountId(), AuditAction.HEALTH_DATA_WRITTEN, "journal_entry:" + saved.id());
        } catch (InvalidEntryException e) {
            journalPage(ctx, session, 400, kind, form, JournalForm.fieldErrors(e.problems()));
            return;
        }
        // After a check-in the advice is what matters most, so the page opens on it.
        String anchor = kind.equals(JournalForm.CHECK_IN) ? "#advice" : "#entries";
        ctx.redirect(JOURNAL + "?saved=" + kind + anchor, HttpStatus.SEE_OTHER);
    }

    private void progressPage(Context ctx, WebSession session) {
        AccountId owner = session.accountId();
        Progress progress = journal.progress().now(owner);
        audited(ctx, owner, AuditAction.HEALTH_DATA_READ, WHOLE_JOURNAL);
        ProgressChart charts = new ProgressChart(clock.getZone());
        PainChart chart = charts.chart(progress);
        render(ctx, "journal/progress.jte", new JournalProgressView(new Chrome("Your progress", session.csrfToken()),
                charts.svg(chart), chart.grouping(), chart.rows(), progress.sessionsPerWeek(), progress.streakDays(),
                JournalProgressView.whatWorks(progress, techniqueNames)));
    }

    private void homeCards(Context ctx) {
        if (!"GET".equals(ctx.method().name())) {
            return;
        }
        authenticator.webSession(ctx).ifPresent(session -> {
            AccountId owner = session.accountId();
            Instant now = clock.instant();
            List<JournalEntry> entries = journal.entries().list(owner, null, now);
            if (entries.isEmpty()) {
                return;
            }
            Advice advice = journal.advice().asOf(owner, now);
            audited(ctx, owner, AuditAction.HEALTH_DATA_READ, WHOLE_JOURNAL);
            Map<String, Object> model = new HashMap<>();
            model.put("advice", JournalAdviceView.of(advice, emergencyNumber));
            model.put("checkInDue", JournalCheckInPrompt.due(entries, now));
            StringOutput out = new StringOutput();
            templates.render("journal/home_cards.jte", model, out);
            ctx.attribute(PageRoutes.HOME_CARDS_ATTRIBUTE, out.toString());
        });
    }

    /** Runs the page for a signed-in browser; anyone else is sent to sign in. */
    static void signedIn(Context ctx, TokenAuthenticator authenticator, BiConsumer<Context, WebSession> page) {
        Optional<WebSession> session = authenticator.webSession(ctx);
        if (session.isEmpty()) {
            ctx.redirect("/signin");
            return;
        }
        page.accept(ctx, session.get());
    }

    private void signedIn(Context ctx, Consumer<WebSession> page) {
        signedIn(ctx, authenticator, (c, session) -> page.accept(session));
    }

    private void withCheckedForm(Context ctx, Consumer<WebSession> action) {
        withCheckedForm(ctx, authenticator, (c, session) -> action.accept(session));
    }

    /** Like the account pages: a form of a signed-in browser counts only with the session's own CSRF token. */
    static void withCheckedForm(Context ctx, TokenAuthenticator authenticator, BiConsumer<Context, WebSession> action) {
        signedIn(ctx, authenticator, (c, session) -> {
            if (!Secrets.sameSecret(session.csrfToken(), c.formParam("csrf"))) {
                c.status(403).contentType("text/plain; charset=utf-8")
                        .result("This form has expired or did not come from BackEase. Reload the page and try again.");
                return;
            }
            action.accept(c, session);
        });
    }

    private void render(Context ctx, String template, Object model) {
        render(ctx, templates, template, model);
    }

    /** A personal page: rendered from its template and never cached. */
    static void render(Context ctx, TemplateEngine templates, String template, Object model) {
        Utf8ByteOutput out = new Utf8ByteOutput();
        templates.render(template, model, out);
        ctx.header("Cache-Control", "no-store");
        Responses.html(ctx, out);
    }

    private void audited(Context ctx, AccountId owner, AuditAction action, String subject) {
        audit.record(new AuditEvent(clock.instant(), owner, action, subject, ctx.ip()));
    }
}
