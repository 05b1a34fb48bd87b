package dev.backease.crash;

import static dev.backease.crash.ApiClient.expect;
import static dev.backease.crash.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL stops under a running server and comes back: meanwhile every request that needs it gets
 * a plain 503 problem within seconds (never a 500 or a hang), and afterwards the same server works
 * again on its own, with everything stored before still there.
 */
class DatabaseOutageTest {
    private static final String UNREACHABLE =
            "The database is not reachable right now; nothing was lost; try again shortly.";
    private static final Duration QUICKLY = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    @Test
    void while_postgresql_is_away_requests_get_a_503_problem_and_work_again_when_it_is_back() throws Exception {
        int pgPort = freePort();
        Path pgData = dir.resolve("pgdata");
        EmbeddedPostgres first = postgres(pgPort, pgData);
        String url = first.getJdbcUrl("postgres", "postgres");
        try (ServedApp app = ServedApp.start(url)) {
            ApiClient api = new ApiClient(app.port());
            api.signUp("outage");
            JsonNode entry = json(expect(201, api.post("/api/v1/journal/entries", ApiClient.journalEntry(1))));
            String session = json(expect(201, api.post("/api/v1/sessions", ApiClient.INTAKE))).get("id").textValue();
            expect(200, api.post("/api/v1/sessions/" + session + "/events", "{\"type\":\"start\"}"));

            first.close();

            assertUnreachable(() -> api.tryPost("/api/v1/journal/entries", ApiClient.journalEntry(2)));
            assertUnreachable(() -> api.tryGet("/api/v1/sessions/" + session));
            assertUnreachable(() -> api.tryGet("/api/v1/sessions/" + session + "/events"));
            assertUnreachable(() -> api.tryPost("/api/v1/sessions/" + session + "/events", "{\"type\":\"pause\"}"));

            try (EmbeddedPostgres again = postgres(pgPort, pgData)) {
                HttpResponse<String> back = awaitStatus(api, "/api/v1/journal/entries/" + entry.get("id").textValue());
                assertThat(json(back)).isEqualTo(entry);
                expect(201, api.post("/api/v1/journal/entries", ApiClient.journalEntry(3)));
                JsonNode paused = json(expect(200,
                        api.post("/api/v1/sessions/" + session + "/events", "{\"type\":\"pause\"}")));
                assertThat(paused.get("state").textValue()).isEqualTo("paused");
                assertThat(paused.get("eventCount").intValue()).isEqualTo(2);
                assertThat(json(expect(200, api.get("/api/v1/sessions/" + session + "/events"))).get("events"))
                        .extracting(event -> event.get("type").textValue()).containsExactly("start", "pause");
            }
        }
    }

    private static void assertUnreachable(Supplier<Optional<HttpResponse<String>>> request) {
        long started = System.nanoTime();
        Optional<HttpResponse<String>> answer = request.get();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(QUICKLY);
        assertThat(answer).as("the server answers while the database is away").isPresent();
        HttpResponse<String> response = answer.get();
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        JsonNode problem = json(response);
        assertThat(problem.get("status").intValue()).isEqualTo(503);
        assertThat(problem.get("title").textValue()).isEqualTo("Service Unavailable");
        assertThat(problem.get("detail").textValue()).isEqualTo(UNREACHABLE);
    }

    /** The pool reconnects by itself; the first request after the restart may still meet an old connection. */
    private static HttpResponse<String> awaitStatus(ApiClient api, String path) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            Optional<HttpResponse<String>> answer = api.tryGet(path);
            if (answer.isPresent() && answer.get().statusCode() == 200) {
                return answer.get();
            }
            last = answer.orElse(last);
            Thread.sleep(200);
        }
        throw new AssertionError("the server did not recover within 30 s; last answer: "
                + (last == null ? "none" : last.statusCode() + " " + last.body()));
    }

    private static EmbeddedPostgres postgres(int port, Path data) throws IOException {
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(data).setCleanDataDirectory(false).start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
