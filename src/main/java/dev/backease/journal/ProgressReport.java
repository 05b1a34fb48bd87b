package dev.backease.journal;

import dev.backease.journal.Progress.PainPoint;
import dev.backease.journal.Progress.TechniqueCount;
import dev.backease.journal.Progress.TechniqueResult;
import dev.backease.journal.Progress.WeekCount;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Pure computation of {@link Progress} from a journal as of a moment, with days counted in one time zone. */
public final class ProgressReport {
    private final ZoneId zone;

    public ProgressReport(ZoneId zone) {
        this.zone = zone;
    }

    public Progress of(Instant asOf, List<JournalEntry> allEntries) {
        List<JournalEntry> entries = new History(asOf, allEntries).entries();
        List<JournalEntry> sessions = entries.stream().filter(JournalEntry::isSession).toList();
        List<TechniqueResult> whatWorks = whatWorks(sessions);
        return new Progress(painSeries(entries), perWeek(sessions), streak(asOf, sessions), whatWorks,
                helped(sessions), preference(whatWorks));
    }

    private static List<PainPoint> painSeries(List<JournalEntry> entries) {
        return entries.stream()
                .map(e -> new PainPoint(e.at(), e.kind(), e.painBefore(), e.painAfter(), e.painLevel()))
                .toList();
    }

    private List<WeekCount> perWeek(List<JournalEntry> sessions) {
        Map<String, Integer> counts = new TreeMap<>();
        for (JournalEntry session : sessions) {
            counts.merge(isoWeek(day(session.at())), 1, Integer::sum);
        }
        return counts.entrySet().stream().map(e -> new WeekCount(e.getKey(), e.getValue())).toList();
    }

    private static String isoWeek(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** A streak is still alive on a day without a session yet: it ends only when a whole day is missed. */
    private int streak(Instant asOf, List<JournalEntry> sessions) {
        Set<LocalDate> days = sessions.stream().map(s -> day(s.at())).collect(Collectors.toSet());
        LocalDate day = day(asOf);
        if (!days.contains(day)) {
            day = day.minusDays(1);
        }
        int streak = 0;
        while (days.contains(day)) {
            streak++;
            day = day.minusDays(1);
        }
        return streak;
    }

    private LocalDate day(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    private static List<TechniqueResult> whatWorks(List<JournalEntry> sessions) {
        Map<String, int[]> totals = new HashMap<>(); // technique -> {sessions, sum of change, helped}
        for (JournalEntry session : sessions) {
            int change = session.painBefore() - session.painAfter();
            for (String technique : session.techniques()) {
                int[] t = totals.computeIfAbsent(technique, k -> new int[3]);
                t[0]++;
                t[1] += change;
                t[2] += session.helped().contains(technique) ? 1 : 0;
            }
        }
        return totals.entrySet().stream()
                .map(e -> new TechniqueResult(e.getKey(), e.getValue()[0],
                        (double) e.getValue()[1] / e.getValue()[0], e.getValue()[2]))
                .sorted(Comparator.comparingDouble(TechniqueResult::averageChange).reversed()
                        .thenComparing(Comparator.comparingInt(TechniqueResult::helpedCount).reversed())
                        .thenComparing(TechniqueResult::technique))
                .toList();
    }

    private static List<TechniqueCount> helped(List<JournalEntry> sessions) {
        Map<String, Integer> counts = new HashMap<>();
        sessions.forEach(s -> s.helped().stream().distinct().forEach(t -> counts.merge(t, 1, Integer::sum)));
        return counts.entrySet().stream()
                .map(e -> new TechniqueCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(TechniqueCount::count).reversed().thenComparing(TechniqueCount::technique))
                .toList();
    }

    /** Helped most often first, then by pain change; anything that did not lower pain on average is left out. */
    private static PlanPreference preference(List<TechniqueResult> whatWorks) {
        return new PlanPreference(whatWorks.stream()
                .filter(r -> r.averageChange() > 0)
                .sorted(Comparator.comparingInt(TechniqueResult::helpedCount).reversed()
                        .thenComparing(Comparator.comparingDouble(TechniqueResult::averageChange).reversed())
                        .thenComparing(TechniqueResult::technique))
                .map(TechniqueResult::technique)
                .toList());
    }
}
