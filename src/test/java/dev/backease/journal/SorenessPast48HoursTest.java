package dev.backease.journal;

import static dev.backease.journal.Journals.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.screening.Referral;
import java.util.List;
import org.junit.jupiter.api.Test;

class SorenessPast48HoursTest {
    private final SorenessPast48Hours rule = new SorenessPast48Hours();

    @Test
    void soreness_49_hours_after_a_session_calls_for_a_professional() {
        List<Finding> findings = rule.check(history(hours(50), session(hours(0), 5, 3), soreCheckIn(hours(49), 3)));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.referral()).isEqualTo(Referral.ROUTINE);
            assertThat(f.reason().rule()).isEqualTo("soreness_past_48_hours");
            assertThat(f.reason().source()).isEqualTo("Stretching and Aftercare");
            assertThat(f.reason().message()).contains("49 hours");
        });
    }

    @Test
    void soreness_47_hours_after_a_session_is_still_expected() {
        assertThat(rule.check(history(hours(50), session(hours(0), 5, 3), soreCheckIn(hours(47), 3)))).isEmpty();
    }

    @Test
    void soreness_exactly_48_hours_after_is_not_more_than_48_hours() {
        assertThat(rule.check(history(hours(50), session(hours(0), 5, 3), soreCheckIn(hours(48), 3)))).isEmpty();
    }

    @Test
    void time_counts_from_the_latest_session_before_the_check_in() {
        History history = history(hours(80),
                session(hours(0), 5, 3), session(hours(40), 4, 2), soreCheckIn(hours(60), 3));

        assertThat(rule.check(history)).isEmpty();
    }

    @Test
    void a_check_in_naming_its_session_counts_from_that_session() {
        History history = history(hours(80),
                session(hours(0), 5, 3).withSessionId("s-1"), session(hours(40), 4, 2),
                soreCheckIn(hours(60), 3).withSessionId("s-1"));

        assertThat(rule.check(history)).hasSize(1);
    }

    @Test
    void lasting_soreness_from_weeks_ago_is_still_worth_a_visit() {
        assertThat(rule.check(history(days(40), session(hours(0), 5, 3), soreCheckIn(hours(60), 3))))
                .extracting(Finding::referral).containsExactly(Referral.ROUTINE);
    }

    @Test
    void a_check_in_without_soreness_does_not_fire() {
        assertThat(rule.check(history(hours(80), session(hours(0), 5, 3), checkIn(hours(72), 3)))).isEmpty();
    }

    @Test
    void soreness_with_no_session_before_it_has_nothing_to_count_from() {
        assertThat(rule.check(history(hours(80), soreCheckIn(hours(72), 3)))).isEmpty();
    }
}
