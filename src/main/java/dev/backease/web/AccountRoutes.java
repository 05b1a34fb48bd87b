package dev.backease.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.backease.account.AccountActions;
import dev.backease.account.AccountId;
import dev.backease.account.FieldProblem;
import dev.backease.account.SigningIn;
import dev.backease.account.SigningUp;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Accounts over HTTP: sign-up, tokens, export and deletion (API), plus the account pages. */
public final class AccountRoutes implements RouteModule {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** The request body of sign-up and token requests. */
    record Credentials(String username, String password) {
    }

    private final AccountActions actions;
    private final TokenAuthenticator authenticator;
    private final AccountPages pages;

    public AccountRoutes(AccountActions actions, TokenAuthenticator authenticator, WebCookies cookies) {
        this.actions = actions;
        this.authenticator = authenticator;
        this.pages = new AccountPages(actions, authenticator, cookies);
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.post("/api/v1/accounts", this::signUp, Access.PUBLIC);
        config.routes.post("/api/v1/auth/tokens", this::issueToken, Access.PUBLIC);
        config.routes.delete("/api/v1/auth/tokens/current", this::revokeToken, Access.ACCOUNT);
        config.routes.get("/api/v1/account/export", this::export, Access.ACCOUNT);
        config.routes.delete("/api/v1/account", this::delete, Access.ACCOUNT);
        pages.register(config);
    }

    private void signUp(Context ctx) {
        Optional<Credentials> body = credentials(ctx);
        if (body.isEmpty()) {
            return;
        }
        SigningUp.Result result = actions.signingUp().signUp(body.get().username(), body.get().password(), ctx.ip());
        if (result instanceof SigningUp.SignedUp signedUp) {
            ctx.status(201).header("Location", "/api/v1/account").contentType("application/json")
                    .result(JSON.createObjectNode().put("id", signedUp.account().id().value())
                            .put("username", signedUp.account().username().value()).toString());
        } else if (result instanceof SigningUp.Invalid invalid) {
            AccountProblems.send(ctx, 400, "the account cannot be created as asked", invalid.problems());
        } else {
            AccountProblems.send(ctx, 409, "that username is taken; choose another",
                    List.of(new FieldProblem("username", "is taken")));
        }
    }

    private void issueToken(Context ctx) {
        Optional<Credentials> body = credentials(ctx);
        if (body.isEmpty()) {
            return;
        }
        SigningIn.Result result = actions.signingIn().signIn(body.get().username(), body.get().password(), ctx.ip());
        if (result instanceof SigningIn.SignedIn signedIn) {
            String token = actions.issuingToken().issueFor(signedIn.account(), ctx.ip());
            ctx.status(201).contentType("application/json").header("Cache-Control", "no-store")
                    .result(JSON.createObjectNode().put("token", token).toString());
        } else if (result instanceof SigningIn.Throttled throttled) {
            tooManyAttempts(ctx, throttled);
        } else {
            AccountProblems.send(ctx, 401, "the username or password is wrong");
        }
    }

    static void tooManyAttempts(Context ctx, SigningIn.Throttled throttled) {
        long seconds = Math.max(1, (throttled.retryAfter().toMillis() + 999) / 1000);
        ctx.header("Retry-After", String.valueOf(seconds));
        AccountProblems.send(ctx, 429, "too many failed sign-ins; try again in " + ((seconds + 59) / 60) + " minutes");
    }

    private void revokeToken(Context ctx) {
        Optional<String> token = authenticator.bearerToken(ctx);
        if (signedIn(ctx).isEmpty() || token.isEmpty()) {
            return;
        }
        actions.revokingToken().revoke(token.get(), ctx.ip());
        ctx.status(204);
    }

    private void export(Context ctx) {
        Optional<AccountId> account = signedIn(ctx);
        account.flatMap(id -> actions.exportingData().export(id, ctx.ip())).ifPresent(export -> ctx
                .contentType("application/json").header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"backease-export.json\"")
                .result(AccountExportJson.render(export)));
    }

    private void delete(Context ctx) {
        signedIn(ctx).ifPresent(id -> {
            actions.deletingAccount().delete(id);
            ctx.status(204);
        });
    }

    /** The signed-in account; answers 401 itself when there is none (deny even without the access check). */
    private Optional<AccountId> signedIn(Context ctx) {
        Optional<AccountId> account = authenticator.authenticate(ctx);
        if (account.isEmpty()) {
            AccountProblems.unauthorized(ctx);
        }
        return account;
    }

    private static Optional<Credentials> credentials(Context ctx) {
        try {
            Credentials body = JSON.readValue(ctx.bodyAsBytes(), Credentials.class);
            if (body == null) {
                AccountProblems.send(ctx, 400, "the body must be a JSON object");
                return Optional.empty();
            }
            List<FieldProblem> missing = missing(body);
            if (!missing.isEmpty()) {
                AccountProblems.send(ctx, 400, "required fields are missing", missing);
                return Optional.empty();
            }
            return Optional.of(body);
        } catch (UnrecognizedPropertyException unknown) {
            AccountProblems.send(ctx, 400, "the body has a field that is not part of this request",
                    List.of(new FieldProblem(unknown.getPropertyName(), "is not a known field")));
        } catch (IOException malformed) {
            AccountProblems.send(ctx, 400, "the body must be a JSON object with \"username\" and \"password\" strings");
        }
        return Optional.empty();
    }

    private static List<FieldProblem> missing(Credentials body) {
        return Map.of("username", Optional.ofNullable(body.username()), "password", Optional.ofNullable(body.password()))
                .entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).sorted()
                .map(field -> new FieldProblem(field, "is required")).toList();
    }
}
