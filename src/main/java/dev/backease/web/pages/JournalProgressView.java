package dev.backease.web.pages;

import dev.backease.journal.Progress;
import dev.backease.report.PainChart;
import java.util.List;
import java.util.function.Function;

/**
 * The progress page: the pain chart (server-drawn SVG) with the same numbers as a table, sessions per
 * week, the streak, and which techniques went with the biggest drop in pain.
 *
 * @param chartSvg markup from report.ProgressChart, which escapes all text and holds no script
 */
public record JournalProgressView(Chrome chrome, String chartSvg, String grouping, List<PainChart.Row> rows,
        List<Progress.WeekCount> weeks, int streakDays, List<WorkRow> whatWorks) {

    /** One technique: how often it was used, the average drop in pain, how often it was marked as helping. */
    public record WorkRow(String name, int sessions, String averageDrop, int helped) {}

    public static List<WorkRow> whatWorks(Progress progress, Function<String, String> names) {
        return progress.whatWorks().stream()
                .map(r -> new WorkRow(names.apply(r.technique()), r.sessions(), PainChart.number(r.averageChange()),
                        r.helpedCount()))
                .toList();
    }

    public String streak() {
        return streakDays == 1 ? "1 day" : streakDays + " days";
    }
}
