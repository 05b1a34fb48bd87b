package dev.backease.journal;

import static dev.backease.journal.Journals.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.screening.Referral;
import org.junit.jupiter.api.Test;

class ReturnsAgainAndAgainTest {
    private final ReturnsAgainAndAgain rule = new ReturnsAgainAndAgain();

    @Test
    void relief_that_is_lost_three_times_needs_a_professional_look() {
        History history = history(days(4),
                session(days(0), 5, 2), session(days(1), 5, 2), session(days(2), 6, 3), checkIn(days(3), 6));

        assertThat(rule.check(history)).singleElement().satisfies(f -> {
            assertThat(f.referral()).isEqualTo(Referral.ROUTINE);
            assertThat(f.reason().rule()).isEqualTo("returns_again_and_again");
            assertThat(f.reason().message()).contains("3 times");
        });
    }

    @Test
    void relief_lost_only_twice_is_not_yet_a_pattern() {
        History history = history(days(4),
                session(days(0), 5, 2), session(days(1), 5, 2), session(days(2), 6, 3), checkIn(days(3), 2));

        assertThat(rule.check(history)).isEmpty();
    }

    @Test
    void pain_that_comes_back_lower_each_time_is_healing_not_returning() {
        History history = history(days(4),
                session(days(0), 6, 2), session(days(1), 5, 2), session(days(2), 4, 1), checkIn(days(3), 3));

        assertThat(rule.check(history)).isEmpty();
    }
}
