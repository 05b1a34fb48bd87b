package dev.backease.web;

import io.javalin.http.Context;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;

/**
 * Headers every answer carries. The policy allows only BackEase's own scripts and styles (no inline
 * code), so an injected string can never run; answers may hold health details, so none is cached.
 */
final class SecurityHeaders {
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
            "frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'", "object-src 'none'");

    /**
     * The headers, encoded once: set through the servlet API, each was looked up by name and encoded
     * again on every answer (about a twentieth of a small answer's cost).
     */
    private static final List<HttpField> FIELDS = List.of(
            new PreEncodedHttpField("Content-Security-Policy", CONTENT_SECURITY_POLICY),
            new PreEncodedHttpField("X-Content-Type-Options", "nosniff"),
            // same-origin, not no-referrer: nothing leaves for other sites, and our own form posts keep
            // a real Origin header (no-referrer turns it into "null"), which the cross-site check needs.
            new PreEncodedHttpField("Referrer-Policy", "same-origin"),
            new PreEncodedHttpField("Permissions-Policy", "camera=(), microphone=(), geolocation=()"),
            new PreEncodedHttpField("X-Frame-Options", "DENY"),
            new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, "no-store"));

    private SecurityHeaders() {}

    static void apply(Context ctx) {
        ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
        if (request != null) {
            HttpFields.Mutable headers = request.getServletContextResponse().getHeaders();
            for (HttpField field : FIELDS) {
                headers.put(field); // replaces, as setHeader does; a route may still set its own later
            }
            return;
        }
        for (HttpField field : FIELDS) {
            ctx.header(field.getName(), field.getValue());
        }
    }
}
