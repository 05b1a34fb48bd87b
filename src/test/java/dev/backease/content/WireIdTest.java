package dev.backease.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.screening.Clinician;
import dev.backease.screening.Decision;
import dev.backease.screening.Referral;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WireIdTest {
    private static final List<Class<? extends Enum<?>>> TYPES = List.of(Mode.class, Symptom.class, Condition.class,
            Tool.class, Injury.class, PainCharacter.class, Trend.class, TechniqueKind.class, Decision.class,
            Referral.class, Clinician.class);

    @Test
    void every_word_is_the_lower_case_name_and_parses_back_to_its_constant() {
        for (Class<? extends Enum<?>> type : TYPES) {
            for (Enum<?> constant : type.getEnumConstants()) {
                String word = ((WireId) constant).id();
                assertThat(word).isEqualTo(constant.name().toLowerCase(Locale.ROOT));
                assertThat(parse(type, word).orElse(null)).as(word).isSameAs(constant);
            }
        }
    }

    @Test
    void only_the_exact_word_parses() {
        assertThat(WireId.parse(Symptom.class, "saddle_numbness")).contains(Symptom.SADDLE_NUMBNESS);
        assertThat(WireId.parse(Symptom.class, "Saddle_Numbness")).isEmpty();
        assertThat(WireId.parse(Symptom.class, "SADDLE_NUMBNESS")).isEmpty();
        assertThat(WireId.parse(Symptom.class, "saddle numbness")).isEmpty();
        assertThat(WireId.parse(Symptom.class, "")).isEmpty();
        assertThat(WireId.parse(Symptom.class, null)).isEmpty();
        // A word of another type is not a word of this one.
        assertThat(WireId.parse(Symptom.class, "tennis_ball")).isEmpty();
        assertThat(WireId.parse(Tool.class, "tennis_ball")).contains(Tool.TENNIS_BALL);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static java.util.Optional<?> parse(Class type, String word) {
        return WireId.parse(type, word);
    }
}
