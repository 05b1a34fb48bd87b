package dev.backease.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backease.content.Symptom;
import dev.backease.session.SessionEvent;
import dev.backease.session.SkinChange;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionEventReaderTest {

    private static InvalidInputException refused(String json) {
        return (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(() -> SessionEventReader.read(json));
    }

    @ParameterizedTest
    @CsvSource({"start", "pause", "resume", "next_step", "finish", "guarding", "stop_signal"})
    void a_plain_event_needs_only_its_type(String type) {
        SessionEvent event = SessionEventReader.read("{\"type\": \"" + type + "\"}");

        assertThat(event.type()).isEqualTo(type);
        assertThat(event.at()).isNull();
    }

    @Test
    void a_pressure_report_carries_its_value() {
        assertThat(SessionEventReader.read("{\"type\": \"pressure_report\", \"value\": 7}"))
                .isEqualTo(new SessionEvent.PressureReport(7, null));
    }

    @Test
    void a_symptom_and_a_skin_change_carry_their_word() {
        assertThat(SessionEventReader.read("{\"type\": \"symptom\", \"symptom\": \"leg_weakness\"}"))
                .isEqualTo(new SessionEvent.SymptomReported(Symptom.LEG_WEAKNESS, null));
        assertThat(SessionEventReader.read("{\"type\": \"skin_change\", \"change\": \"bruising\"}"))
                .isEqualTo(new SessionEvent.SkinChangeSeen(SkinChange.BRUISING, null));
    }

    @Test
    void the_time_it_happened_is_read_as_an_instant() {
        SessionEvent event = SessionEventReader.read("{\"type\": \"guarding\", \"at\": \"2026-11-20T18:30:00Z\"}");

        assertThat(event.at()).isEqualTo(Instant.parse("2026-11-20T18:30:00Z"));
    }

    @Test
    void a_time_with_an_offset_is_read_as_the_same_instant() {
        SessionEvent event = SessionEventReader.read("{\"type\": \"guarding\", \"at\": \"2026-11-20T19:30:00+01:00\"}");

        assertThat(event.at()).isEqualTo(Instant.parse("2026-11-20T18:30:00Z"));
    }

    @Test
    void a_missing_type_is_named() {
        assertThat(refused("{}").errors()).singleElement()
                .satisfies(error -> {
                    assertThat(error.field()).isEqualTo("type");
                    assertThat(error.problem()).startsWith("is required; one of start, pause");
                });
    }

    @Test
    void an_unknown_type_is_named_with_the_allowed_words() {
        assertThat(refused("{\"type\": \"explode\"}").errors()).singleElement()
                .satisfies(error -> assertThat(error.problem()).contains("unknown event type 'explode'"));
    }

    @Test
    void a_pressure_report_without_a_value_is_refused() {
        assertThat(refused("{\"type\": \"pressure_report\"}").errors())
                .containsExactly(new FieldError("value", "is required"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "11|must be 0 to 10", "-1|must be 0 to 10", "6.5|must be a whole number", "\"7\"|must be a whole number, not a string"})
    void a_pressure_value_outside_the_whole_numbers_0_to_10_is_refused(String value, String problem) {
        assertThat(refused("{\"type\": \"pressure_report\", \"value\": " + value + "}").errors())
                .containsExactly(new FieldError("value", problem));
    }

    @Test
    void a_value_on_another_type_is_refused_rather_than_ignored() {
        assertThat(refused("{\"type\": \"guarding\", \"value\": 3}").errors())
                .containsExactly(new FieldError("value", "is only allowed when type is pressure_report"));
    }

    @Test
    void a_symptom_event_needs_a_contract_symptom() {
        assertThat(refused("{\"type\": \"symptom\"}").errors()).singleElement()
                .satisfies(error -> assertThat(error.field()).isEqualTo("symptom"));
        assertThat(refused("{\"type\": \"symptom\", \"symptom\": \"headache\"}").errors()).singleElement()
                .satisfies(error -> assertThat(error.problem()).startsWith("unknown symptom 'headache'"));
    }

    @Test
    void a_skin_change_needs_a_known_change() {
        assertThat(refused("{\"type\": \"skin_change\", \"change\": \"itchy\"}").errors()).singleElement()
                .satisfies(error -> assertThat(error.problem())
                        .isEqualTo("unknown skin change 'itchy'; one of redness, swelling, bruising, other"));
    }

    @Test
    void unknown_fields_are_refused_so_a_misspelt_report_is_never_lost() {
        assertThat(refused("{\"type\": \"symptom\", \"symptom\": \"fever\", \"symtom\": \"dizziness\"}").errors())
                .containsExactly(new FieldError("symtom", "unknown field"));
    }

    @Test
    void a_time_that_is_not_an_instant_is_refused() {
        assertThat(refused("{\"type\": \"start\", \"at\": \"yesterday\"}").errors()).singleElement()
                .satisfies(error -> assertThat(error.field()).isEqualTo("at"));
        assertThat(refused("{\"type\": \"start\", \"at\": 12}").errors()).singleElement()
                .satisfies(error -> assertThat(error.field()).isEqualTo("at"));
    }

    @Test
    void every_problem_is_reported_at_once() {
        assertThat(refused("{\"type\": \"pressure_report\", \"value\": 12, \"at\": \"soon\", \"extra\": 1}").errors())
                .extracting(FieldError::field).containsExactlyInAnyOrder("value", "at", "extra");
    }

    @Test
    void a_document_that_is_not_an_object_or_not_json_is_refused() {
        assertThatThrownBy(() -> SessionEventReader.read("[1]")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SessionEventReader.read("{\"type\": ")).isInstanceOf(InvalidInputException.class);
    }
}
