package dev.backease.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backease.account.FieldProblem;
import io.javalin.http.Context;
import java.util.List;

/** The account routes' problem documents: the shared {@link Problem} shape, with the account's field problems. */
final class AccountProblems {
    private AccountProblems() {
    }

    static void send(Context ctx, int status, String detail) {
        send(ctx, status, detail, List.of());
    }

    static void send(Context ctx, int status, String detail, List<FieldProblem> errors) {
        ObjectNode problem = Problem.document(status, detail);
        if (!errors.isEmpty()) {
            ArrayNode list = problem.putArray("errors");
            errors.forEach(e -> list.addObject().put("field", e.field()).put("problem", e.problem()));
        }
        Problem.send(ctx, problem);
    }

    static void unauthorized(Context ctx) {
        ctx.header("WWW-Authenticate", "Bearer");
        send(ctx, 401, "sign in: send Authorization: Bearer TOKEN (get one from POST /api/v1/auth/tokens)");
    }
}
