package dev.backease.journal;

import static dev.backease.content.Symptom.LEG_WEAKNESS;
import static dev.backease.journal.Journals.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backease.account.AccountId;
import dev.backease.screening.Referral;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class UseCasesTest {
    private final Clock clock = Clock.fixed(days(3), ZoneOffset.UTC);
    private final JournalEntries journal = new InMemoryJournalEntries();
    private final RecordingEntry recording = new RecordingEntry(journal, new EntryValidation(clock));
    private final GivingAdvice advice = new GivingAdvice(journal, FollowUp.standard(), clock);
    private final AccountId owner = new AccountId("alice");

    @Test
    void a_valid_entry_is_saved_for_its_owner() {
        JournalEntry saved = recording.record(owner, session(days(2), 5, 3));

        assertThat(journal.find(owner, saved.id())).contains(saved);
    }

    @Test
    void an_invalid_entry_is_refused_and_nothing_is_saved() {
        assertThatThrownBy(() -> recording.record(owner, session(days(2), 11, 3)))
                .isInstanceOf(InvalidEntryException.class)
                .hasMessageContaining("painBefore must be 0 to 10");
        assertThat(journal.all(owner)).isEmpty();
    }

    @Test
    void advice_now_sees_the_latest_check_in() {
        recording.record(owner, checkIn(days(2), 4, LEG_WEAKNESS));

        assertThat(advice.now(owner).referral()).isEqualTo(Referral.EMERGENCY);
        assertThat(advice.asOf(owner, days(1)).referral()).isEqualTo(Referral.NONE);
    }

    @Test
    void one_accounts_red_flag_never_shows_in_anothers_advice() {
        recording.record(owner, checkIn(days(2), 4, LEG_WEAKNESS));

        assertThat(advice.now(new AccountId("bob")).referral()).isEqualTo(Referral.NONE);
    }

    @Test
    void progress_gives_the_planner_what_helped() {
        recording.record(owner, session(days(1), 5, 2, java.util.List.of("heat", "pelvic_tilt"), java.util.List.of("heat")));

        assertThat(new TrackingProgress(journal, clock).preference(owner).preferredTechniques())
                .containsExactly("heat", "pelvic_tilt");
    }
}
