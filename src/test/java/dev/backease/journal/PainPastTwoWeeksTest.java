package dev.backease.journal;

import static dev.backease.journal.Journals.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.screening.Referral;
import org.junit.jupiter.api.Test;

class PainPastTwoWeeksTest {
    private final PainPastTwoWeeks rule = new PainPastTwoWeeks();

    @Test
    void pain_for_15_days_calls_for_professional_care() {
        assertThat(rule.check(history(days(15), checkIn(days(0), 6), checkIn(days(7), 3), checkIn(days(15), 2))))
                .singleElement().satisfies(f -> {
                    assertThat(f.referral()).isEqualTo(Referral.ROUTINE);
                    assertThat(f.reason().rule()).isEqualTo("pain_past_two_weeks");
                    assertThat(f.reason().source()).isEqualTo("When to Seek Professional Help");
                    assertThat(f.reason().message()).contains("15 days");
                });
    }

    @Test
    void pain_for_exactly_14_days_is_not_more_than_two_weeks() {
        assertThat(rule.check(history(days(14), checkIn(days(0), 6), checkIn(days(14), 2)))).isEmpty();
    }

    @Test
    void a_pain_free_entry_starts_the_count_again() {
        assertThat(rule.check(history(days(20), checkIn(days(0), 6), checkIn(days(8), 0), checkIn(days(20), 2))))
                .isEmpty();
    }

    @Test
    void no_pain_now_does_not_fire() {
        assertThat(rule.check(history(days(20), checkIn(days(0), 6), checkIn(days(20), 0)))).isEmpty();
    }
}
