package dev.backease.e2e;

import static dev.backease.e2e.HttpClientSupport.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backease.planning.Planner;
import dev.backease.screening.Screening;
import dev.backease.store.GuideFile;
import dev.backease.web.Authenticator;
import dev.backease.web.ScreeningRoutes;
import dev.backease.web.WebServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real rules and planner behind the real HTTP server: what a person (or a script) sees. */
class SafetyThroughTheApiTest {
    private static WebServer server;
    private static HttpClientSupport http;

    @BeforeAll
    static void start() {
        server = new WebServer(List.of(new ScreeningRoutes(new Screening("999"), new Planner(GuideFile.loadDefault()))),
                Authenticator.NOBODY, WebServer.DEFAULT_MAX_BODY_BYTES).start("127.0.0.1", 0);
        http = new HttpClientSupport(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static JsonNode screen(String intake) {
        var response = http.postJson("/api/v1/screenings", intake);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bladder_or_bowel_change", "saddle_numbness", "leg_weakness", "chest_pain",
        "shortness_of_breath"})
    void a_red_flag_hidden_among_mild_answers_is_sent_to_emergency_care_in_both_modes(String symptom) {
        for (String mode : List.of("self", "partner")) {
            JsonNode result = screen("""
                    {"mode":"%s","pain":{"intensity":2,"character":["dull"],"durationDays":1,"trend":"better"},
                     "symptoms":["%s"],"conditions":["sensitive_skin"],"tools":["tennis_ball","massage_oil"],
                     "minutesAvailable":15,"comfortMax":7}""".formatted(mode, symptom));

            assertThat(result.get("decision").textValue()).isEqualTo("do_not_massage");
            assertThat(result.get("referral").textValue()).isEqualTo("emergency");
            assertThat(result.get("massageAllowed").booleanValue()).isFalse();
            assertThat(result.get("maxPressure").intValue()).isZero();
            assertThat(result.get("actions").get(0).textValue()).contains("999");
            assertThat(result.get("reasons")).isNotEmpty();
        }
    }

    @Test
    void a_plain_backache_may_go_ahead_and_gets_a_plan_that_fits_the_time() {
        JsonNode plan = json(http.postJson("/api/v1/plans", """
                {"mode":"partner","pain":{"intensity":3,"durationDays":2},"tools":["massage_oil"],
                 "minutesAvailable":10}"""));

        assertThat(plan.at("/screening/decision").textValue()).isEqualTo("proceed");
        assertThat(plan.get("steps")).isNotEmpty();
        assertThat(plan.get("totalSeconds").intValue()).isPositive().isLessThanOrEqualTo(600);
        assertThat(plan.at("/steps/0/technique").textValue()).isEqualTo("effleurage");
        assertThat(plan.at("/steps/0/pressure/max").intValue()).isLessThanOrEqualTo(3);
        int cap = plan.at("/screening/maxPressure").intValue();
        plan.get("steps").forEach(step -> assertThat(step.at("/pressure/max").intValue()).isLessThanOrEqualTo(cap));
    }

    @Test
    void a_red_flag_never_reaches_a_plan() {
        JsonNode plan = json(http.postJson("/api/v1/plans", """
                {"mode":"self","pain":{"intensity":3,"durationDays":2},"symptoms":["saddle_numbness"]}"""));

        assertThat(plan.at("/screening/referral").textValue()).isEqualTo("emergency");
        assertThat(plan.get("steps")).isEmpty();
        assertThat(plan.get("totalSeconds").intValue()).isZero();
    }

    @Test
    void blood_thinners_mean_light_touch_without_deep_techniques() {
        JsonNode plan = json(http.postJson("/api/v1/plans", """
                {"mode":"partner","pain":{"intensity":4,"durationDays":3},"conditions":["blood_thinners"],
                 "minutesAvailable":15}"""));

        assertThat(plan.at("/screening/decision").textValue()).isEqualTo("proceed_with_care");
        assertThat(plan.at("/screening/maxPressure").intValue()).isLessThanOrEqualTo(3);
        assertThat(plan.at("/screening/excludedTechniques").toString())
                .contains("trigger_point_release", "cross_fiber_friction", "massage_gun");
        plan.get("steps").forEach(step -> {
            assertThat(step.get("technique").textValue()).isNotIn("trigger_point_release", "cross_fiber_friction");
            assertThat(step.at("/pressure/max").intValue()).isLessThanOrEqualTo(3);
        });
    }

    @Test
    void a_clearance_lifts_a_doctors_hold_but_never_a_do_not_massage() {
        JsonNode cleared = screen("""
                {"mode":"partner","pain":{"intensity":3,"durationDays":2},"conditions":["osteoporosis"],
                 "clearances":["osteoporosis"]}""");
        JsonNode fracture = screen("""
                {"mode":"partner","pain":{"intensity":3,"durationDays":2},"conditions":["fracture"],
                 "clearances":["fracture"]}""");

        assertThat(cleared.get("massageAllowed").booleanValue()).isTrue();
        assertThat(cleared.get("maxPressure").intValue()).isLessThanOrEqualTo(3);
        assertThat(fracture.get("decision").textValue()).isEqualTo("do_not_massage");
    }

    @Test
    void the_readme_examples_give_the_answers_the_readme_promises() throws Exception {
        assertThat(screen(Files.readString(Path.of("examples/red-flag.json"))).get("referral").textValue())
                .isEqualTo("emergency");
        assertThat(screen(Files.readString(Path.of("examples/contraindication.json"))).get("decision").textValue())
                .isEqualTo("do_not_massage");
        assertThat(screen(Files.readString(Path.of("examples/blood-thinners.json"))).get("decision").textValue())
                .isEqualTo("proceed_with_care");
        assertThat(screen(Files.readString(Path.of("examples/plain-backache.json"))).get("decision").textValue())
                .isEqualTo("proceed");
    }
}
