package dev.backease.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backease.content.Mode;
import dev.backease.planning.CarePoint;
import dev.backease.planning.Plan;
import dev.backease.planning.PlanStep;
import dev.backease.planning.PlannedPosition;
import dev.backease.planning.PressureRange;
import dev.backease.screening.Decision;
import dev.backease.screening.Reason;
import dev.backease.screening.Referral;
import dev.backease.screening.ScreeningResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentWriterTest {
    private static final ScreeningResult CAREFUL = new ScreeningResult(Decision.PROCEED_WITH_CARE, Referral.ROUTINE,
            3, List.of("trigger_point_release"), List.of("spine"), List.of(), List.of("Use light pressure."),
            List.of(new Reason("blood_thinners_light_touch", "Light touch only.", "Contraindications to Consider")));

    @Test
    void a_screening_result_uses_the_contracts_names_and_words() {
        JsonNode json = Json.parse(Json.bytes(DocumentWriter.screeningResult(CAREFUL)));

        assertThat(json.fieldNames()).toIterable().containsExactly("decision", "referral", "massageAllowed",
                "maxPressure", "excludedTechniques", "avoidAreas", "needsClearanceFrom", "actions", "reasons");
        assertThat(json.get("decision").textValue()).isEqualTo("proceed_with_care");
        assertThat(json.get("referral").textValue()).isEqualTo("routine");
        assertThat(json.get("massageAllowed").booleanValue()).isTrue();
        assertThat(json.get("maxPressure").intValue()).isEqualTo(3);
        assertThat(json.get("excludedTechniques").get(0).textValue()).isEqualTo("trigger_point_release");
        assertThat(json.get("reasons").get(0).get("rule").textValue()).isEqualTo("blood_thinners_light_touch");
        assertThat(json.get("reasons").get(0).get("source").textValue()).isEqualTo("Contraindications to Consider");
    }

    @Test
    void a_plan_keeps_nulls_where_the_contract_shows_them() {
        PlanStep step = new PlanStep("effleurage", "Warm-up strokes", "lower back", "Glide both hands.", 60, 6, 8,
                null, new PressureRange(2, 3), List.of("Stay off the spine."), "Effleurage for Warm-Up");
        Plan plan = new Plan(CAREFUL, Mode.PARTNER, new PlannedPosition("prone_pillow_under_hips", "Lie down."),
                List.of(new CarePoint("room_temperature", "Warm room.")), List.of(step),
                List.of(new CarePoint("stretch", "Stretch gently.")));

        JsonNode json = Json.parse(Json.bytes(DocumentWriter.plan(plan)));

        assertThat(json.fieldNames()).toIterable().containsExactly("screening", "mode", "position", "preparation",
                "steps", "totalSeconds", "aftercare");
        assertThat(json.get("mode").textValue()).isEqualTo("partner");
        assertThat(json.get("position").get("id").textValue()).isEqualTo("prone_pillow_under_hips");
        assertThat(json.get("totalSeconds").intValue()).isEqualTo(60);
        JsonNode written = json.get("steps").get(0);
        assertThat(written.fieldNames()).toIterable().containsExactly("technique", "name", "area", "instructions",
                "durationSeconds", "repetitions", "secondsPerRepetition", "holdSeconds", "pressure", "cautions",
                "source");
        assertThat(written.get("holdSeconds").isNull()).isTrue();
        assertThat(written.get("pressure").get("min").intValue()).isEqualTo(2);
        assertThat(written.get("pressure").get("max").intValue()).isEqualTo(3);
        assertThat(json.get("aftercare").get(0).get("text").textValue()).isEqualTo("Stretch gently.");
    }

    @Test
    void a_plan_without_massage_has_a_null_position_and_no_steps() {
        ScreeningResult stop = new ScreeningResult(Decision.DO_NOT_MASSAGE, Referral.EMERGENCY, 0, List.of(),
                List.of(), List.of(), List.of("Call 112."), List.of(new Reason("r", "m", "s")));

        JsonNode json = Json.parse(Json.bytes(DocumentWriter.plan(
                new Plan(stop, Mode.SELF, null, List.of(), List.of(), List.of()))));

        assertThat(json.get("position").isNull()).isTrue();
        assertThat(json.get("steps")).isEmpty();
        assertThat(json.get("screening").get("massageAllowed").booleanValue()).isFalse();
    }

    @Test
    void the_shared_mapper_writes_vocabulary_as_contract_words() throws Exception {
        assertThat(Json.mapper().writeValueAsString(List.of(Decision.NEEDS_CLEARANCE, Mode.SELF)))
                .isEqualTo("[\"needs_clearance\",\"self\"]");
    }
}
