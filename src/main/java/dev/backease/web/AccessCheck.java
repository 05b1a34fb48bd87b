package dev.backease.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Deny by default: a before-matched handler that answers 401 for every route registered with
 * {@link Access#ACCOUNT} when nobody is signed in. Register with config.routes.beforeMatched(check).
 */
public final class AccessCheck implements Handler {
    private final Authenticator authenticator;

    public AccessCheck(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public void handle(Context ctx) {
        if (ctx.routeRoles().contains(Access.ACCOUNT) && authenticator.authenticate(ctx).isEmpty()) {
            AccountProblems.unauthorized(ctx);
            ctx.skipRemainingHandlers();
        }
    }
}
