package dev.backease.web;

import io.javalin.config.JavalinConfig;

/**
 * HSTS when BackEase is reached over HTTPS, directly or behind a TLS proxy that the configuration
 * declares (BACKEASE_SECURE_COOKIES=true): browsers then never fall back to plain HTTP for it.
 */
public final class TransportSecurity implements RouteModule {
    static final String HSTS = "max-age=31536000; includeSubDomains";
    private final WebCookies cookies;

    public TransportSecurity(WebCookies cookies) {
        this.cookies = cookies;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.before(ctx -> {
            if (cookies.secure(ctx)) {
                ctx.header("Strict-Transport-Security", HSTS);
            }
        });
    }
}
