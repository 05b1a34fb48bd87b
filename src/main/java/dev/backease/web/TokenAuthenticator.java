package dev.backease.web;

import dev.backease.account.AccountActions;
import dev.backease.account.AccountId;
import dev.backease.account.WebSession;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Finds the account behind a request: `Authorization: Bearer TOKEN` for the API; for pages (paths
 * outside /api/) also the web session cookie. The API never accepts the cookie, so a page on another
 * site cannot make a browser call the API with someone's session. The answer is computed once per
 * request (the lookup is audited and updates last-use times).
 */
public final class TokenAuthenticator implements Authenticator {
    static final String ACCOUNT_ATTRIBUTE = "backease.account";
    static final String WEB_SESSION_ATTRIBUTE = "backease.webSession";
    static final String TOKEN_ATTRIBUTE = "backease.token";
    private static final String BEARER = "bearer ";

    private final AccountActions actions;
    private final WebCookies cookies;

    public TokenAuthenticator(AccountActions actions, WebCookies cookies) {
        this.actions = actions;
        this.cookies = cookies;
    }

    @Override
    public Optional<AccountId> authenticate(Context ctx) {
        Optional<AccountId> known = ctx.attribute(ACCOUNT_ATTRIBUTE);
        if (known == null) {
            known = lookUp(ctx);
            ctx.attribute(ACCOUNT_ATTRIBUTE, known);
        }
        return known;
    }

    /** The web session behind this page request, if signed in through the browser. */
    public Optional<WebSession> webSession(Context ctx) {
        authenticate(ctx);
        return Optional.ofNullable(ctx.attribute(WEB_SESSION_ATTRIBUTE));
    }

    /** The bearer token this request was authenticated with, if any. */
    public Optional<String> bearerToken(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.length() <= BEARER.length()
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return Optional.of(header.substring(BEARER.length()).strip());
    }

    private Optional<AccountId> lookUp(Context ctx) {
        Optional<String> token = bearerToken(ctx);
        if (token.isPresent()) {
            return actions.authenticating().byToken(token.get(), ctx.ip());
        }
        if (ctx.path().startsWith("/api/")) {
            return Optional.empty();
        }
        Optional<WebSession> session = actions.webSessions().find(cookies.sessionSecret(ctx));
        session.ifPresent(found -> ctx.attribute(WEB_SESSION_ATTRIBUTE, found));
        return session.map(WebSession::accountId);
    }
}
