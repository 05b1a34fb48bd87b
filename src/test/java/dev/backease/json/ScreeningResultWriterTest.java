package dev.backease.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backease.screening.Decision;
import dev.backease.screening.Intake;
import dev.backease.screening.Intakes;
import dev.backease.screening.Reason;
import dev.backease.screening.Referral;
import dev.backease.screening.Screening;
import dev.backease.screening.ScreeningResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The screening answer is written straight to bytes. Whatever the intake, those bytes must be exactly
 * the contract's document as a plain tree of its fields, in the contract's order, would be written.
 */
class ScreeningResultWriterTest {
    private static final Screening SCREENING = new Screening("112");

    @Property(tries = 500)
    void the_bytes_are_the_contracts_document_for_any_intake(@ForAll("intakes") Intake intake) {
        ScreeningResult result = SCREENING.screen(intake);

        byte[] written = DocumentWriter.screeningResultBytes(result);

        assertThat(new String(written, StandardCharsets.UTF_8))
                .isEqualTo(new String(Json.bytes(contractDocument(result)), StandardCharsets.UTF_8));
        assertThat(DocumentWriter.screeningResult(result)).isEqualTo(contractDocument(result));
    }

    @Test
    void texts_that_need_escaping_and_texts_beyond_the_kept_ones_are_written_right() {
        for (int i = 0; i < Texts.MAX_KEPT + 50; i++) {
            ScreeningResult result = new ScreeningResult(Decision.PROCEED, Referral.NONE, 5, List.of(), List.of(),
                    List.of(), List.of("say \"" + i + "\" \\ then\ttab, ünïcödé – and \u0001"),
                    List.of(new Reason("rule_" + i, "line one\nline two", "Section " + i)));

            String written = new String(DocumentWriter.screeningResultBytes(result), StandardCharsets.UTF_8);

            assertThat(written).isEqualTo(new String(Json.bytes(contractDocument(result)), StandardCharsets.UTF_8));
            assertThat(Json.parse(written).get("actions").get(0).textValue()).isEqualTo(result.actions().get(0));
        }
        assertThat(Texts.keptCount()).isLessThanOrEqualTo(Texts.MAX_KEPT);
    }

    @Provide
    Arbitrary<Intake> intakes() {
        return Intakes.any();
    }

    /** The contract's ScreeningResult, field by field, as a tree. */
    private static ObjectNode contractDocument(ScreeningResult result) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode json = nodes.objectNode();
        json.put("decision", result.decision().id());
        json.put("referral", result.referral().id());
        json.put("massageAllowed", result.massageAllowed());
        json.put("maxPressure", result.maxPressure());
        json.set("excludedTechniques", strings(result.excludedTechniques()));
        json.set("avoidAreas", strings(result.avoidAreas()));
        json.set("needsClearanceFrom", strings(result.needsClearanceFrom()));
        json.set("actions", strings(result.actions()));
        ArrayNode reasons = json.putArray("reasons");
        for (Reason reason : result.reasons()) {
            reasons.addObject().put("rule", reason.rule()).put("message", reason.message())
                    .put("source", reason.source());
        }
        return json;
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        values.forEach(array::add);
        return array;
    }
}
