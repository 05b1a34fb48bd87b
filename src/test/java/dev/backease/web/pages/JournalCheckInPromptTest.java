package dev.backease.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.journal.JournalEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JournalCheckInPromptTest {
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private static JournalEntry sessionAgo(Duration ago) {
        return JournalEntry.session(NOW.minus(ago), 5, 3);
    }

    @Test
    void nobody_is_asked_before_their_first_session() {
        assertThat(JournalCheckInPrompt.due(List.of(), NOW)).isFalse();
        assertThat(JournalCheckInPrompt.due(List.of(JournalEntry.checkIn(NOW.minusSeconds(60), 2, false)), NOW)).isFalse();
    }

    @Test
    void the_question_comes_from_one_day_until_three_days_after_the_last_session() {
        assertThat(JournalCheckInPrompt.due(List.of(sessionAgo(Duration.ofHours(23))), NOW)).isFalse();
        assertThat(JournalCheckInPrompt.due(List.of(sessionAgo(Duration.ofDays(1))), NOW)).isTrue();
        assertThat(JournalCheckInPrompt.due(List.of(sessionAgo(Duration.ofDays(3))), NOW)).isTrue();
        assertThat(JournalCheckInPrompt.due(List.of(sessionAgo(Duration.ofDays(3).plusMinutes(1))), NOW)).isFalse();
    }

    @Test
    void a_check_in_after_the_session_answers_the_question_but_one_before_it_does_not() {
        JournalEntry session = sessionAgo(Duration.ofDays(2));
        JournalEntry after = JournalEntry.checkIn(NOW.minus(Duration.ofDays(1)), 2, false);
        JournalEntry before = JournalEntry.checkIn(NOW.minus(Duration.ofDays(3)), 2, false);
        assertThat(JournalCheckInPrompt.due(List.of(session, after), NOW)).isFalse();
        assertThat(JournalCheckInPrompt.due(List.of(before, session), NOW)).isTrue();
    }

    @Test
    void only_the_latest_session_counts() {
        assertThat(JournalCheckInPrompt.due(List.of(sessionAgo(Duration.ofDays(2)), sessionAgo(Duration.ofHours(2))),
                NOW)).isFalse();
    }
}
