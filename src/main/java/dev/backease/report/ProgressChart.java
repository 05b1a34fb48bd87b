package dev.backease.report;

import dev.backease.journal.EntryKind;
import dev.backease.journal.JournalEntry;
import dev.backease.journal.Progress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pain before and after massage as a chart: groups sessions by day, week or longer periods so that
 * ten years of twice-daily sessions still draw at most {@link #MAX_POINTS} points, then draws an
 * accessible SVG ({@link ChartSvg}) and a table model for screen readers ({@link PainChart#rows()}).
 */
public final class ProgressChart {
    /** About one point per day of a year: more would not be visible at chart width anyway. */
    public static final int MAX_POINTS = 365;
    public static final String MEDIA_TYPE = "image/svg+xml";

    private final ZoneId zone;
    private final ChartSvg svg;

    /** @param zone days are counted in the person's time zone */
    public ProgressChart(ZoneId zone) {
        this(zone, "pain-chart");
    }

    /** @param idPrefix prefix of the SVG's element ids, unique on the page that embeds it */
    public ProgressChart(ZoneId zone, String idPrefix) {
        this.zone = zone;
        this.svg = new ChartSvg(idPrefix);
    }

    public PainChart chart(List<JournalEntry> entries) {
        return group(entries.stream()
                .filter(e -> e.isSession() && e.painBefore() != null && e.painAfter() != null)
                .map(e -> new Reading(e.at(), e.painBefore(), e.painAfter()))
                .toList());
    }

    public PainChart chart(Progress progress) {
        return group(progress.pain().stream()
                .filter(p -> p.kind() == EntryKind.SESSION && p.painBefore() != null && p.painAfter() != null)
                .map(p -> new Reading(p.at(), p.painBefore(), p.painAfter()))
                .toList());
    }

    public String svg(List<JournalEntry> entries) {
        return svg.render(chart(entries));
    }

    public String svg(Progress progress) {
        return svg.render(chart(progress));
    }

    public String svg(PainChart chart) {
        return svg.render(chart);
    }

    private record Reading(Instant at, int before, int after) {}

    private PainChart group(List<Reading> readings) {
        if (readings.isEmpty()) {
            return new PainChart(1, List.of(), 0);
        }
        List<Reading> sorted = readings.stream().sorted(Comparator.comparing(Reading::at)).toList();
        LocalDate first = day(sorted.get(0));
        long span = ChronoUnit.DAYS.between(first, day(sorted.get(sorted.size() - 1))) + 1;
        int periodDays = periodDays(span);
        List<PainChart.Point> points = new ArrayList<>();
        Period current = null;
        for (Reading reading : sorted) {
            long index = ChronoUnit.DAYS.between(first, day(reading)) / periodDays;
            if (current == null || current.index != index) {
                if (current != null) {
                    points.add(current.point());
                }
                LocalDate from = first.plusDays(index * periodDays);
                current = new Period(index, from, from.plusDays(periodDays - 1L));
            }
            current.add(reading);
        }
        points.add(current.point());
        return new PainChart(periodDays, points, sorted.size());
    }

    /** Daily up to a year, weekly up to seven years, then as many days as keep it to MAX_POINTS. */
    static int periodDays(long spanDays) {
        if (spanDays <= MAX_POINTS) {
            return 1;
        }
        if (spanDays <= 7L * MAX_POINTS) {
            return 7;
        }
        return (int) Math.ceil(spanDays / (double) MAX_POINTS);
    }

    private LocalDate day(Reading reading) {
        return reading.at().atZone(zone).toLocalDate();
    }

    /** Running totals of one period; keeps the extremes so grouping never hides a bad day. */
    private static final class Period {
        final long index;
        final LocalDate from;
        final LocalDate to;
        int count;
        long sumBefore;
        long sumAfter;
        int lowestBefore = Integer.MAX_VALUE;
        int highestBefore = Integer.MIN_VALUE;
        int lowestAfter = Integer.MAX_VALUE;
        int highestAfter = Integer.MIN_VALUE;

        Period(long index, LocalDate from, LocalDate to) {
            this.index = index;
            this.from = from;
            this.to = to;
        }

        void add(Reading r) {
            count++;
            sumBefore += r.before();
            sumAfter += r.after();
            lowestBefore = Math.min(lowestBefore, r.before());
            highestBefore = Math.max(highestBefore, r.before());
            lowestAfter = Math.min(lowestAfter, r.after());
            highestAfter = Math.max(highestAfter, r.after());
        }

        PainChart.Point point() {
            return new PainChart.Point(from, to, count, (double) sumBefore / count, (double) sumAfter / count,
                    lowestBefore, highestBefore, lowestAfter, highestAfter);
        }
    }
}
