package dev.backease.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.App;
import dev.backease.Config;
import dev.backease.web.WebServer;
import dev.backease.web.WebServer.Route;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Walks every route the served app has, as anonymous, as the owner of a record and as another
 * account: deny by default, 401 without a valid token, 404 (never 403, never the data) for another
 * account's record. New routes are picked up automatically.
 */
class AuthorizationMatrixTest {
    private static final String PASSWORD = "lanterns drift over quiet harbours";
    private static final String INTAKE = "{\"mode\":\"partner\",\"pain\":{\"intensity\":3,\"durationDays\":2}}";
    private static final String ENTRY = "{\"at\":\"2026-11-20T18:30:00Z\",\"kind\":\"session\",\"painBefore\":5,"
            + "\"painAfter\":3,\"techniques\":[\"effleurage\"],\"helped\":[\"effleurage\"],\"notes\":\"ana-private-note\"}";
    private static WebServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static String anaToken;
    private static String bobToken;
    private static Map<String, String> anaRecords;

    @BeforeAll
    static void start() throws Exception {
        Path data = Files.createTempDirectory("backease-matrix");
        server = new App(Map.of()).webServer(Config.resolve(Map.of(Config.Setting.DATA, data.toString()), Map.of()))
                .start("127.0.0.1", 0);
        anaToken = tokenFor("ana");
        bobToken = tokenFor("bob");
        String session = idOf(send("POST", "/api/v1/sessions", anaToken, INTAKE));
        String entry = idOf(send("POST", "/api/v1/journal/entries", anaToken, ENTRY));
        anaRecords = Map.of("/api/v1/sessions/", session, "/api/v1/journal/entries/", entry);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void every_route_that_is_not_marked_public_answers_401_without_a_valid_token() throws Exception {
        List<Route> closed = server.routes().stream().filter(route -> !route.isPublic()).toList();
        assertThat(closed).isNotEmpty();
        for (Route route : closed) {
            String path = withRecord(route.path());
            assertThat(send(route.method(), path, null, INTAKE).statusCode()).as("anonymous " + route).isEqualTo(401);
            assertThat(send(route.method(), path, "made-up-token", INTAKE).statusCode()).as("bad token " + route)
                    .isEqualTo(401);
        }
    }

    @Test
    void the_matrix_walks_every_session_route_including_the_events_read() {
        assertThat(server.routes()).contains(
                new Route("POST", "/api/v1/sessions", false),
                new Route("GET", "/api/v1/sessions/{id}", false),
                new Route("POST", "/api/v1/sessions/{id}/events", false),
                new Route("GET", "/api/v1/sessions/{id}/events", false));
    }

    @Test
    void the_owner_reads_the_events_of_the_session_another_account_is_refused() throws Exception {
        String events = "/api/v1/sessions/" + anaRecords.get("/api/v1/sessions/") + "/events";

        HttpResponse<String> owners = send("GET", events, anaToken, null);
        HttpResponse<String> theirs = send("GET", events, bobToken, null);

        assertThat(owners.statusCode()).isEqualTo(200);
        assertThat(owners.body()).contains("\"events\"");
        assertThat(theirs.statusCode()).isEqualTo(404);
        assertThat(theirs.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(theirs.body()).doesNotContain("\"events\"");
    }

    @Test
    void another_accounts_record_is_not_found_while_its_owner_can_read_it() throws Exception {
        List<Route> withIds = server.routes().stream().filter(route -> route.path().contains("{id}")
                && !route.isPublic()).toList();
        assertThat(withIds).isNotEmpty();
        for (Route route : withIds) {
            String path = withRecord(route.path());
            String body = route.path().endsWith("/events") ? "{\"type\":\"pressure_report\",\"value\":2}" : INTAKE;
            HttpResponse<String> theirs = send(route.method(), path, bobToken, body);
            assertThat(theirs.statusCode()).as("another account on " + route).isEqualTo(404);
            assertThat(theirs.body()).doesNotContain("ana-private-note").doesNotContain("effleurage");
            if (route.method().equals("GET")) {
                assertThat(send("GET", path, anaToken, null).statusCode()).as("owner on " + route).isEqualTo(200);
            }
        }
    }

    @Test
    void another_account_sees_none_of_the_owners_data_in_its_own_lists_and_export() throws Exception {
        for (Route route : server.routes()) {
            if (route.isPublic() || !route.method().equals("GET") || route.path().contains("{")) {
                continue;
            }
            HttpResponse<String> theirs = send("GET", route.path(), bobToken, null);
            assertThat(theirs.statusCode()).as(route.toString()).isBetween(200, 299);
            assertThat(theirs.body()).as(route.toString()).doesNotContain("ana-private-note")
                    .doesNotContain(anaRecords.get("/api/v1/sessions/"));
        }
    }

    @Test
    void the_account_pages_send_anonymous_visitors_to_sign_in() throws Exception {
        HttpResponse<String> page = send("GET", "/account", null, null);
        assertThat(page.statusCode()).isBetween(300, 399);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).contains("/signin"));
    }

    private static String withRecord(String path) {
        for (Map.Entry<String, String> record : anaRecords.entrySet()) {
            if (path.startsWith(record.getKey() + "{id}")) {
                return path.replace("{id}", record.getValue());
            }
        }
        if (path.contains("{")) {
            throw new AssertionError("the authorization matrix has no record for " + path + "; add one in start()");
        }
        return path;
    }

    private static String tokenFor(String name) throws Exception {
        String body = "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\"}";
        assertThat(send("POST", "/api/v1/accounts", null, body).statusCode()).isEqualTo(201);
        return send("POST", "/api/v1/auth/tokens", null, body).body()
                .replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    private static String idOf(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return created.body().replaceAll("(?s)^\\{\\s*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    private static HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpRequest.BodyPublisher body = json == null || method.equals("GET") || method.equals("DELETE")
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
        request.header("Content-Type", "application/json").method(method, body);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
