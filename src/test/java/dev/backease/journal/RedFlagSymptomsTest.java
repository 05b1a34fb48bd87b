package dev.backease.journal;

import static dev.backease.content.Symptom.*;
import static dev.backease.journal.Journals.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.screening.Referral;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedFlagSymptomsTest {
    private final RedFlagSymptoms rule = new RedFlagSymptoms("999");

    @Test
    void bladder_changes_in_a_check_in_send_the_person_to_emergency_care_with_the_local_number() {
        List<Finding> findings = rule.check(history(days(1), checkIn(days(1), 4, BLADDER_OR_BOWEL_CHANGE)));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.referral()).isEqualTo(Referral.EMERGENCY);
            assertThat(f.action()).startsWith("Call 999");
            assertThat(f.reason().rule()).isEqualTo("red_flag_in_check_in");
            assertThat(f.reason().message()).contains("bladder or bowel change");
        });
    }

    @Test
    void fever_means_calling_a_doctor_today() {
        assertThat(rule.check(history(days(1), checkIn(days(1), 4, FEVER))))
                .extracting(Finding::referral).containsExactly(Referral.URGENT);
    }

    @Test
    void pain_down_a_leg_means_seeing_a_doctor_soon() {
        assertThat(rule.check(history(days(1), checkIn(days(1), 4, PAIN_DOWN_LEG))))
                .extracting(Finding::referral).containsExactly(Referral.SOON);
    }

    @Test
    void a_red_flag_older_than_14_days_still_earns_a_routine_reminder() {
        assertThat(rule.check(history(days(15), checkIn(days(0), 4, SADDLE_NUMBNESS))))
                .singleElement().satisfies(f -> {
                    assertThat(f.referral()).isEqualTo(Referral.ROUTINE);
                    assertThat(f.action()).contains("saddle numbness");
                });
    }

    @Test
    void a_red_flag_exactly_14_days_old_still_counts_as_recent() {
        assertThat(rule.check(history(days(14), checkIn(days(0), 4, CHEST_PAIN))))
                .extracting(Finding::referral).containsExactly(Referral.EMERGENCY);
    }

    @Test
    void symptoms_of_different_urgency_are_reported_most_urgent_first() {
        assertThat(rule.check(history(days(1), checkIn(days(1), 4, DIZZINESS, LEG_WEAKNESS, UNEXPLAINED_WEIGHT_LOSS))))
                .extracting(Finding::referral)
                .containsExactly(Referral.EMERGENCY, Referral.URGENT, Referral.SOON);
    }

    @Test
    void symptoms_written_in_a_session_entry_count_too() {
        assertThat(rule.check(history(days(1), session(days(1), 4, 2).withSymptoms(java.util.Set.of(LEG_TINGLING)))))
                .extracting(Finding::referral).containsExactly(Referral.URGENT);
    }
}
