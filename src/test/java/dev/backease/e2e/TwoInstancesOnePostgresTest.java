package dev.backease.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.App;
import dev.backease.Config;
import dev.backease.store.TestDatabases;
import dev.backease.web.WebServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two stateless instances of the whole program on one PostgreSQL, as a deployment runs them behind
 * a load balancer: whatever one instance answered 2xx, the other knows.
 */
class TwoInstancesOnePostgresTest {
    private static final String PASSWORD = "lanterns drift over quiet harbours";
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_sign_in_a_session_and_a_journal_entry_made_through_one_instance_are_there_through_the_other()
            throws Exception {
        String url = TestDatabases.freshPostgresUrl();
        Config config = Config.resolve(Map.of(Config.Setting.DB, url,
                Config.Setting.DATA, Files.createTempDirectory("backease-two").toString()), Map.of());
        WebServer one = new App(Map.of()).webServer(config).start("127.0.0.1", 0);
        WebServer two = new App(Map.of()).webServer(config).start("127.0.0.1", 0);
        try {
            String body = "{\"username\":\"ana\",\"password\":\"" + PASSWORD + "\"}";
            assertThat(send(one, "POST", "/api/v1/accounts", null, body).statusCode()).isEqualTo(201);
            String token = send(two, "POST", "/api/v1/auth/tokens", null, body).body()
                    .replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");

            HttpResponse<String> session = send(one, "POST", "/api/v1/sessions", token,
                    "{\"mode\":\"partner\",\"pain\":{\"intensity\":3,\"durationDays\":2}}");
            assertThat(session.statusCode()).isEqualTo(201);
            String location = session.headers().firstValue("Location").orElseThrow();
            HttpResponse<String> event = send(two, "POST", location + "/events", token, "{\"type\":\"start\"}");
            assertThat(event.statusCode()).isEqualTo(200);
            assertThat(send(one, "GET", location, token, null).body()).contains("\"state\":\"running\"");

            HttpResponse<String> entry = send(two, "POST", "/api/v1/journal/entries", token,
                    "{\"at\":\"2026-11-20T18:30:00Z\",\"kind\":\"check_in\",\"painLevel\":4,\"soreness\":true}");
            assertThat(entry.statusCode()).isEqualTo(201);
            assertThat(send(one, "GET", "/api/v1/journal/entries", token, null).body()).contains("\"painLevel\":4");

            assertThat(send(one, "DELETE", "/api/v1/auth/tokens/current", token, null).statusCode()).isEqualTo(204);
            assertThat(send(two, "GET", location, token, null).statusCode()).isEqualTo(401);
        } finally {
            one.stop();
            two.stop();
        }
    }

    private HttpResponse<String> send(WebServer server, String method, String path, String token, String json)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
