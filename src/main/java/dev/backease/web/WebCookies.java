package dev.backease.web;

import io.javalin.http.Context;
import java.util.Map;

/**
 * The web session cookie: HttpOnly, SameSite=Lax, Path=/. Over TLS, or when BackEase is told it is
 * behind a TLS proxy (BACKEASE_SECURE_COOKIES=true), it is also Secure and named with the __Host-
 * prefix, which browsers only accept from a secure origin, for the whole host, without a Domain.
 */
public final class WebCookies {
    static final String PLAIN_NAME = "backease_session";
    static final String SECURE_NAME = "__Host-backease_session";

    private final boolean behindTls;

    public WebCookies(boolean behindTls) {
        this.behindTls = behindTls;
    }

    /** Reads BACKEASE_SECURE_COOKIES (true/false, default false). */
    public static WebCookies fromEnvironment(Map<String, String> env) {
        return new WebCookies(Boolean.parseBoolean(env.getOrDefault("BACKEASE_SECURE_COOKIES", "false")));
    }

    public boolean secure(Context ctx) {
        return behindTls || "https".equalsIgnoreCase(ctx.scheme());
    }

    public String sessionSecret(Context ctx) {
        String secure = ctx.cookie(SECURE_NAME);
        return secure != null ? secure : ctx.cookie(PLAIN_NAME);
    }

    public void setSession(Context ctx, String secret, long maxAgeSeconds) {
        ctx.res().addHeader("Set-Cookie", cookie(ctx, secret, maxAgeSeconds));
    }

    public void clearSession(Context ctx) {
        ctx.res().addHeader("Set-Cookie", cookie(ctx, "", 0));
    }

    private String cookie(Context ctx, String value, long maxAgeSeconds) {
        boolean secure = secure(ctx);
        return (secure ? SECURE_NAME : PLAIN_NAME) + "=" + value + "; Path=/; Max-Age=" + maxAgeSeconds
                + "; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : "");
    }
}
