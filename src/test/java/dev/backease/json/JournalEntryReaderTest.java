package dev.backease.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backease.content.Symptom;
import dev.backease.journal.EntryKind;
import dev.backease.journal.JournalEntry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class JournalEntryReaderTest {
    private final JournalEntryReader reader =
            new JournalEntryReader(Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void the_contract_example_is_read() {
        JournalEntry entry = reader.read("""
                {"at": "2026-11-20T18:30:00Z", "kind": "session", "sessionId": null,
                 "painBefore": 5, "painAfter": 3, "painLevel": null, "soreness": false, "symptoms": [],
                 "techniques": ["effleurage"], "helped": ["effleurage"], "notes": ""}""");

        assertThat(entry.at()).isEqualTo(Instant.parse("2026-11-20T18:30:00Z"));
        assertThat(entry.kind()).isEqualTo(EntryKind.SESSION);
        assertThat(entry.painBefore()).isEqualTo(5);
        assertThat(entry.painAfter()).isEqualTo(3);
        assertThat(entry.helped()).containsExactly("effleurage");
        assertThat(entry.id()).isNull();
    }

    @Test
    void a_minimal_check_in_with_symptoms_is_read() {
        JournalEntry entry = reader.read("""
                {"at": "2026-11-21T09:00:00+01:00", "kind": "check_in", "painLevel": 4, "soreness": true,
                 "symptoms": ["fever"]}""");

        assertThat(entry.at()).isEqualTo(Instant.parse("2026-11-21T08:00:00Z"));
        assertThat(entry.soreness()).isTrue();
        assertThat(entry.symptoms()).containsExactly(Symptom.FEVER);
    }

    @Test
    void an_unknown_field_is_refused_by_name() {
        assertThat(errors("""
                {"at": "2026-11-20T18:30:00Z", "kind": "check_in", "painLevel": 4, "sorenes": true}"""))
                .containsExactly(new FieldError("sorenes", "unknown field"));
    }

    @Test
    void an_unknown_symptom_is_refused_by_position() {
        assertThat(errors("""
                {"at": "2026-11-20T18:30:00Z", "kind": "check_in", "painLevel": 4, "symptoms": ["fever", "headache"]}"""))
                .singleElement().satisfies(e -> {
                    assertThat(e.field()).isEqualTo("symptoms[1]");
                    assertThat(e.problem()).startsWith("unknown symptom 'headache'; one of leg_numbness");
                });
    }

    @Test
    void pain_out_of_range_must_be_0_to_10() {
        assertThat(errors("""
                {"at": "2026-11-20T18:30:00Z", "kind": "session", "painBefore": 12, "painAfter": 3}"""))
                .containsExactly(new FieldError("painBefore", "must be 0 to 10"));
    }

    @Test
    void pain_that_is_not_a_number_is_refused() {
        assertThat(errors("""
                {"at": "2026-11-20T18:30:00Z", "kind": "session", "painBefore": "five", "painAfter": 3.5}"""))
                .containsExactly(new FieldError("painBefore", "must be a whole number 0 to 10"),
                        new FieldError("painAfter", "must be a whole number 0 to 10"));
    }

    @Test
    void a_time_that_is_not_an_instant_is_explained() {
        assertThat(errors("""
                {"at": "20/11/2026", "kind": "check_in", "painLevel": 2}"""))
                .containsExactly(new FieldError("at", "must be an ISO-8601 instant like 2026-11-20T18:30:00Z"));
    }

    @Test
    void a_date_in_the_future_is_refused() {
        assertThat(errors("""
                {"at": "2026-12-24T18:30:00Z", "kind": "check_in", "painLevel": 2}"""))
                .containsExactly(new FieldError("at", "must not be in the future"));
    }

    @Test
    void every_problem_is_reported_at_once() {
        assertThat(errors("""
                {"kind": "session", "painBefore": 5, "painLevel": 3, "colour": "red"}"""))
                .extracting(FieldError::field)
                .containsExactlyInAnyOrder("colour", "at", "painAfter", "painLevel");
    }

    @Test
    void a_client_cannot_choose_the_id() {
        assertThat(errors("""
                {"id": "mine", "at": "2026-11-20T18:30:00Z", "kind": "check_in", "painLevel": 2}"""))
                .containsExactly(new FieldError("id", "is assigned by BackEase; leave it out"));
    }

    @Test
    void text_that_is_not_json_is_refused_without_a_stack_trace() {
        assertThat(errors("{\"at\": ")).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("$");
            assertThat(e.problem()).startsWith("not valid JSON");
        });
    }

    @Test
    void a_list_instead_of_an_object_is_refused() {
        assertThat(errors("[]")).containsExactly(new FieldError("$", "must be a JSON object"));
    }

    @Test
    void an_as_of_parameter_that_is_not_a_time_names_the_parameter() {
        assertThatThrownBy(() -> JournalEntryReader.instantParameter("asOf", "yesterday"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).containsExactly(
                        new FieldError("asOf", "must be an ISO-8601 instant like 2026-11-20T18:30:00Z")));
        assertThat(JournalEntryReader.instantParameter("asOf", null)).isNull();
    }

    private List<FieldError> errors(String json) {
        try {
            reader.read(json);
        } catch (InvalidInputException e) {
            return e.errors();
        }
        throw new AssertionError("expected the entry to be refused: " + json);
    }
}
