package dev.backease.journal;

import static dev.backease.journal.Journals.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.backease.journal.Progress.TechniqueCount;
import dev.backease.journal.Progress.TechniqueResult;
import dev.backease.journal.Progress.WeekCount;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressReportTest {
    private static final List<JournalEntry> JOURNAL = List.of(
            session(days(0), 6, 3, List.of("effleurage", "petrissage"), List.of("effleurage")),
            session(days(1), 5, 4, List.of("petrissage", "ball_release"), List.of()),
            checkIn(days(1).plusSeconds(5 * 3600), 4),
            session(days(2), 5, 2, List.of("effleurage", "ball_release"), List.of("effleurage", "ball_release")),
            session(days(9), 4, 5, List.of("massage_gun"), List.of()),
            session(days(10), 3, 1, List.of("effleurage"), List.of("effleurage")),
            session(days(12), 3, 1, List.of("effleurage"), List.of("effleurage")));

    private final Progress progress = new ProgressReport(ZoneOffset.UTC).of(days(10).plusSeconds(7200), JOURNAL);

    @Test
    void the_pain_series_lists_every_entry_up_to_as_of_in_order() {
        assertThat(progress.pain()).hasSize(6);
        assertThat(progress.pain().get(0).painBefore()).isEqualTo(6);
        assertThat(progress.pain().get(0).painAfter()).isEqualTo(3);
        assertThat(progress.pain().get(2).kind()).isEqualTo(EntryKind.CHECK_IN);
        assertThat(progress.pain().get(2).painLevel()).isEqualTo(4);
    }

    @Test
    void sessions_are_counted_per_iso_week() {
        assertThat(progress.sessionsPerWeek()).containsExactly(new WeekCount("2026-W45", 3), new WeekCount("2026-W46", 2));
    }

    @Test
    void the_streak_counts_consecutive_days_with_a_session() {
        assertThat(progress.streakDays()).isEqualTo(2);
    }

    @Test
    void a_streak_survives_a_day_without_a_session_yet_but_not_a_missed_day() {
        ProgressReport report = new ProgressReport(ZoneOffset.UTC);
        assertThat(report.of(days(11).plusSeconds(3600), JOURNAL).streakDays()).isEqualTo(2);
        assertThat(report.of(days(12).minusSeconds(60), JOURNAL).streakDays()).isZero();
        assertThat(report.of(days(7), JOURNAL).streakDays()).isZero();
    }

    @Test
    void techniques_are_ranked_by_how_much_they_lowered_pain() {
        assertThat(progress.whatWorks()).extracting(TechniqueResult::technique)
                .containsExactly("effleurage", "ball_release", "petrissage", "massage_gun");
        TechniqueResult effleurage = progress.whatWorks().get(0);
        assertThat(effleurage.sessions()).isEqualTo(3);
        assertThat(effleurage.averageChange()).isCloseTo(8.0 / 3, within(1e-9));
        assertThat(effleurage.helpedCount()).isEqualTo(3);
        assertThat(progress.whatWorks().get(3).averageChange()).isEqualTo(-1.0);
    }

    @Test
    void the_techniques_marked_as_helped_are_counted() {
        assertThat(progress.helped()).containsExactly(
                new TechniqueCount("effleurage", 3), new TechniqueCount("ball_release", 1));
    }

    @Test
    void the_planner_hint_favours_what_helped_and_leaves_out_what_made_pain_worse() {
        assertThat(progress.preference().preferredTechniques())
                .containsExactly("effleurage", "ball_release", "petrissage");
    }

    @Test
    void an_empty_journal_has_no_progress_yet() {
        Progress empty = new ProgressReport(ZoneOffset.UTC).of(days(1), List.of());
        assertThat(empty.pain()).isEmpty();
        assertThat(empty.streakDays()).isZero();
        assertThat(empty.preference().preferredTechniques()).isEmpty();
    }
}
