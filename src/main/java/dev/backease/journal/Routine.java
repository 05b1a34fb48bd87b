package dev.backease.journal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A daily massage routine: the guide's short sessions of 5-15 minutes, once or twice a day.
 * A calendar adapter turns this into reminders; consistency matters more than length.
 *
 * @param reminders the times of day to be reminded, one or two, earliest first
 * @param minutes how long each session lasts
 */
public record Routine(List<LocalTime> reminders, int minutes) {
    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 15;
    public static final int MAX_PER_DAY = 2;

    public Routine {
        if (reminders == null || reminders.isEmpty() || reminders.size() > MAX_PER_DAY) {
            throw new IllegalArgumentException("a routine has one or two sessions a day");
        }
        if (reminders.stream().distinct().count() != reminders.size()) {
            throw new IllegalArgumentException("two reminders at the same time make one session, not two");
        }
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw new IllegalArgumentException("a session lasts 5 to 15 minutes");
        }
        reminders = reminders.stream().sorted().toList();
    }

    /** Morning and evening, 10 minutes: the middle of the guide's range. */
    public static Routine guideDefault() {
        return new Routine(List.of(LocalTime.of(8, 0), LocalTime.of(19, 0)), 10);
    }

    /** The reminder moments (local date-times) from {@code firstDay} for {@code days} days. */
    public List<LocalDateTime> occurrences(LocalDate firstDay, int days) {
        List<LocalDateTime> occurrences = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            for (LocalTime time : reminders) {
                occurrences.add(firstDay.plusDays(d).atTime(time));
            }
        }
        return occurrences;
    }
}
