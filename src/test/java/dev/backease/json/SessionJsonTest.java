package dev.backease.json;

import static dev.backease.session.SessionFixture.apply;
import static dev.backease.session.SessionFixture.ready;
import static dev.backease.session.SessionFixture.running;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backease.content.Symptom;
import dev.backease.session.SessionEvent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionJsonTest {

    @Test
    void a_ready_session_is_written_in_the_contract_shape() {
        JsonNode json = SessionJson.sessionState(ready());

        assertThat(json.get("id").asText()).isEqualTo("session-1");
        assertThat(json.get("state").asText()).isEqualTo("ready");
        assertThat(json.get("stepIndex").asInt()).isZero();
        assertThat(json.get("step").get("name").asText()).isEqualTo("Warm-up strokes");
        assertThat(json.get("step").get("pressure").get("max").asInt()).isEqualTo(3);
        assertThat(json.get("comfortMax").asInt()).isEqualTo(6);
        assertThat(json.get("pressureTarget").asInt()).isEqualTo(2);
        assertThat(json.get("referral").asText()).isEqualTo("none");
        assertThat(json.get("stopReason").isNull()).isTrue();
        assertThat(json.get("actions").size()).isPositive();
        assertThat(json.get("plan").get("steps").size()).isEqualTo(3);
        assertThat(json.get("plan").get("screening").get("decision").asText()).isEqualTo("proceed");
    }

    @Test
    void a_stopped_session_shows_why_with_no_pressure_how_many_events_it_took_and_the_last_one() {
        JsonNode json = SessionJson.sessionState(apply(running(), new SessionEvent.PressureReport(4, null),
                new SessionEvent.SymptomReported(Symptom.LEG_WEAKNESS, null)));

        assertThat(json.get("state").asText()).isEqualTo("stopped");
        assertThat(json.get("pressureTarget").asInt()).isZero();
        assertThat(json.get("referral").asText()).isEqualTo("emergency");
        assertThat(json.get("stopReason").asText()).isEqualTo("symptom_leg_weakness");
        assertThat(json.get("reasons").get(0).get("source").asText()).isEqualTo("Initial Assessment and Communication");
        assertThat(json.get("eventCount").asInt()).isEqualTo(3);
        assertThat(json.get("lastEvent").get("type").asText()).isEqualTo("symptom");
        assertThat(json.get("lastEvent").get("symptom").asText()).isEqualTo("leg_weakness");
        assertThat(json.get("lastEvent").get("at").asText()).isEqualTo("2026-11-20T18:00:00Z");
        assertThat(json.has("events")).isFalse();
    }

    @Test
    void a_new_session_has_no_events_and_no_last_event() {
        JsonNode json = SessionJson.sessionState(ready());

        assertThat(json.get("eventCount").asInt()).isZero();
        assertThat(json.get("lastEvent").isNull()).isTrue();
    }

    @Test
    void the_events_are_written_in_order_in_the_contract_shape_with_their_time() {
        JsonNode json = SessionJson.events(List.of(new SessionEvent.Start(Instant.parse("2026-11-20T18:00:00Z")),
                new SessionEvent.PressureReport(4, Instant.parse("2026-11-20T18:00:30Z"))));

        assertThat(json.get("events")).extracting(event -> event.get("type").asText())
                .containsExactly("start", "pressure_report");
        assertThat(json.get("events").get(1).get("value").asInt()).isEqualTo(4);
        assertThat(json.get("events").get(1).get("at").asText()).isEqualTo("2026-11-20T18:00:30Z");
    }

    @Test
    void an_event_written_out_reads_back_as_the_same_event() {
        SessionEvent event = new SessionEvent.SymptomReported(Symptom.FEVER, java.time.Instant.parse("2026-11-20T18:30:00Z"));

        assertThat(SessionEventReader.read(SessionJson.event(event))).isEqualTo(event);
    }

    @Test
    void the_answer_with_the_plan_made_once_is_the_same_document_and_the_plan_is_made_once_per_plan() {
        PlanTexts plans = new PlanTexts();
        var ready = ready();
        var running = apply(ready, new SessionEvent.Start(null));

        JsonNode whole = SessionJson.sessionState(running);
        JsonNode sent = Json.parse(Json.bytes(SessionJson.sessionState(running, plans)));

        assertThat(sent).isEqualTo(whole);
        assertThat(new String(Json.bytes(SessionJson.sessionState(running, plans)), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(new String(Json.bytes(whole), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(plans.of(running.plan())).isSameAs(plans.of(ready.plan()));
    }
}
