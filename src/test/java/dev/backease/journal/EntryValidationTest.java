package dev.backease.journal;

import static dev.backease.journal.Journals.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntryValidationTest {
    private final Clock clock = Clock.fixed(days(5), ZoneOffset.UTC);
    private final EntryValidation validation = new EntryValidation(clock);

    @Test
    void a_complete_session_entry_is_accepted() {
        assertThat(validation.problems(session(days(4), 5, 3, List.of("effleurage"), List.of("effleurage")))).isEmpty();
    }

    @Test
    void an_entry_dated_in_the_future_is_refused() {
        assertThat(validation.problems(checkIn(days(5).plus(Duration.ofMinutes(6)), 3)))
                .containsExactly(new EntryProblem("at", "must not be in the future"));
    }

    @Test
    void a_clock_a_few_minutes_ahead_is_tolerated() {
        assertThat(validation.problems(checkIn(days(5).plus(Duration.ofMinutes(4)), 3))).isEmpty();
    }

    @Test
    void pain_outside_0_to_10_is_refused() {
        assertThat(validation.problems(session(days(4), -1, 11))).containsExactly(
                new EntryProblem("painBefore", "must be 0 to 10"), new EntryProblem("painAfter", "must be 0 to 10"));
    }

    @Test
    void a_session_entry_needs_pain_before_and_after() {
        JournalEntry entry = new JournalEntry(null, days(4), EntryKind.SESSION, null, null, null, null, false,
                null, null, null, null);
        assertThat(validation.problems(entry)).extracting(EntryProblem::field).containsExactly("painBefore", "painAfter");
    }

    @Test
    void a_check_in_needs_a_pain_level_and_no_session_fields() {
        JournalEntry entry = new JournalEntry(null, days(4), EntryKind.CHECK_IN, null, 4, 2, null, false,
                null, null, null, null);
        assertThat(validation.problems(entry)).extracting(EntryProblem::field)
                .containsExactly("painLevel", "painBefore", "painAfter");
    }

    @Test
    void a_session_entry_may_not_carry_check_in_fields() {
        JournalEntry entry = new JournalEntry(null, days(4), EntryKind.SESSION, null, 4, 2, 3, true,
                null, null, null, null);
        assertThat(validation.problems(entry)).extracting(EntryProblem::field).containsExactly("painLevel", "soreness");
    }

    @Test
    void a_technique_that_helped_must_have_been_used() {
        assertThat(validation.problems(session(days(4), 5, 3, List.of("effleurage"), List.of("effleurage", "heat"))))
                .containsExactly(new EntryProblem("helped[1]", "must also be listed in techniques"));
    }

    @Test
    void an_unknown_technique_is_refused_by_position() {
        assertThat(validation.problems(session(days(4), 5, 3, List.of("heat", "efleurage"), List.of())))
                .containsExactly(new EntryProblem("techniques[1]", "is not a known technique id"));
    }

    @Test
    void notes_longer_than_2000_characters_are_refused() {
        JournalEntry entry = new JournalEntry(null, days(4), EntryKind.CHECK_IN, null, null, null, 3, false,
                null, null, null, "x".repeat(2001));
        assertThat(validation.problems(entry)).containsExactly(new EntryProblem("notes", "must be at most 2000 characters"));
    }

    @Test
    void a_missing_time_and_kind_are_both_reported() {
        JournalEntry entry = new JournalEntry(null, null, null, null, null, null, null, false, null, null, null, null);
        assertThat(validation.problems(entry)).extracting(EntryProblem::field).containsExactly("at", "kind");
    }
}
