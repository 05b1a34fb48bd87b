package dev.backease.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Pain before and after massage over time, already grouped into at most {@link ProgressChart#MAX_POINTS}
 * periods so that a chart (SVG or PDF) stays small whatever the journal's length.
 *
 * @param periodDays how many days each point covers: 1 (daily averages), 7 (weekly) or more
 * @param points oldest first; empty when there are no sessions
 * @param sessions how many session entries were read
 */
public record PainChart(int periodDays, List<Point> points, int sessions) {
    public PainChart {
        points = List.copyOf(points);
    }

    /**
     * One period's sessions.
     *
     * @param from first day of the period
     * @param to last day of the period
     */
    public record Point(LocalDate from, LocalDate to, int sessions, double before, double after,
            int lowestBefore, int highestBefore, int lowestAfter, int highestAfter) {
        /** The middle of the period, where the point is drawn. */
        public double midEpochDay() {
            return (from.toEpochDay() + to.toEpochDay()) / 2.0;
        }
    }

    /** A row of the table that screen readers get instead of the picture. */
    public record Row(String period, String before, String after) {}

    public boolean isEmpty() {
        return points.isEmpty();
    }

    public boolean isGrouped() {
        return periodDays > 1;
    }

    /** "daily", "weekly" or "10-day": how the points were averaged. */
    public String grouping() {
        return switch (periodDays) {
            case 1 -> "daily";
            case 7 -> "weekly";
            default -> periodDays + "-day";
        };
    }

    public LocalDate firstDay() {
        return points.get(0).from();
    }

    public LocalDate lastDay() {
        return points.get(points.size() - 1).to();
    }

    /** Date, average pain before, average pain after: the chart as a table, oldest first. */
    public List<Row> rows() {
        return points.stream()
                .map(p -> new Row(period(p), number(p.before()), number(p.after())))
                .toList();
    }

    private String period(Point p) {
        return periodDays == 1 ? p.from().toString() : p.from() + " to " + p.to();
    }

    /** 5 for a whole number, 4.5 otherwise: pain scores read best without needless decimals. */
    public static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.format(Locale.ROOT, "%.1f", rounded);
    }
}
