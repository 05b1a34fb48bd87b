package dev.backease.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backease.json.Json;
import io.javalin.http.Context;

/** Writes JSON answers exactly as built, so the wire shape stays the one the json package states. */
public final class Responses {
    private Responses() {}

    public static void json(Context ctx, int status, JsonNode body) {
        json(ctx, status, Json.bytes(body));
    }

    /** An answer already written as JSON bytes by the json package. */
    public static void json(Context ctx, int status, byte[] body) {
        ctx.status(status);
        ctx.contentType("application/json");
        ctx.result(body);
    }
}
