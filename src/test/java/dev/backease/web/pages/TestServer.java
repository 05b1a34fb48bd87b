package dev.backease.web.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import io.javalin.Javalin;

/**
 * A real Javalin server on a free port with the page routes, under the same content security
 * policy the app serves, so inline script or style would fail in the browser tests too.
 */
public final class TestServer implements AutoCloseable {
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";

    private final Javalin app;

    public TestServer(String csrfToken) {
        PageRoutes routes = new PageRoutes(PageFixtures.screener(), PageFixtures.techniques(),
                TemplateEngine.createPrecompiled(ContentType.Html));
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.before(ctx -> {
                ctx.header("Content-Security-Policy", CSP);
                if (csrfToken != null) {
                    ctx.attribute(PageRoutes.CSRF_ATTRIBUTE, csrfToken);
                }
            });
            routes.register(config);
        }).start("127.0.0.1", 0);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    @Override
    public void close() {
        app.stop();
    }
}
