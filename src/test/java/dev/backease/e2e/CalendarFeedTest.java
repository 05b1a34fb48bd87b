package dev.backease.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.App;
import dev.backease.Config;
import dev.backease.web.WebServer;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The routine as a secret calendar address that a calendar app can subscribe to without a token. */
class CalendarFeedTest {
    private static final String PASSWORD = "lanterns drift over quiet harbours";
    private static WebServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        server = new App(Map.of()).webServer(Config.resolve(Map.of(Config.Setting.DATA,
                Files.createTempDirectory("backease-feed").toString()), Map.of())).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void a_subscribed_calendar_gets_the_routine_until_the_address_is_renewed_or_ended() throws Exception {
        String token = tokenFor("ana");
        HttpResponse<String> made = send("POST", "/api/v1/journal/routine/feed", token);
        assertThat(made.statusCode()).isEqualTo(201);
        String url = made.body().replaceAll(".*\"url\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        assertThat(url).startsWith("http://127.0.0.1:" + server.port() + "/calendar/").endsWith(".ics");
        String path = URI.create(url).getPath();

        HttpResponse<String> feed = send("GET", path + "?tz=Europe/London", null);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        assertThat(calendar.<VEvent>getComponents("VEVENT")).hasSize(2);

        String renewed = URI.create(send("POST", "/api/v1/journal/routine/feed", token).body()
                .replaceAll(".*\"url\"\\s*:\\s*\"([^\"]+)\".*", "$1")).getPath();
        assertThat(send("GET", path, null).statusCode()).isEqualTo(404);
        assertThat(send("GET", renewed, null).statusCode()).isEqualTo(200);

        assertThat(send("DELETE", "/api/v1/journal/routine/feed", token).statusCode()).isEqualTo(204);
        assertThat(send("GET", renewed, null).statusCode()).isEqualTo(404);
        assertThat(send("DELETE", "/api/v1/journal/routine/feed", token).statusCode()).isEqualTo(404);
    }

    @Test
    void a_made_up_address_and_an_anonymous_request_for_one_get_nothing() throws Exception {
        assertThat(send("GET", "/calendar/made-up.ics", null).statusCode()).isEqualTo(404);
        assertThat(send("POST", "/api/v1/journal/routine/feed", null).statusCode()).isEqualTo(401);
    }

    @Test
    void the_export_says_the_calendar_address_exists_without_its_secret_and_deleting_the_account_ends_it() throws Exception {
        String token = tokenFor("bob");
        String path = URI.create(send("POST", "/api/v1/journal/routine/feed", token).body()
                .replaceAll(".*\"url\"\\s*:\\s*\"([^\"]+)\".*", "$1")).getPath();

        assertThat(send("GET", "/api/v1/account/export", token).body()).contains("\"calendarAddressCreatedAt\":\"20")
                .doesNotContain(path.substring("/calendar/".length(), path.length() - 4));

        assertThat(send("DELETE", "/api/v1/account", token).statusCode()).isBetween(200, 299);

        assertThat(send("GET", path, null).statusCode()).isEqualTo(404);
    }

    private static String tokenFor(String name) throws Exception {
        String body = "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\"}";
        HttpRequest.Builder signUp = HttpRequest.newBuilder(uri("/api/v1/accounts"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        assertThat(HTTP.send(signUp.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(201);
        HttpRequest.Builder token = HttpRequest.newBuilder(uri("/api/v1/auth/tokens"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        return HTTP.send(token.build(), HttpResponse.BodyHandlers.ofString()).body()
                .replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static HttpResponse<String> send(String method, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
