package dev.backease.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backease.json.FieldError;
import dev.backease.json.Json;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;

/** RFC 9457 problem documents: the one shape of every HTTP error BackEase sends. */
public final class Problem {
    public static final String CONTENT_TYPE = "application/problem+json";

    private Problem() {}

    public static ObjectNode document(int status, String detail) {
        ObjectNode json = Json.object();
        json.put("type", "about:blank");
        json.put("title", title(status));
        json.put("status", status);
        json.put("detail", detail);
        return json;
    }

    /** The 400 document: one entry per field problem, with the field's path. */
    public static ObjectNode invalid(List<FieldError> errors) {
        ObjectNode json = document(400, errors.size() == 1
                ? "The request has a problem: " + errors.get(0)
                : "The request has " + errors.size() + " problems; see errors.");
        ArrayNode list = json.putArray("errors");
        errors.forEach(e -> list.addObject().put("field", e.field()).put("problem", e.problem()));
        return json;
    }

    public static void send(Context ctx, int status, String detail) {
        send(ctx, document(status, detail));
    }

    public static void send(Context ctx, ObjectNode problem) {
        ctx.status(problem.get("status").intValue());
        ctx.contentType(CONTENT_TYPE);
        ctx.result(Json.bytes(problem));
    }

    private static String title(int status) {
        HttpStatus known = HttpStatus.forStatus(status);
        return known == HttpStatus.UNKNOWN ? "Error " + status : known.getMessage();
    }
}
