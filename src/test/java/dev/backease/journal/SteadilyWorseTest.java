package dev.backease.journal;

import static dev.backease.journal.Journals.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.screening.Referral;
import org.junit.jupiter.api.Test;

class SteadilyWorseTest {
    private final SteadilyWorse rule = new SteadilyWorse();

    @Test
    void three_rises_in_a_row_need_a_doctor_soon() {
        assertThat(rule.check(history(days(5), dailyCheckIns(2, 3, 4, 5))))
                .singleElement().satisfies(f -> {
                    assertThat(f.referral()).isEqualTo(Referral.SOON);
                    assertThat(f.reason().rule()).isEqualTo("steadily_worse");
                    assertThat(f.reason().source()).isEqualTo("Identifying Persistent or Severe Pain");
                });
    }

    @Test
    void two_rises_in_a_row_are_not_yet_a_trend() {
        assertThat(rule.check(history(days(5), dailyCheckIns(5, 2, 3, 4)))).isEmpty();
    }

    @Test
    void a_climb_of_three_points_over_five_entries_without_a_drop_is_a_trend() {
        assertThat(rule.check(history(days(5), dailyCheckIns(2, 2, 3, 3, 5)))).hasSize(1);
    }

    @Test
    void a_single_drop_breaks_the_trend() {
        assertThat(rule.check(history(days(5), dailyCheckIns(2, 3, 6, 5, 6)))).isEmpty();
    }
}
