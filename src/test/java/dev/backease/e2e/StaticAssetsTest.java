package dev.backease.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.App;
import dev.backease.Config;
import dev.backease.content.Symptom;
import dev.backease.web.WebServer;
import dev.backease.web.pages.Assets;
import dev.backease.web.pages.IntakeForm;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole program as served: the stylesheet, scripts and pictures live at addresses that carry a
 * hash of their content and may be kept for a year; pages and API answers are never stored.
 */
class StaticAssetsTest {
    private static WebServer server;
    private static HttpClientSupport http;

    @BeforeAll
    static void start() throws IOException {
        Config config = Config.resolve(Map.of(Config.Setting.DATA,
                Files.createTempDirectory("backease-assets").toString()), Map.of());
        server = new App(Map.of()).webServer(config).start("127.0.0.1", 0);
        http = new HttpClientSupport(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static String plainBackache() {
        List<String> fields = new ArrayList<>();
        for (Symptom flag : IntakeForm.RED_FLAGS) {
            fields.add(IntakeForm.flagField(flag) + "=no");
        }
        fields.addAll(List.of("mode=partner", "intensity=3", "durationDays=2", "tools=massage_oil"));
        return String.join("&", fields);
    }

    private static HttpResponse<String> postForm(String path, String body) {
        return http.post(path, "application/x-www-form-urlencoded", HttpRequest.BodyPublishers.ofString(body));
    }

    private static String cacheControl(HttpResponse<?> response) {
        assertThat(response.headers().allValues("Cache-Control")).as("one Cache-Control, not two").hasSizeLessThan(2);
        return response.headers().firstValue("Cache-Control").orElse("");
    }

    private static HttpResponse<byte[]> gzipped(HttpRequest.Builder request) {
        return http.sendForBytes(request.header("Accept-Encoding", "gzip"));
    }

    private static String gunzip(byte[] body) throws IOException {
        return new String(new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void the_versioned_address_carries_a_hash_of_the_asset_files() {
        assertThat(Assets.version()).matches("[0-9a-f]{16}");
        assertThat(Assets.url("/css/backease.css")).isEqualTo("/assets/" + Assets.version() + "/css/backease.css");
    }

    @Test
    void pages_link_the_stylesheet_icon_and_scripts_at_their_versioned_addresses() {
        String home = http.get("/").body();
        assertThat(home).contains("<link rel=\"stylesheet\" href=\"" + Assets.url("/css/backease.css") + "\">")
                .contains("href=\"" + Assets.url("/img/favicon.svg") + "\"")
                .doesNotContain("href=\"/css/");
        assertThat(http.get("/screening").body())
                .contains("<script type=\"module\" src=\"" + Assets.url("/js/screening.js") + "\">");
        assertThat(postForm("/player", plainBackache()).body())
                .contains("<script type=\"module\" src=\"" + Assets.url("/js/player.js") + "\">");
    }

    @Test
    void a_versioned_stylesheet_may_be_kept_for_a_year() {
        HttpResponse<String> css = http.get(Assets.url("/css/backease.css"));

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        assertThat(cacheControl(css)).isEqualTo("public, max-age=31536000, immutable");
        assertThat(css.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(css.body()).contains(".lower-back");
    }

    @Test
    void the_modules_the_player_imports_by_relative_path_are_found_under_the_same_versioned_folder() {
        String player = http.get(Assets.url("/js/player.js")).body();
        assertThat(player).contains("from './api.js'");
        for (String module : List.of("api.js", "practice.js", "cues.js", "picture.js")) {
            HttpResponse<String> imported = http.get(Assets.url("/js/" + module));
            assertThat(imported.statusCode()).as(module).isEqualTo(200);
            assertThat(imported.headers().firstValue("Content-Type")).as(module)
                    .hasValueSatisfying(type -> assertThat(type).contains("javascript"));
            assertThat(cacheControl(imported)).as(module).isEqualTo(Assets.IMMUTABLE);
        }
    }

    @Test
    void an_address_with_a_stale_hash_is_not_found_rather_than_served_with_other_content() {
        assertThat(http.get("/assets/0000000000000000/css/backease.css").statusCode()).isEqualTo(404);
    }

    @Test
    void the_plain_address_still_answers_but_is_checked_again_before_each_use() {
        HttpResponse<String> css = http.get("/css/backease.css");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(cacheControl(css)).isEqualTo("no-cache");
    }

    @Test
    void search_engines_are_told_to_leave_the_api_alone() {
        HttpResponse<String> robots = http.get("/robots.txt");

        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.body()).contains("User-agent: *").contains("Disallow: /api/");
    }

    @Test
    void pages_and_api_answers_are_never_stored_because_they_may_hold_health_details() {
        assertThat(cacheControl(http.get("/"))).isEqualTo("no-store");
        assertThat(cacheControl(postForm("/player", plainBackache()))).isEqualTo("no-store");
        assertThat(cacheControl(http.get("/api/v1/health"))).isEqualTo("no-store");
        assertThat(cacheControl(http.postJson("/api/v1/screenings",
                "{\"mode\":\"partner\",\"pain\":{\"intensity\":3,\"durationDays\":2}}"))).isEqualTo("no-store");
    }

    @Test
    void a_browser_holding_the_current_copy_is_told_it_has_not_changed_without_the_file_being_sent_again() {
        HttpResponse<String> first = http.get("/js/player.js");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = http.send(HttpRequest.newBuilder(http.uri("/js/player.js"))
                .header("If-None-Match", etag).GET());
        HttpResponse<String> stale = http.send(HttpRequest.newBuilder(http.uri("/js/player.js"))
                .header("If-None-Match", "\"0000000000000000\"").GET());

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).isEqualTo(first.body()).contains("import");
    }

    @Test
    void a_head_request_gets_the_headers_of_an_asset_and_no_body() {
        HttpResponse<String> head = http.send(HttpRequest.newBuilder(http.uri(Assets.url("/img/lower-back.svg")))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
        assertThat(head.body()).isEmpty();
    }

    @Test
    void an_asset_that_does_not_exist_is_not_found_at_either_address() {
        assertThat(http.get(Assets.url("/css/missing.css")).statusCode()).isEqualTo(404);
        assertThat(http.get("/css/missing.css").statusCode()).isEqualTo(404);
        assertThat(http.get("/js/../css/backease.css").statusCode()).isIn(400, 404);
    }

    @Test
    void the_stylesheet_travels_compressed_to_a_browser_that_accepts_gzip() throws IOException {
        HttpResponse<byte[]> css = gzipped(HttpRequest.newBuilder(http.uri(Assets.url("/css/backease.css"))).GET());

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gunzip(css.body())).contains(".lower-back");
    }

    @Test
    void the_player_page_travels_compressed_to_a_browser_that_accepts_gzip() throws IOException {
        HttpResponse<byte[]> player = gzipped(HttpRequest.newBuilder(http.uri("/player"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(plainBackache())));

        assertThat(player.statusCode()).isEqualTo(200);
        assertThat(player.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gunzip(player.body())).contains("id=\"stop\"", "data-plan=\"{");
    }

    @Test
    void the_player_opened_from_a_link_shows_the_same_session_as_the_form_does() {
        HttpResponse<String> linked = http.get("/player?" + plainBackache());
        HttpResponse<String> posted = postForm("/player", plainBackache());

        assertThat(linked.statusCode()).isEqualTo(200);
        assertThat(linked.body()).contains("id=\"stop\"").isEqualTo(posted.body());
        assertThat(cacheControl(linked)).isEqualTo("no-store");
    }

    @Test
    void the_player_linked_without_answers_sends_the_person_to_the_safety_questions_first() {
        HttpResponse<String> bare = http.get("/player");

        assertThat(bare.statusCode()).isEqualTo(303);
        assertThat(bare.headers().firstValue("Location")).hasValue("/screening");
    }

    @Test
    void the_player_linked_with_a_missing_answer_shows_the_form_again_naming_the_question() {
        String withoutMode = plainBackache().replace("mode=partner&", "");
        HttpResponse<String> linked = http.get("/player?" + withoutMode);

        assertThat(linked.statusCode()).isEqualTo(400);
        assertThat(linked.body()).contains("Please check these answers").contains("<li><a href=\"#mode\">");
    }
}
