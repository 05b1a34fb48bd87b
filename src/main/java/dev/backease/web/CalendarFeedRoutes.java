package dev.backease.web;

import dev.backease.account.AccountId;
import dev.backease.account.AuditAction;
import dev.backease.account.AuditEvent;
import dev.backease.account.AuditLog;
import dev.backease.account.KeepingCalendarFeed;
import dev.backease.account.WebSession;
import dev.backease.journal.Routine;
import dev.backease.json.Json;
import dev.backease.report.RoutineCalendar;
import dev.backease.web.pages.Chrome;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.util.Map;

/**
 * The routine as a calendar subscription: a secret address a calendar app can fetch without a
 * token (made and ended by the signed-in owner, through the API or the progress page).
 */
public final class CalendarFeedRoutes implements RouteModule {
    static final String FEED = "/calendar/";
    private static final String API = "/api/v1/journal/routine/feed";

    private final KeepingCalendarFeed feeds;
    private final RoutineCalendar calendar;
    private final AuditLog audit;
    private final TokenAuthenticator authenticator;
    private final Clock clock;
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

    public CalendarFeedRoutes(KeepingCalendarFeed feeds, AuditLog audit, TokenAuthenticator authenticator,
            Clock clock) {
        this.feeds = feeds;
        this.calendar = new RoutineCalendar(clock);
        this.audit = audit;
        this.authenticator = authenticator;
        this.clock = clock;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.post(API, ctx -> {
            String url = feedUrl(ctx, feeds.renew(Requests.account(ctx), ctx.ip()));
            Responses.json(ctx, 201, Json.object().put("url", url));
        }, Access.ACCOUNT);
        config.routes.delete(API, ctx -> {
            if (!feeds.end(Requests.account(ctx), ctx.ip())) {
                throw new NotFoundResponse("This account has no calendar address.");
            }
            ctx.status(204);
        }, Access.ACCOUNT);
        config.routes.get(FEED + "{file}", this::feed, Access.PUBLIC);
        config.routes.post("/journal/calendar-feed", ctx -> JournalPages.withCheckedForm(ctx, authenticator, (c, session) ->
                render(c, feedUrl(c, feeds.renew(session.accountId(), c.ip())), session)), Access.PUBLIC);
        config.routes.post("/journal/calendar-feed/end", ctx -> JournalPages.withCheckedForm(ctx, authenticator, (c, session) -> {
            feeds.end(session.accountId(), c.ip());
            c.redirect("/journal/progress");
        }), Access.PUBLIC);
    }

    private void feed(Context ctx) {
        String file = ctx.pathParam("file");
        String secret = file.endsWith(".ics") ? file.substring(0, file.length() - 4) : null;
        AccountId owner = feeds.ownerOf(secret)
                .orElseThrow(() -> new NotFoundResponse("There is no calendar at this address."));
        audit.record(new AuditEvent(clock.instant(), owner, AuditAction.HEALTH_DATA_READ, "routine_feed", ctx.ip()));
        ctx.contentType(RoutineCalendar.MEDIA_TYPE)
                .result(calendar.icsBytes(owner, Routine.guideDefault(), JournalExports.zone(ctx)));
    }

    private static String feedUrl(Context ctx, String secret) {
        return ctx.scheme() + "://" + ctx.host() + FEED + secret + ".ics";
    }

    private void render(Context ctx, String url, WebSession session) {
        JournalPages.render(ctx, templates, "journal/calendar_feed.jte",
                Map.of("chrome", new Chrome("Your calendar address", session.csrfToken()), "url", url));
    }
}
