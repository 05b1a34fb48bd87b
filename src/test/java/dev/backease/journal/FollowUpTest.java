package dev.backease.journal;

import static dev.backease.content.Symptom.*;
import static dev.backease.journal.Journals.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.screening.Reason;
import dev.backease.screening.Referral;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpTest {
    private final FollowUp followUp = FollowUp.standard();

    @Test
    void a_calm_journal_needs_no_professional_and_says_so() {
        Advice advice = followUp.advise(hours(30), List.of(session(hours(0), 4, 2), checkIn(hours(26), 2)));

        assertThat(advice.referral()).isEqualTo(Referral.NONE);
        assertThat(advice.asOf()).isEqualTo(hours(30));
        assertThat(advice.reasons()).isEmpty();
        assertThat(advice.actions()).singleElement().asString().contains("5-15 minutes");
    }

    @Test
    void entries_written_after_as_of_are_ignored() {
        List<JournalEntry> journal = List.of(session(hours(0), 4, 2), checkIn(hours(26), 2, CHEST_PAIN));

        assertThat(followUp.advise(hours(25), journal).referral()).isEqualTo(Referral.NONE);
        assertThat(followUp.advise(hours(26), journal).referral()).isEqualTo(Referral.EMERGENCY);
    }

    @Test
    void the_most_urgent_finding_wins_and_its_action_comes_first() {
        Advice advice = followUp.advise(hours(50), List.of(
                session(hours(0), 4, 2), soreCheckIn(hours(49), 3, FEVER)));

        assertThat(advice.referral()).isEqualTo(Referral.URGENT);
        assertThat(advice.actions().get(0)).contains("Call a doctor today");
        assertThat(advice.reasons()).extracting(Reason::rule)
                .containsExactly("red_flag_in_check_in", "soreness_past_48_hours");
    }

    @Test
    void the_default_emergency_number_is_112() {
        Advice advice = followUp.advise(days(1), List.of(checkIn(days(1), 3, SHORTNESS_OF_BREATH)));

        assertThat(advice.actions().get(0)).startsWith("Call 112");
    }

    @Test
    void every_rule_has_an_id_and_a_guide_section() {
        assertThat(followUp.rules()).extracting(FollowUpRule::id).doesNotHaveDuplicates().hasSize(7);
        assertThat(followUp.rules()).extracting(FollowUpRule::source).containsOnly(
                "Stretching and Aftercare", "Signs to Stop the Massage", "When to Seek Professional Help",
                "Identifying Persistent or Severe Pain");
    }

    @Test
    void every_reason_names_the_source_of_its_rule() {
        Advice advice = followUp.advise(days(16), Journals.dailyCheckIns(2, 3, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 6));

        assertThat(advice.referral()).isEqualTo(Referral.ROUTINE);
        assertThat(advice.reasons()).extracting(Reason::rule)
                .containsExactlyInAnyOrder("pain_past_two_weeks", "no_improvement_10_to_14_days");
        assertThat(advice.reasons()).allSatisfy(r -> assertThat(r.source()).isNotBlank());
    }

    private static JournalEntry soreCheckIn(java.time.Instant at, int pain, dev.backease.content.Symptom symptom) {
        return Journals.soreCheckIn(at, pain).withSymptoms(java.util.Set.of(symptom));
    }
}
