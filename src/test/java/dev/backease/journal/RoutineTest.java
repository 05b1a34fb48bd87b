package dev.backease.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutineTest {
    @Test
    void the_guide_default_is_ten_minutes_morning_and_evening() {
        Routine routine = Routine.guideDefault();
        assertThat(routine.minutes()).isEqualTo(10);
        assertThat(routine.reminders()).containsExactly(LocalTime.of(8, 0), LocalTime.of(19, 0));
    }

    @Test
    void reminders_repeat_every_day_in_time_order() {
        Routine routine = new Routine(List.of(LocalTime.of(20, 0), LocalTime.of(7, 30)), 5);
        assertThat(routine.occurrences(LocalDate.of(2026, 11, 2), 2)).containsExactly(
                LocalDateTime.of(2026, 11, 2, 7, 30), LocalDateTime.of(2026, 11, 2, 20, 0),
                LocalDateTime.of(2026, 11, 3, 7, 30), LocalDateTime.of(2026, 11, 3, 20, 0));
    }

    @Test
    void a_session_longer_than_15_minutes_is_refused() {
        assertThatThrownBy(() -> new Routine(List.of(LocalTime.NOON), 16)).hasMessageContaining("5 to 15 minutes");
    }

    @Test
    void a_session_shorter_than_5_minutes_is_refused() {
        assertThatThrownBy(() -> new Routine(List.of(LocalTime.NOON), 4)).hasMessageContaining("5 to 15 minutes");
    }

    @Test
    void more_than_two_sessions_a_day_are_refused() {
        assertThatThrownBy(() -> new Routine(List.of(LocalTime.of(8, 0), LocalTime.NOON, LocalTime.of(20, 0)), 10))
                .hasMessageContaining("one or two");
    }
}
