package dev.backease.journal;

import static dev.backease.journal.Journals.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.screening.Referral;
import org.junit.jupiter.api.Test;

class WorseAfterSessionTest {
    private final WorseAfterSession rule = new WorseAfterSession();

    @Test
    void pain_above_the_starting_level_25_hours_after_a_session_needs_follow_up_soon() {
        assertThat(rule.check(history(hours(30), session(hours(0), 4, 2), checkIn(hours(25), 5))))
                .singleElement().satisfies(f -> {
                    assertThat(f.referral()).isEqualTo(Referral.SOON);
                    assertThat(f.reason().rule()).isEqualTo("worse_24_hours_after_session");
                    assertThat(f.reason().source()).isEqualTo("Signs to Stop the Massage");
                });
    }

    @Test
    void pain_above_the_starting_level_23_hours_after_is_too_early_to_judge() {
        assertThat(rule.check(history(hours(30), session(hours(0), 4, 2), checkIn(hours(23), 5)))).isEmpty();
    }

    @Test
    void pain_back_at_the_starting_level_is_not_worse() {
        assertThat(rule.check(history(hours(30), session(hours(0), 4, 2), checkIn(hours(25), 4)))).isEmpty();
    }

    @Test
    void worse_pain_long_ago_still_earns_a_routine_reminder() {
        assertThat(rule.check(history(days(30), session(hours(0), 4, 2), checkIn(hours(25), 7))))
                .extracting(Finding::referral).containsExactly(Referral.ROUTINE);
    }
}
