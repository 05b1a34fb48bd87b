package dev.backease.web;

import dev.backease.account.Account;
import dev.backease.account.AccountActions;
import dev.backease.account.FieldProblem;
import dev.backease.account.KeepingWebSessions;
import dev.backease.account.NewWebSession;
import dev.backease.account.Secrets;
import dev.backease.account.SigningIn;
import dev.backease.account.SigningUp;
import dev.backease.account.WebSession;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.function.Consumer;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Optional;

/**
 * Sign-up, sign-in and account pages: plain HTML forms. Every state-changing form carries the web
 * session's CSRF token; nothing changes on GET.
 */
final class AccountPages implements RouteModule {
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    private final AccountActions actions;
    private final TokenAuthenticator authenticator;
    private final WebCookies cookies;

    AccountPages(AccountActions actions, TokenAuthenticator authenticator, WebCookies cookies) {
        this.actions = actions;
        this.authenticator = authenticator;
        this.cookies = cookies;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.get("/signup", ctx -> render(ctx, 200, "account/signup.jte",
                Map.of("username", "", "errors", List.of())), Access.PUBLIC);
        config.routes.post("/signup", this::signUp, Access.PUBLIC);
        config.routes.get("/signin", ctx -> render(ctx, 200, "account/signin.jte", signInModel("", null)), Access.PUBLIC);
        config.routes.post("/signin", this::signIn, Access.PUBLIC);
        // Pages answer a missing session with a redirect to sign-in, so they are PUBLIC and check it here.
        config.routes.get("/account", this::accountPage, Access.PUBLIC);
        config.routes.post("/account/export", this::export, Access.PUBLIC);
        config.routes.post("/account/delete", this::delete, Access.PUBLIC);
        config.routes.post("/signout", this::signOut, Access.PUBLIC);
    }

    private void signUp(Context ctx) {
        String username = field(ctx, "username");
        SigningUp.Result result = actions.signingUp().signUp(username, field(ctx, "password"), ctx.ip());
        if (result instanceof SigningUp.SignedUp signedUp) {
            startSession(ctx, signedUp.account());
        } else if (result instanceof SigningUp.Invalid invalid) {
            render(ctx, 400, "account/signup.jte", Map.of("username", username, "errors", invalid.problems()));
        } else {
            render(ctx, 409, "account/signup.jte", Map.of("username", username,
                    "errors", List.of(new FieldProblem("username", "is taken"))));
        }
    }

    private void signIn(Context ctx) {
        String username = field(ctx, "username");
        SigningIn.Result result = actions.signingIn().signIn(username, field(ctx, "password"), ctx.ip());
        if (result instanceof SigningIn.SignedIn signedIn) {
            // A new id at every sign-in: whatever session id the browser had before is ended.
            actions.webSessions().end(cookies.sessionSecret(ctx), ctx.ip());
            startSession(ctx, signedIn.account());
        } else if (result instanceof SigningIn.Throttled throttled) {
            long minutes = Math.max(1, (throttled.retryAfter().toSeconds() + 59) / 60);
            ctx.header("Retry-After", String.valueOf(Math.max(1, throttled.retryAfter().toSeconds())));
            render(ctx, 429, "account/signin.jte", signInModel(username,
                    "Too many failed sign-ins. Try again in " + minutes + " minutes."));
        } else {
            render(ctx, 401, "account/signin.jte", signInModel(username, "The username or password is wrong."));
        }
    }

    private void accountPage(Context ctx) {
        Optional<WebSession> session = authenticator.webSession(ctx);
        if (session.isEmpty()) {
            ctx.redirect("/signin");
            return;
        }
        renderAccount(ctx, 200, session.get(), null);
    }

    private void export(Context ctx) {
        withCheckedSession(ctx, session -> actions.exportingData().export(session.accountId(), ctx.ip())
                .ifPresent(export -> ctx.contentType("application/json").header("Cache-Control", "no-store")
                        .header("Content-Disposition", "attachment; filename=\"backease-export.json\"")
                        .result(AccountExportJson.render(export))));
    }

    private void delete(Context ctx) {
        withCheckedSession(ctx, session -> {
            Optional<Account> account = actions.accounts().byId(session.accountId());
            boolean confirmed = account.isPresent()
                    && account.get().username().value().equalsIgnoreCase(field(ctx, "confirm").strip());
            if (!confirmed) {
                renderAccount(ctx, 400, session, "Nothing was deleted: type your username exactly to confirm.");
                return;
            }
            actions.deletingAccount().delete(session.accountId());
            cookies.clearSession(ctx);
            render(ctx, 200, "account/deleted.jte", Map.of());
        });
    }

    private void signOut(Context ctx) {
        withCheckedSession(ctx, session -> {
            actions.webSessions().end(cookies.sessionSecret(ctx), ctx.ip());
            cookies.clearSession(ctx);
            ctx.redirect("/signin");
        });
    }

    /** Runs the action only for a live session whose CSRF token came back with the form. */
    private void withCheckedSession(Context ctx, Consumer<WebSession> action) {
        Optional<WebSession> session = authenticator.webSession(ctx);
        if (session.isEmpty()) {
            ctx.redirect("/signin");
            return;
        }
        if (!Secrets.sameSecret(session.get().csrfToken(), ctx.formParam("csrf"))) {
            ctx.status(403).contentType("text/plain; charset=utf-8")
                    .result("This form has expired or did not come from BackEase. Reload the page and try again.");
            return;
        }
        action.accept(session.get());
    }

    private void startSession(Context ctx, Account account) {
        NewWebSession started = actions.webSessions().start(account, ctx.ip());
        cookies.setSession(ctx, started.secret(), KeepingWebSessions.ABSOLUTE.toSeconds());
        ctx.redirect("/account", HttpStatus.SEE_OTHER);
    }

    private void renderAccount(Context ctx, int status, WebSession session, String message) {
        String username = actions.accounts().byId(session.accountId()).map(a -> a.username().value()).orElse("");
        HashMap<String, Object> model = new HashMap<>();
        model.put("username", username);
        model.put("csrf", session.csrfToken());
        model.put("message", message);
        render(ctx, status, "account/account.jte", model);
    }

    private static Map<String, Object> signInModel(String username, String message) {
        HashMap<String, Object> model = new HashMap<>();
        model.put("username", username);
        model.put("message", message);
        return model;
    }

    private static void render(Context ctx, int status, String template, Map<String, Object> model) {
        Utf8ByteOutput out = new Utf8ByteOutput();
        TEMPLATES.render(template, model, out);
        ctx.status(status).header("Cache-Control", "no-store");
        Responses.html(ctx, out);
    }

    private static String field(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value;
    }
}
