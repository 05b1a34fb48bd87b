package dev.backease.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.account.AccountId;
import dev.backease.e2e.HttpClientSupport;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Deny by default: only public routes answer without an account. */
class AccessPolicyTest {
    private static final Authenticator TOKEN_ALICE = ctx -> "Bearer alice-token".equals(ctx.header("Authorization"))
            ? Optional.of(new AccountId("alice")) : Optional.empty();
    private WebServer server;

    private HttpClientSupport start(RouteModule module) {
        server = new WebServer(List.of(module), TOKEN_ALICE, WebServer.DEFAULT_MAX_BODY_BYTES).start("127.0.0.1", 0);
        return new HttpClientSupport(server.port());
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void an_account_route_without_a_valid_token_gets_a_401_problem() {
        HttpClientSupport http = start(config -> config.routes.get("/mine",
                ctx -> ctx.result(Requests.account(ctx).value()), Access.ACCOUNT));

        HttpResponse<String> anonymous = http.get("/mine");
        HttpResponse<String> wrongToken = http.send(HttpRequest.newBuilder(http.uri("/mine"))
                .header("Authorization", "Bearer mallory"));

        for (HttpResponse<String> response : List.of(anonymous, wrongToken)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValue(Problem.CONTENT_TYPE);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
            assertThat(response.body()).contains("\"status\":401");
        }
    }

    @Test
    void an_account_route_with_a_valid_token_sees_the_signed_in_account() {
        HttpClientSupport http = start(config -> config.routes.get("/mine",
                ctx -> ctx.result(Requests.account(ctx).value()), Access.ACCOUNT));

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(http.uri("/mine"))
                .header("Authorization", "Bearer alice-token"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("alice");
    }

    @Test
    void a_route_registered_without_a_role_is_treated_as_needing_an_account() {
        HttpClientSupport http = start(config -> config.routes.get("/forgotten", ctx -> ctx.result("secret")));

        HttpResponse<String> response = http.get("/forgotten");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("secret");
    }

    @Test
    void an_unexpected_failure_is_a_generic_500_problem_without_a_stack_trace() {
        HttpClientSupport http = start(config -> config.routes.get("/broken", ctx -> {
            throw new IllegalStateException("database password is hunter2");
        }, Access.PUBLIC));

        HttpResponse<String> response = http.get("/broken");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(Problem.CONTENT_TYPE);
        assertThat(response.body()).contains("\"status\":500").doesNotContain("hunter2")
                .doesNotContain("IllegalStateException");
    }

    @Test
    void a_conflict_raised_by_a_feature_becomes_a_409_problem_with_its_message() {
        HttpClientSupport http = start(config -> config.routes.post("/done", ctx -> {
            throw new io.javalin.http.ConflictResponse("This session has ended and takes no more events.");
        }, Access.PUBLIC));

        HttpResponse<String> response = http.postJson("/done", "{}");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).contains("takes no more events").contains("\"title\":\"Conflict\"");
    }
}
