package dev.backease.web;

import io.javalin.http.Context;

/**
 * Headers every answer carries. The policy allows only BackEase's own scripts and styles (no inline
 * code), so an injected string can never run; answers may hold health details, so none is cached.
 */
final class SecurityHeaders {
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
            "frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'", "object-src 'none'");

    private SecurityHeaders() {}

    static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        // same-origin, not no-referrer: nothing leaves for other sites, and our own form posts keep
        // a real Origin header (no-referrer turns it into "null"), which the cross-site check needs.
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cache-Control", "no-store");
    }
}
