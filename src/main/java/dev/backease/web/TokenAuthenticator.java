package dev.backease.web;

import dev.backease.account.AccountActions;
import dev.backease.account.AccountId;
import dev.backease.account.Secrets;
import dev.backease.account.WebSession;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Finds the account behind a request: `Authorization: Bearer TOKEN`, or the web session cookie.
 * On the API (paths under /api/) the cookie counts only when the request also carries the session's
 * CSRF token in the `X-CSRF-Token` header (the browser app's player reads it from the page), so a
 * page on another site cannot make a browser call the API with someone's session. The answer is
 * computed once per request (the lookup is audited and updates last-use times).
 */
public final class TokenAuthenticator implements Authenticator {
    static final String ACCOUNT_ATTRIBUTE = "backease.account";
    static final String WEB_SESSION_ATTRIBUTE = "backease.webSession";
    static final String TOKEN_ATTRIBUTE = "backease.token";
    private static final String BEARER = "bearer ";
    /** The header a same-origin script sends its page's CSRF token in when calling the API with the cookie. */
    public static final String CSRF_HEADER = "X-CSRF-Token";

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
        Optional<WebSession> session = actions.webSessions().find(cookies.sessionSecret(ctx));
        if (ctx.path().startsWith("/api/")) {
            String csrf = ctx.header(CSRF_HEADER);
            session = session.filter(found -> Secrets.sameSecret(found.csrfToken(), csrf));
        }
        session.ifPresent(found -> ctx.attribute(WEB_SESSION_ATTRIBUTE, found));
        return session.map(WebSession::accountId);
    }
}
