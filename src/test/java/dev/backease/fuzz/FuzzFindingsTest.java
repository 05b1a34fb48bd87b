package dev.backease.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.backease.json.FieldError;
import dev.backease.json.InvalidInputException;
import dev.backease.json.SessionEventReader;
import org.junit.jupiter.api.Test;

/**
 * What a person sees for the inputs fuzzing found crashes with (the raw inputs are also replayed by
 * the fuzz tests from their Inputs folders). Each one used to be a 500.
 */
class FuzzFindingsTest {
    @Test
    void a_session_event_with_an_unknown_type_and_a_detail_field_is_refused_naming_the_type() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> SessionEventReader.read("{\"type\": \"skin_cha\", \"change\": \"redness\"}"));

        assertThat(refused.errors()).extracting(FieldError::field).contains("type");
    }

    @Test
    void a_session_event_with_no_type_but_a_detail_field_is_refused_naming_the_type() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> SessionEventReader.read("{\"value\": 3}"));

        assertThat(refused.errors()).extracting(FieldError::field).contains("type");
    }
}
