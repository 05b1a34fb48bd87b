package dev.backease.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backease.account.FieldProblem;
import io.javalin.http.Context;
import java.util.List;

/** RFC 9457 problem documents for the account routes (to be unified with the shared helper). */
final class AccountProblems {
    static final String CONTENT_TYPE = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private AccountProblems() {
    }

    static void send(Context ctx, int status, String title, String detail) {
        send(ctx, status, title, detail, List.of());
    }

    static void send(Context ctx, int status, String title, String detail, List<FieldProblem> errors) {
        ObjectNode problem = JSON.createObjectNode();
        problem.put("type", "about:blank");
        problem.put("status", status);
        problem.put("title", title);
        problem.put("detail", detail);
        if (!errors.isEmpty()) {
            ArrayNode list = problem.putArray("errors");
            errors.forEach(e -> list.addObject().put("field", e.field()).put("problem", e.problem()));
        }
        ctx.status(status).contentType(CONTENT_TYPE).result(problem.toString());
    }

    static void unauthorized(Context ctx) {
        ctx.header("WWW-Authenticate", "Bearer");
        send(ctx, 401, "Unauthorized", "sign in: send Authorization: Bearer TOKEN (get one from POST /api/v1/auth/tokens)");
    }
}
