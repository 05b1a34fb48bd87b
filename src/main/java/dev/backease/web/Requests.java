package dev.backease.web;

import dev.backease.account.AccountId;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UnauthorizedResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** What route handlers read from a request: the signed-in account and a bounded JSON body. */
public final class Requests {
    // Not the authenticator's own cache key (which holds an Optional): sharing it broke a second authenticate().
    static final String ACCOUNT = "backease.signedInAccount";
    static final String BODY_LIMIT = "backease.bodyLimit";

    private Requests() {}

    /** The account that signed this request; only routes registered with {@link Access#ACCOUNT} have one. */
    public static AccountId account(Context ctx) {
        AccountId account = ctx.attribute(ACCOUNT);
        if (account == null) {
            throw new UnauthorizedResponse("This needs a signed-in account.");
        }
        return account;
    }

    /**
     * The raw body of a JSON request, refused with 415 when it says it is something else and with 413
     * when it is over the size limit (counted while reading, so a missing or false length does not help).
     */
    private static final long DRAIN_LIMIT = 1024 * 1024;

    public static byte[] jsonBody(Context ctx) {
        requireJsonContentType(ctx);
        int limit = bodyLimit(ctx);
        try (InputStream in = ctx.bodyInputStream()) {
            int length = ctx.contentLength();
            if (length > limit) {
                drain(in);
                throw tooLarge(limit);
            }
            if (length >= 0) {
                // The usual case: the length is declared, so read exactly that (no 8 KB buffer to fill
                // and copy). HTTP/1.1 framing ends the body there; anything short is a broken request.
                byte[] body = in.readNBytes(length);
                if (body.length != length) {
                    throw new HttpResponseException(400, "The request body is shorter than its Content-Length.");
                }
                return body;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) != -1) {
                out.write(buffer, 0, read);
                if (out.size() > limit) {
                    drain(in);
                    throw tooLarge(limit);
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new HttpResponseException(400, "The request body could not be read.");
        }
    }

    /**
     * JSON, a +json type and a missing type are accepted. So is the form type that {@code curl -d}
     * sends by default: the body is still parsed as strict JSON, so nothing is lost by taking it,
     * and a person trying the README's examples by hand is not turned away.
     */
    static void requireJsonContentType(Context ctx) {
        String type = ctx.header("Content-Type");
        if (type == null || type.isBlank()) {
            return;
        }
        String media = type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!media.equals("application/json") && !media.endsWith("+json")
                && !media.equals("application/x-www-form-urlencoded")) {
            throw new HttpResponseException(415, "Send the body as application/json.");
        }
    }

    /**
     * Reads and drops the rest of a refused body, up to {@link #DRAIN_LIMIT}, so that a client still
     * sending gets to read its 413 instead of a reset connection. Bigger bodies are cut off.
     */
    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        long total = 0;
        int read;
        while (total < DRAIN_LIMIT && (read = in.read(buffer)) != -1) {
            total += read;
        }
    }

    private static int bodyLimit(Context ctx) {
        Integer limit = ctx.attribute(BODY_LIMIT);
        return limit == null ? WebServer.DEFAULT_MAX_BODY_BYTES : limit;
    }

    private static ContentTooLargeResponse tooLarge(int limit) {
        return new ContentTooLargeResponse("The request body is over the limit of " + limit + " bytes.");
    }
}
