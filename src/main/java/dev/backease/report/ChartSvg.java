package dev.backease.report;

import java.time.LocalDate;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;

/**
 * Draws a {@link PainChart} as SVG text. Accessible by construction: role="img" named by a title and
 * described by a desc that states the trend in words; the two series differ by line style and marker
 * shape, not only by colour. No script and no style attributes: looks come from the page's CSS
 * through class names, so the chart works under a strict Content-Security-Policy.
 */
final class ChartSvg {
    static final int WIDTH = 720;
    static final int HEIGHT = 320;
    static final int LEFT = 56;
    static final int RIGHT = 24;
    static final int TOP = 44;
    static final int BOTTOM = 48;
    static final int PLOT_WIDTH = WIDTH - LEFT - RIGHT;
    static final int PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
    static final String TITLE = "Pain before and after massage";
    static final String EMPTY = "No entries yet: record a session to see your pain trend here.";
    private static final int X_TICKS = 6;

    private final String id;

    ChartSvg(String idPrefix) {
        this.id = idPrefix;
    }

    String render(PainChart chart) {
        StringBuilder out = new StringBuilder(chart.points().size() * 64 + 4096);
        open(out, description(chart));
        yAxis(out);
        if (chart.isEmpty()) {
            out.append("<text class=\"empty\" x=\"").append(LEFT + PLOT_WIDTH / 2).append("\" y=\"")
                    .append(TOP + PLOT_HEIGHT / 2).append("\" text-anchor=\"middle\">").append(EMPTY).append("</text>\n");
        } else {
            xAxis(out, chart);
            legend(out);
            series(out, chart, "before", PainChart.Point::before, PainChart.Point::lowestBefore,
                    PainChart.Point::highestBefore, null, "dot");
            series(out, chart, "after", PainChart.Point::after, PainChart.Point::lowestAfter,
                    PainChart.Point::highestAfter, "6 4", "square");
        }
        return out.append("</svg>\n").toString();
    }

    static String description(PainChart chart) {
        if (chart.isEmpty()) {
            return "No sessions in the journal yet, so there is no pain trend to show.";
        }
        PainChart.Point first = chart.points().get(0);
        PainChart.Point last = chart.points().get(chart.points().size() - 1);
        String text = chart.sessions() + (chart.sessions() == 1 ? " session" : " sessions") + " from "
                + chart.firstDay() + " to " + chart.lastDay() + ", shown as " + chart.grouping() + " averages on a"
                + " 0 to 10 scale. Pain before massage (solid line, round markers) went from "
                + PainChart.number(first.before()) + " to " + PainChart.number(last.before())
                + ". Pain after massage (dashed line, square markers) went from " + PainChart.number(first.after())
                + " to " + PainChart.number(last.after()) + ".";
        return chart.isGrouped() ? text + " Shaded bands show the lowest to highest pain in each period." : text;
    }

    private void open(StringBuilder out, String description) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" class=\"pain-chart\" role=\"img\" aria-labelledby=\"").append(id).append("-title ")
                .append(id).append("-desc\">\n");
        out.append("<title id=\"").append(id).append("-title\">").append(TITLE).append("</title>\n");
        out.append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>\n");
        out.append("<defs>\n");
        out.append("<marker id=\"").append(id).append("-dot\" viewBox=\"0 0 10 10\" refX=\"5\" refY=\"5\"")
                .append(" markerWidth=\"7\" markerHeight=\"7\" markerUnits=\"userSpaceOnUse\">")
                .append("<circle cx=\"5\" cy=\"5\" r=\"4\" fill=\"currentColor\"/></marker>\n");
        out.append("<marker id=\"").append(id).append("-square\" viewBox=\"0 0 10 10\" refX=\"5\" refY=\"5\"")
                .append(" markerWidth=\"7\" markerHeight=\"7\" markerUnits=\"userSpaceOnUse\">")
                .append("<rect x=\"1\" y=\"1\" width=\"8\" height=\"8\" fill=\"none\" stroke=\"currentColor\"")
                .append(" stroke-width=\"1.5\"/></marker>\n");
        out.append("</defs>\n");
    }

    /** Gridlines and labels at 0, 2, ... 10, and the axis title. */
    private void yAxis(StringBuilder out) {
        out.append("<g class=\"axis axis-y\">\n");
        for (int pain = 0; pain <= 10; pain += 2) {
            String y = fmt(y(pain));
            out.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + PLOT_WIDTH)
                    .append("\" y1=\"").append(y).append("\" y2=\"").append(y).append("\" stroke=\"currentColor\"")
                    .append(" stroke-opacity=\"0.2\"/>\n");
            out.append("<text class=\"tick\" x=\"").append(LEFT - 8).append("\" y=\"").append(y)
                    .append("\" text-anchor=\"end\" dominant-baseline=\"middle\">").append(pain).append("</text>\n");
        }
        out.append("<text class=\"axis-title\" x=\"16\" y=\"").append(TOP + PLOT_HEIGHT / 2)
                .append("\" text-anchor=\"middle\" transform=\"rotate(-90 16 ").append(TOP + PLOT_HEIGHT / 2)
                .append(")\">Pain (0-10)</text>\n");
        out.append("</g>\n");
    }

    private void xAxis(StringBuilder out, PainChart chart) {
        out.append("<g class=\"axis axis-x\">\n");
        out.append("<line class=\"baseline\" x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + PLOT_WIDTH)
                .append("\" y1=\"").append(fmt(y(0))).append("\" y2=\"").append(fmt(y(0)))
                .append("\" stroke=\"currentColor\"/>\n");
        long first = chart.firstDay().toEpochDay();
        long last = chart.lastDay().toEpochDay();
        int ticks = (int) Math.min(X_TICKS, last - first + 1); // never two ticks on one day
        boolean longSpan = last - first > ProgressChart.MAX_POINTS;
        for (int i = 0; i < ticks; i++) {
            double epochDay = ticks == 1 ? first : first + (last - first) * i / (double) (ticks - 1);
            LocalDate day = LocalDate.ofEpochDay(Math.round(epochDay));
            String label = longSpan ? day.toString().substring(0, 7) : day.toString();
            String anchor = ticks == 1 ? "middle" : i == 0 ? "start" : i == ticks - 1 ? "end" : "middle";
            out.append("<text class=\"tick\" x=\"").append(fmt(x(chart, epochDay))).append("\" y=\"")
                    .append(HEIGHT - BOTTOM + 20).append("\" text-anchor=\"").append(anchor).append("\">")
                    .append(label).append("</text>\n");
        }
        out.append("</g>\n");
    }

    private void legend(StringBuilder out) {
        out.append("<g class=\"legend\">\n");
        legendItem(out, "before", LEFT, null, "dot", "Before massage");
        legendItem(out, "after", LEFT + 200, "6 4", "square", "After massage");
        out.append("</g>\n");
    }

    private void legendItem(StringBuilder out, String name, int x, String dash, String marker, String label) {
        out.append("<g class=\"series-").append(name).append("\"><polyline points=\"").append(x).append(",18 ")
                .append(x + 20).append(",18 ").append(x + 40).append(",18\" fill=\"none\" stroke=\"currentColor\"")
                .append(" stroke-width=\"2\"");
        dash(out, dash);
        out.append(" marker-mid=\"url(#").append(id).append('-').append(marker).append(")\"/><text x=\"").append(x + 50)
                .append("\" y=\"18\" dominant-baseline=\"middle\">").append(label).append("</text></g>\n");
    }

    private void series(StringBuilder out, PainChart chart, String name, ToDoubleFunction<PainChart.Point> mean,
            ToIntFunction<PainChart.Point> lowest, ToIntFunction<PainChart.Point> highest, String dash, String marker) {
        List<PainChart.Point> points = chart.points();
        out.append("<g class=\"series series-").append(name).append("\">\n");
        if (chart.isGrouped()) {
            band(out, chart, lowest, highest);
        }
        out.append("<polyline class=\"line\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\"");
        dash(out, dash);
        String url = "url(#" + id + "-" + marker + ")";
        out.append(" marker-start=\"").append(url).append("\" marker-mid=\"").append(url).append("\" marker-end=\"")
                .append(url).append("\" points=\"");
        for (PainChart.Point p : points) {
            out.append(fmt(x(chart, p.midEpochDay()))).append(',').append(fmt(y(mean.applyAsDouble(p)))).append(' ');
        }
        out.setLength(out.length() - 1);
        out.append("\"/>\n</g>\n");
    }

    /** The lowest-to-highest range of each period, so averaging never hides a bad day. */
    private void band(StringBuilder out, PainChart chart, ToIntFunction<PainChart.Point> lowest,
            ToIntFunction<PainChart.Point> highest) {
        List<PainChart.Point> points = chart.points();
        out.append("<polygon class=\"band\" fill=\"currentColor\" fill-opacity=\"0.12\" points=\"");
        for (PainChart.Point p : points) {
            out.append(fmt(x(chart, p.midEpochDay()))).append(',').append(fmt(y(highest.applyAsInt(p)))).append(' ');
        }
        for (int i = points.size() - 1; i >= 0; i--) {
            PainChart.Point p = points.get(i);
            out.append(fmt(x(chart, p.midEpochDay()))).append(',').append(fmt(y(lowest.applyAsInt(p)))).append(' ');
        }
        out.setLength(out.length() - 1);
        out.append("\"/>\n");
    }

    private static void dash(StringBuilder out, String dash) {
        if (dash != null) {
            out.append(" stroke-dasharray=\"").append(dash).append('"');
        }
    }

    static double x(PainChart chart, double epochDay) {
        double first = chart.firstDay().toEpochDay();
        double last = chart.lastDay().toEpochDay();
        if (last <= first) {
            return LEFT + PLOT_WIDTH / 2.0;
        }
        return LEFT + (epochDay - first) / (last - first) * PLOT_WIDTH;
    }

    static double y(double pain) {
        return TOP + PLOT_HEIGHT * (1 - pain / 10.0);
    }

    /** One decimal, without String.format: a long journal draws thousands of coordinates. */
    static String fmt(double value) {
        long tenths = Math.round(value * 10);
        String sign = tenths < 0 ? "-" : "";
        tenths = Math.abs(tenths);
        return sign + tenths / 10 + "." + tenths % 10;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
