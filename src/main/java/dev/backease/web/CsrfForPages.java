package dev.backease.web;

import dev.backease.web.pages.PageRoutes;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import java.net.URI;

/**
 * Gives every page of a signed-in browser its web session's CSRF token, so its forms and the
 * player's API calls (header X-CSRF-Token) can prove they come from our own pages. Forms posted
 * before there is a session (sign-up, sign-in) cannot carry that token, so every form post is also
 * refused when the browser says it comes from another site (the Origin header): nobody can sign a
 * visitor into someone else's account from a foreign page.
 */
public final class CsrfForPages implements RouteModule {
    private final TokenAuthenticator authenticator;

    public CsrfForPages(TokenAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.before(ctx -> {
            if (ctx.method() == HandlerType.POST && !ctx.path().startsWith("/api/") && fromAnotherSite(ctx)) {
                throw new ForbiddenResponse("This form was sent from another site, so it was refused.");
            }
        });
        config.routes.before(ctx -> {
            if (isPage(ctx.path())) {
                authenticator.webSession(ctx)
                        .ifPresent(session -> ctx.attribute(PageRoutes.CSRF_ATTRIBUTE, session.csrfToken()));
            }
        });
    }

    /** Browsers send Origin with every form post; its absence means a non-browser client, not CSRF. */
    static boolean fromAnotherSite(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null) {
            return false;
        }
        try {
            String authority = URI.create(origin).getAuthority();
            return authority == null || !authority.equalsIgnoreCase(ctx.host());
        } catch (IllegalArgumentException malformed) {
            return true;
        }
    }

    private static boolean isPage(String path) {
        return !path.startsWith("/api/") && !path.startsWith("/css/") && !path.startsWith("/js/")
                && !path.startsWith("/img/") && !path.startsWith("/static/") && !path.startsWith("/assets/");
    }
}
