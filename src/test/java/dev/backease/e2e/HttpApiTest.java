package dev.backease.e2e;

import static dev.backease.e2e.HttpClientSupport.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backease.planning.Planner;
import dev.backease.screening.Screening;
import dev.backease.store.GuideFile;
import dev.backease.web.Authenticator;
import dev.backease.web.pages.GuideTechniques;
import dev.backease.web.pages.PageRoutes;
import dev.backease.web.ScreeningRoutes;
import dev.backease.web.WebServer;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real server on a free port, driven over HTTP as any client would. */
class HttpApiTest {
    private static final String PLAIN = "{\"mode\":\"partner\",\"pain\":{\"intensity\":3,\"durationDays\":4}}";
    private static WebServer server;
    private static HttpClientSupport http;

    @BeforeAll
    static void start() {
        Screening screening = new Screening("112");
        Planner planner = new Planner(GuideFile.loadDefault());
        server = new WebServer(List.of(
                new PageRoutes(screening, planner, new GuideTechniques(GuideFile.loadDefault())),
                new ScreeningRoutes(screening, planner)),
                Authenticator.NOBODY, WebServer.DEFAULT_MAX_BODY_BYTES).start("127.0.0.1", 0);
        http = new HttpClientSupport(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.get("status").intValue()).isEqualTo(status);
        assertThat(problem.get("title").textValue()).isNotBlank();
        assertThat(problem.get("detail").textValue()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void a_screening_answers_with_every_field_of_a_screening_result() {
        HttpResponse<String> response = http.postJson("/api/v1/screenings", PLAIN);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(json(response).fieldNames()).toIterable().containsExactly("decision", "referral",
                "massageAllowed", "maxPressure", "excludedTechniques", "avoidAreas", "needsClearanceFrom", "actions",
                "reasons");
    }

    @Test
    void a_plan_answers_with_its_screening_and_every_field_of_a_plan() {
        HttpResponse<String> response = http.postJson("/api/v1/plans", PLAIN);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode plan = json(response);
        assertThat(plan.fieldNames()).toIterable().containsExactly("screening", "mode", "position", "preparation",
                "steps", "totalSeconds", "aftercare");
        assertThat(plan.get("mode").textValue()).isEqualTo("partner");
        assertThat(plan.get("screening").has("decision")).isTrue();
    }

    @Test
    void the_example_intakes_in_the_readme_are_all_accepted() throws Exception {
        for (String name : List.of("plain-backache", "red-flag", "contraindication", "blood-thinners",
                "self-with-ball")) {
            String body = Files.readString(Path.of("examples", name + ".json"));

            assertThat(http.postJson("/api/v1/screenings", body).statusCode()).as(name).isEqualTo(200);
            assertThat(http.postJson("/api/v1/plans", body).statusCode()).as(name).isEqualTo(200);
        }
    }

    @Test
    void a_bad_intake_gets_a_400_problem_naming_each_field() {
        HttpResponse<String> response = http.postJson("/api/v1/screenings",
                "{\"mode\":\"partner\",\"pain\":{\"intensity\":14,\"durationDays\":3},\"symptoms\":[\"fever\",\"fevr\"]}");

        assertProblem(response, 400);
        JsonNode errors = json(response).get("errors");
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).get("field").textValue()).isEqualTo("pain.intensity");
        assertThat(errors.get(0).get("problem").textValue()).isEqualTo("must be 0 to 10");
        assertThat(errors.get(1).get("field").textValue()).isEqualTo("symptoms[1]");
        assertThat(errors.get(1).get("problem").textValue()).startsWith("unknown symptom 'fevr'");
    }

    @Test
    void malformed_json_gets_a_400_problem_without_internals() {
        HttpResponse<String> response = http.postJson("/api/v1/plans", "{\"mode\":");

        assertProblem(response, 400);
        assertThat(json(response).get("errors").get(0).get("field").textValue()).isEqualTo("$");
    }

    @Test
    void a_body_over_the_limit_gets_413() {
        String huge = "{\"mode\":\"" + "x".repeat(70 * 1024) + "\"}";

        assertProblem(http.postJson("/api/v1/screenings", huge), 413);
    }

    @Test
    void a_streamed_body_without_a_length_is_still_cut_off_at_the_limit() {
        byte[] spaces = " ".repeat(160 * 1024).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        HttpRequest.BodyPublisher stream = HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(spaces));

        assertProblem(http.post("/api/v1/screenings", "application/json", stream), 413);
    }

    @Test
    void deep_nesting_is_refused_with_a_problem() {
        assertProblem(http.postJson("/api/v1/screenings", "[".repeat(100_000)), 413);
        assertProblem(http.postJson("/api/v1/screenings", "[".repeat(60_000)), 400);
    }

    @Test
    void binary_garbage_is_refused_with_a_problem() {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);

        assertProblem(http.post("/api/v1/plans", "application/json", HttpRequest.BodyPublishers.ofByteArray(garbage)),
                400);
    }

    @Test
    void a_body_that_is_not_json_gets_415() {
        assertProblem(http.post("/api/v1/screenings", "text/plain", HttpRequest.BodyPublishers.ofString(PLAIN)), 415);
        assertProblem(http.post("/api/v1/screenings", "multipart/form-data; boundary=x",
                HttpRequest.BodyPublishers.ofString(PLAIN)), 415);
    }

    @Test
    void a_json_body_sent_with_curls_default_form_type_is_still_read_as_strict_json() {
        assertThat(http.post("/api/v1/screenings", "application/x-www-form-urlencoded",
                HttpRequest.BodyPublishers.ofString(PLAIN)).statusCode()).isEqualTo(200);
        assertProblem(http.post("/api/v1/screenings", "application/x-www-form-urlencoded",
                HttpRequest.BodyPublishers.ofString("mode=self")), 400);
    }

    @Test
    void json_with_a_charset_or_without_a_content_type_is_accepted() {
        assertThat(http.post("/api/v1/screenings", "application/json; charset=utf-8",
                HttpRequest.BodyPublishers.ofString(PLAIN)).statusCode()).isEqualTo(200);
        assertThat(http.post("/api/v1/screenings", null, HttpRequest.BodyPublishers.ofString(PLAIN)).statusCode())
                .isEqualTo(200);
    }

    @Test
    void an_unknown_address_gets_404_and_a_wrong_method_gets_405() {
        assertProblem(http.get("/api/v1/nothing-here"), 404);
        assertProblem(http.get("/api/v1/screenings"), 405);
        assertProblem(http.send(HttpRequest.newBuilder(http.uri("/api/v1/plans")).DELETE()), 405);
    }

    @Test
    void the_health_check_says_ok() {
        HttpResponse<String> response = http.get("/api/v1/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("status").textValue()).isEqualTo("ok");
    }

    @Test
    void the_start_page_says_what_backease_is_and_that_it_does_not_replace_a_clinician() {
        HttpResponse<String> response = http.get("/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("BackEase").contains("does not replace a clinician")
                .contains("/css/backease.css");
    }

    @Test
    void the_stylesheet_is_served() {
        HttpResponse<String> response = http.get("/css/backease.css");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/css"));
    }

    @Test
    void every_answer_carries_the_security_headers() {
        for (HttpResponse<String> response : List.of(http.get("/"), http.get("/api/v1/health"), http.get("/nope"),
                http.postJson("/api/v1/screenings", "{}"))) {
            var headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src 'self'").contains("script-src 'self'").contains("frame-ancestors 'none'")
                    .contains("object-src 'none'").doesNotContain("unsafe-inline"));
            assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(headers.firstValue("Permissions-Policy")).hasValue("camera=(), microphone=(), geolocation=()");
            for (String name : List.of("Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy",
                    "Permissions-Policy", "X-Frame-Options", "Cache-Control")) {
                assertThat(headers.allValues(name)).as(name + " exactly once").hasSize(1);
            }
        }
        assertThat(http.get("/api/v1/health").headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(http.postJson("/api/v1/plans", PLAIN).headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void large_answers_are_compressed_for_clients_that_accept_it() throws Exception {
        StringBuilder many = new StringBuilder("{");
        for (int i = 0; i < 200; i++) {
            many.append("\"unknown").append(i).append("\":1,");
        }
        many.append("\"mode\":\"self\"}");
        HttpResponse<byte[]> response = http.sendForBytes(HttpRequest.newBuilder(http.uri("/api/v1/screenings"))
                .header("Content-Type", "application/json").header("Accept-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofString(many.toString())));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String body = new String(new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).contains("\"field\":\"unknown199\"");
    }
}
