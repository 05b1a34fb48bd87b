package dev.backease.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backease.e2e.HttpClientSupport;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** serve answers while its database is still being migrated: early requests wait for it. */
class StartingUpTest {
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private final ExecutorService client = Executors.newSingleThreadExecutor();
    private WebServer server;

    private HttpClientSupport start() {
        RouteModule module = config -> config.routes.get("/data", ctx -> ctx.result("from the database"), Access.PUBLIC);
        server = new WebServer(List.of(module), Authenticator.NOBODY, WebServer.DEFAULT_MAX_BODY_BYTES, ready)
                .start("127.0.0.1", 0);
        return new HttpClientSupport(server.port());
    }

    @AfterEach
    void stop() {
        client.shutdownNow();
        server.stop();
    }

    @Test
    void a_request_that_arrives_before_the_database_is_ready_waits_and_then_gets_its_answer() throws Exception {
        HttpClientSupport http = start();

        Future<HttpResponse<String>> early = client.submit(() -> http.get("/data"));
        Thread.sleep(300);
        assertThat(early).as("still waiting for the database").isNotDone();
        ready.complete(null);

        HttpResponse<String> answer = early.get(10, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("from the database");
    }

    @Test
    void when_the_database_cannot_be_made_ready_requests_get_a_plain_503_and_serve_learns_the_cause() {
        HttpClientSupport http = start();
        ready.completeExceptionally(new IllegalStateException("migration V3 failed"));

        HttpResponse<String> answer = http.get("/data");

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue(Problem.CONTENT_TYPE);
        assertThat(answer.body()).contains("could not be made ready").doesNotContain("V3");
        assertThatThrownBy(() -> server.awaitReady(Duration.ofSeconds(1))).hasMessage("migration V3 failed");
    }

    @Test
    void a_server_whose_database_is_ready_answers_at_once() {
        ready.complete(null);
        HttpClientSupport http = start();

        server.awaitReady(Duration.ZERO);
        assertThat(http.get("/data").statusCode()).isEqualTo(200);
    }
}
