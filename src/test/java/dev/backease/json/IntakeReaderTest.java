package dev.backease.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.backease.content.Condition;
import dev.backease.content.Injury;
import dev.backease.content.Mode;
import dev.backease.content.PainCharacter;
import dev.backease.content.Symptom;
import dev.backease.content.Tool;
import dev.backease.content.Trend;
import dev.backease.screening.Intake;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntakeReaderTest {
    private static final String MINIMAL = "{\"mode\":\"self\",\"pain\":{\"intensity\":4,\"durationDays\":3}}";

    private static List<FieldError> errorsOf(String json) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> IntakeReader.read(json));
        assertThat(e).as("expected %s to be refused", json).isNotNull();
        return e.errors();
    }

    private static String intakeWith(String extra) {
        return "{\"mode\":\"partner\",\"pain\":{\"intensity\":4,\"durationDays\":3}," + extra + "}";
    }

    @Test
    void a_minimal_intake_gets_the_safe_nothing_reported_values() {
        Intake intake = IntakeReader.read(MINIMAL);

        assertThat(intake).isEqualTo(Intake.minimal(Mode.SELF, 4, 3));
        assertThat(intake.injury()).isEqualTo(Injury.NONE);
        assertThat(intake.pain().trend()).isEqualTo(Trend.SAME);
        assertThat(intake.canLieFaceDown()).isTrue();
        assertThat(intake.minutesAvailable()).isEqualTo(10);
        assertThat(intake.comfortMax()).isEqualTo(6);
        assertThat(intake.pain().daysOfSelfCareWithoutImprovement()).isNull();
    }

    @Test
    void a_full_intake_is_read_field_by_field() {
        Intake intake = IntakeReader.read("""
                {"mode":"partner",
                 "pain":{"intensity":7,"character":["aching","sharp"],"durationDays":12,"trend":"worse",
                         "suddenOnset":true,"wakesAtNight":true,"limitsDailyActivities":true,"recurring":true,
                         "daysOfSelfCareWithoutImprovement":14},
                 "injury":"fall","symptoms":["fever"],"conditions":["pregnancy","blood_thinners"],
                 "clearances":["pregnancy"],"giver":{"pregnant":true},"canLieFaceDown":false,
                 "tools":["tennis_ball","massage_oil"],"minutesAvailable":20,"comfortMax":4}
                """);

        assertThat(intake.mode()).isEqualTo(Mode.PARTNER);
        assertThat(intake.pain().intensity()).isEqualTo(7);
        assertThat(intake.pain().character()).containsExactlyInAnyOrder(PainCharacter.ACHING, PainCharacter.SHARP);
        assertThat(intake.pain().durationDays()).isEqualTo(12);
        assertThat(intake.pain().trend()).isEqualTo(Trend.WORSE);
        assertThat(intake.pain().suddenOnset()).isTrue();
        assertThat(intake.pain().wakesAtNight()).isTrue();
        assertThat(intake.pain().limitsDailyActivities()).isTrue();
        assertThat(intake.pain().recurring()).isTrue();
        assertThat(intake.pain().daysOfSelfCareWithoutImprovement()).isEqualTo(14);
        assertThat(intake.injury()).isEqualTo(Injury.FALL);
        assertThat(intake.symptoms()).containsExactly(Symptom.FEVER);
        assertThat(intake.conditions()).containsExactlyInAnyOrder(Condition.PREGNANCY, Condition.BLOOD_THINNERS);
        assertThat(intake.clearances()).containsExactly(Condition.PREGNANCY);
        assertThat(intake.giverPregnant()).isTrue();
        assertThat(intake.canLieFaceDown()).isFalse();
        assertThat(intake.tools()).containsExactlyInAnyOrder(Tool.TENNIS_BALL, Tool.MASSAGE_OIL);
        assertThat(intake.minutesAvailable()).isEqualTo(20);
        assertThat(intake.comfortMax()).isEqualTo(4);
    }

    @Test
    void null_optional_answers_mean_not_reported() {
        Intake intake = IntakeReader.read("""
                {"mode":"self","pain":{"intensity":2,"durationDays":1,"trend":null,"character":null,
                 "daysOfSelfCareWithoutImprovement":null},
                 "injury":null,"symptoms":null,"giver":null,"canLieFaceDown":null,"minutesAvailable":null,
                 "comfortMax":null}
                """);

        assertThat(intake).isEqualTo(Intake.minimal(Mode.SELF, 2, 1));
    }

    @Test
    void repeated_words_in_a_list_are_harmless() {
        Intake intake = IntakeReader.read(intakeWith("\"symptoms\":[\"fever\",\"fever\"]"));

        assertThat(intake.symptoms()).containsExactly(Symptom.FEVER);
    }

    @Test
    void an_intensity_above_ten_names_the_field_and_the_range() {
        assertThat(errorsOf("{\"mode\":\"self\",\"pain\":{\"intensity\":11,\"durationDays\":3}}"))
                .containsExactly(new FieldError("pain.intensity", "must be 0 to 10"));
    }

    @Test
    void a_misspelt_symptom_names_its_position_and_the_allowed_words() {
        List<FieldError> errors = errorsOf(intakeWith("\"symptoms\":[\"fever\",\"fevr\"]"));

        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).field()).isEqualTo("symptoms[1]");
        assertThat(errors.get(0).problem()).startsWith("unknown symptom 'fevr'; one of leg_numbness,")
                .contains("bladder_or_bowel_change");
    }

    @Test
    void an_unknown_field_is_refused_so_a_misspelt_safety_answer_is_never_lost() {
        assertThat(errorsOf(intakeWith("\"symptom\":[\"fever\"]")))
                .containsExactly(new FieldError("symptom", "unknown field"));
        assertThat(errorsOf("{\"mode\":\"self\",\"pain\":{\"intensity\":4,\"durationDays\":3,\"severity\":9}}"))
                .containsExactly(new FieldError("pain.severity", "unknown field"));
        assertThat(errorsOf(intakeWith("\"giver\":{\"pregnant\":false,\"age\":30}")))
                .containsExactly(new FieldError("giver.age", "unknown field"));
        // Known fields sent as null still count as known; the unknown one beside them is still found.
        assertThat(errorsOf(intakeWith("\"injury\":null,\"symptoms\":null,\"conditons\":null")))
                .containsExactly(new FieldError("conditons", "unknown field"));
        assertThat(errorsOf(intakeWith("\"symptoms\":[\"fever\"],\"symptoms2\":[],\"Tools\":[]")))
                .containsExactly(new FieldError("symptoms2", "unknown field"), new FieldError("Tools", "unknown field"));
    }

    @Test
    void missing_required_answers_are_each_named() {
        assertThat(errorsOf("{}")).extracting(FieldError::field)
                .containsExactly("mode", "pain.intensity", "pain.durationDays");
        assertThat(errorsOf("{\"mode\":\"self\",\"pain\":{\"intensity\":null,\"durationDays\":2}}"))
                .containsExactly(new FieldError("pain.intensity", "is required"));
    }

    @Test
    void every_problem_is_reported_at_once() {
        List<FieldError> errors = errorsOf("""
                {"mode":"both","pain":{"intensity":-1,"durationDays":-2,"trend":"sideways"},
                 "minutesAvailable":4,"comfortMax":11,"canLieFaceDown":"yes","tools":"tennis_ball",
                 "conditions":["dvt",7],"clearances":["surgery"],"injury":"crash"}
                """);

        assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder(
                "mode", "pain.intensity", "pain.durationDays", "pain.trend", "minutesAvailable", "comfortMax",
                "canLieFaceDown", "tools", "conditions[1]", "clearances[0]", "injury");
        assertThat(errors).contains(
                new FieldError("minutesAvailable", "must be 5 to 60"),
                new FieldError("comfortMax", "must be 0 to 10"),
                new FieldError("pain.durationDays", "must be 0 to 36500"),
                new FieldError("canLieFaceDown", "must be true or false, not a string"),
                new FieldError("tools", "must be a list, not a string"));
        assertThat(errors).filteredOn(e -> e.field().equals("clearances[0]")).singleElement()
                .extracting(FieldError::problem).asString().startsWith("unknown condition 'surgery'");
    }

    @Test
    void numbers_must_be_whole_and_of_a_sane_size() {
        assertThat(errorsOf("{\"mode\":\"self\",\"pain\":{\"intensity\":4.5,\"durationDays\":3}}"))
                .containsExactly(new FieldError("pain.intensity", "must be a whole number"));
        assertThat(errorsOf("{\"mode\":\"self\",\"pain\":{\"intensity\":\"4\",\"durationDays\":3}}"))
                .containsExactly(new FieldError("pain.intensity", "must be a whole number, not a string"));
        assertThat(errorsOf("{\"mode\":\"self\",\"pain\":{\"intensity\":4,\"durationDays\":99999999999999999999}}"))
                .containsExactly(new FieldError("pain.durationDays", "must be 0 to 36500"));
        assertThat(errorsOf(intakeWith("\"minutesAvailable\":61"))).containsExactly(
                new FieldError("minutesAvailable", "must be 5 to 60"));
    }

    @Test
    void days_of_self_care_cannot_be_negative() {
        assertThat(errorsOf("{\"mode\":\"self\",\"pain\":{\"intensity\":4,\"durationDays\":3,"
                + "\"daysOfSelfCareWithoutImprovement\":-1}}"))
                .containsExactly(new FieldError("pain.daysOfSelfCareWithoutImprovement", "must be 0 to 36500"));
    }

    @Test
    void a_nested_answer_of_the_wrong_shape_is_named() {
        assertThat(errorsOf("{\"mode\":\"self\",\"pain\":4}"))
                .containsExactly(new FieldError("pain", "must be an object, not a number"));
        assertThat(errorsOf(intakeWith("\"giver\":{\"pregnant\":\"no\"}")))
                .containsExactly(new FieldError("giver.pregnant", "must be true or false, not a string"));
        assertThat(errorsOf(intakeWith("\"symptoms\":[null]"))).singleElement()
                .extracting(FieldError::field).isEqualTo("symptoms[0]");
    }

    @Test
    void a_repeated_key_is_refused_rather_than_silently_overwritten() {
        List<FieldError> errors = errorsOf("{\"mode\":\"self\",\"mode\":\"partner\",\"pain\":{\"intensity\":4,\"durationDays\":3}}");

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("$");
            assertThat(e.problem()).contains("Duplicate field 'mode'");
        });
    }

    @Test
    void malformed_json_gives_one_error_with_the_parsers_message_and_no_stack_trace() {
        List<FieldError> errors = errorsOf("{\"mode\":\"self\",");

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("$");
            assertThat(e.problem()).startsWith("not valid JSON: ").doesNotContain("\tat ").doesNotContain("Exception");
        });
    }

    @Test
    void a_document_that_is_not_an_object_is_refused() {
        assertThat(errorsOf("[1,2]")).containsExactly(new FieldError("$", "must be a JSON object, not a list"));
        assertThat(errorsOf("\"hello\"")).containsExactly(new FieldError("$", "must be a JSON object, not a string"));
        assertThat(errorsOf("")).singleElement().extracting(FieldError::problem).asString().contains("empty");
        assertThat(errorsOf("{} {}")).singleElement().extracting(FieldError::field).isEqualTo("$");
    }

    @Test
    void deeply_nested_input_is_refused_before_it_can_exhaust_the_stack() {
        assertThat(errorsOf("[".repeat(100_000))).singleElement().extracting(FieldError::problem).asString()
                .contains("nested");
    }

    @Test
    void an_echoed_word_is_kept_short_and_printable() {
        String longWord = "x".repeat(500) + "\u0007";
        FieldError error = errorsOf(intakeWith("\"injury\":\"" + longWord + "\"")).get(0);

        assertThat(error.problem()).hasSizeLessThan(200).doesNotContain("\u0007");
    }
}
