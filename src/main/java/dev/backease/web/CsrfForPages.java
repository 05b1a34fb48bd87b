package dev.backease.web;

import dev.backease.web.pages.PageRoutes;
import io.javalin.config.JavalinConfig;

/**
 * Gives every page of a signed-in browser its web session's CSRF token, so its forms and the
 * player's API calls (header X-CSRF-Token) can prove they come from our own pages.
 */
public final class CsrfForPages implements RouteModule {
    private final TokenAuthenticator authenticator;

    public CsrfForPages(TokenAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.before(ctx -> {
            if (isPage(ctx.path())) {
                authenticator.webSession(ctx)
                        .ifPresent(session -> ctx.attribute(PageRoutes.CSRF_ATTRIBUTE, session.csrfToken()));
            }
        });
    }

    private static boolean isPage(String path) {
        return !path.startsWith("/api/") && !path.startsWith("/css/") && !path.startsWith("/js/")
                && !path.startsWith("/img/") && !path.startsWith("/static/") && !path.startsWith("/assets/");
    }
}
