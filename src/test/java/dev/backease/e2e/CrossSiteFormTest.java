package dev.backease.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.App;
import dev.backease.Config;
import dev.backease.web.WebServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Forms posted before there is a session (sign-up, sign-in) are refused when they come from another site. */
class CrossSiteFormTest {
    private static final String FORM = "username=mallory&password=lanterns+drift+over+quiet+harbours";
    private static WebServer server;

    @BeforeAll
    static void start() throws Exception {
        Config config = Config.resolve(Map.of(Config.Setting.DATA,
                Files.createTempDirectory("backease-origin").toString()), Map.of());
        server = new App(Map.of()).webServer(config).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<String> post(String path, String origin) throws Exception {
        return post(path, origin, FORM);
    }

    private static HttpResponse<String> post(String path, String origin, String form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_sign_in_form_posted_from_another_site_is_refused_and_signs_nobody_in() throws Exception {
        HttpResponse<String> response = post("/signin", "https://evil.example");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void a_sign_up_form_posted_from_another_site_creates_nothing() throws Exception {
        String eve = "username=eve&password=lanterns+drift+over+quiet+harbours";
        assertThat(post("/signup", "https://evil.example", eve).statusCode()).isEqualTo(403);
        assertThat(post("/signin", null, eve).statusCode()).isEqualTo(401);
    }

    @Test
    void a_form_from_a_sandboxed_frame_with_a_null_origin_is_refused_too() throws Exception {
        assertThat(post("/signin", "null").statusCode()).isEqualTo(403);
    }

    @Test
    void the_same_form_from_our_own_pages_is_taken() throws Exception {
        HttpResponse<String> response = post("/signup", "http://127.0.0.1:" + server.port());

        assertThat(response.statusCode()).isBetween(300, 399);
        assertThat(response.headers().firstValue("Set-Cookie")).isPresent();
    }
}
