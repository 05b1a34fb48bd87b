package dev.backease.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backease.json.Json;
import gg.jte.output.Utf8ByteOutput;
import io.javalin.http.Context;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes JSON answers exactly as built, so the wire shape stays the one the json package states. */
public final class Responses {
    private static final Logger LOG = LoggerFactory.getLogger(Responses.class);

    private Responses() {}

    public static void json(Context ctx, int status, JsonNode body) {
        json(ctx, status, Json.bytes(body));
    }

    /**
     * A rendered page, its bytes written straight to the response (see {@link #json(Context, int, byte[])}).
     * Pages render into {@link Utf8ByteOutput}, so the templates' fixed text is never decoded and encoded again.
     */
    public static void html(Context ctx, Utf8ByteOutput page) {
        ctx.contentType("text/html; charset=utf-8");
        // In one write: the framework decides on the first write whether to compress, by its size.
        write(ctx, page.toByteArray());
    }

    /**
     * An answer already written as JSON bytes by the json package. Written straight to the response
     * (through the framework's compressing stream) rather than handed over as a result, which the
     * framework would copy through a fresh 8 KB buffer for every answer.
     */
    public static void json(Context ctx, int status, byte[] body) {
        ctx.status(status);
        ctx.contentType("application/json");
        write(ctx, body);
    }

    private static void write(Context ctx, byte[] body) {
        try {
            ctx.outputStream().write(body);
        } catch (IOException e) {
            // The client has gone: there is nobody left to answer.
            LOG.debug("could not send an answer to {} {}: {}", ctx.method(), ctx.path(), e.toString());
        }
    }
}
