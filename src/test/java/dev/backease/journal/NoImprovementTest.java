package dev.backease.journal;

import static dev.backease.journal.Journals.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.screening.Referral;
import org.junit.jupiter.api.Test;

class NoImprovementTest {
    private final NoImprovement rule = new NoImprovement();

    @Test
    void the_same_pain_10_days_later_is_no_improvement() {
        assertThat(rule.check(history(days(10), checkIn(days(0), 5), checkIn(days(10), 5))))
                .singleElement().satisfies(f -> {
                    assertThat(f.referral()).isEqualTo(Referral.ROUTINE);
                    assertThat(f.reason().rule()).isEqualTo("no_improvement_10_to_14_days");
                    assertThat(f.reason().source()).isEqualTo("Identifying Persistent or Severe Pain");
                });
    }

    @Test
    void nine_days_is_too_short_to_call_it_no_improvement() {
        assertThat(rule.check(history(days(9), checkIn(days(0), 5), checkIn(days(9), 5)))).isEmpty();
    }

    @Test
    void pain_that_went_down_over_10_days_is_improving() {
        assertThat(rule.check(history(days(10), checkIn(days(0), 5), checkIn(days(10), 4)))).isEmpty();
    }

    @Test
    void no_pain_now_means_nothing_to_improve() {
        assertThat(rule.check(history(days(12), checkIn(days(0), 0), checkIn(days(12), 0)))).isEmpty();
    }

    @Test
    void a_session_counts_by_its_pain_before_the_massage() {
        assertThat(rule.check(history(days(11), session(days(0), 5, 1), session(days(11), 5, 1)))).hasSize(1);
    }
}
