package dev.backease.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever arrives, the reader answers with an intake or a list of problems, never anything else. */
class IntakeReaderFuzzTest {
    private static final String VALID = """
            {"mode":"partner","pain":{"intensity":4,"character":["aching"],"durationDays":3,"trend":"same",
             "daysOfSelfCareWithoutImprovement":null},"injury":"none","symptoms":["fever"],"conditions":[],
             "clearances":[],"giver":{"pregnant":false},"canLieFaceDown":true,"tools":["tennis_ball"],
             "minutesAvailable":10,"comfortMax":6}
            """;

    private static void readsOrRefuses(byte[] input) {
        try {
            assertThat(IntakeReader.read(input)).isNotNull();
        } catch (InvalidInputException e) {
            assertThat(e.errors()).isNotEmpty().allSatisfy(error -> {
                assertThat(error.field()).isNotNull();
                assertThat(error.problem()).isNotBlank();
            });
        }
    }

    @Property(tries = 500)
    void any_bytes_are_read_or_refused(@ForAll byte[] input) {
        readsOrRefuses(input);
    }

    @Property(tries = 500)
    void any_text_is_read_or_refused(@ForAll String input) {
        readsOrRefuses(input.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 1000)
    void a_mutated_valid_intake_is_read_or_refused(@ForAll("mutations") String input) {
        readsOrRefuses(input.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> mutations() {
        Arbitrary<String> piece = Arbitraries.of("{", "}", "[", "]", ",", ":", "\"", "null", "-1", "1e400",
                "\"x\"", "true", "0.5", "\\u0000", "\"mode\":\"self\",", "99999999999999999999", "");
        Arbitrary<Edit> edit = net.jqwik.api.Combinators.combine(
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 3), piece).as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(4).map(edits -> {
            String text = VALID;
            for (Edit e : edits) {
                text = e.apply(text);
            }
            return text;
        });
    }

    /** Replace a few characters at a relative position with a JSON-ish piece. */
    private record Edit(double where, int cut, String piece) {
        String apply(String text) {
            int at = (int) (where * text.length());
            int end = Math.min(text.length(), at + cut);
            return text.substring(0, at) + piece + text.substring(end);
        }
    }
}
