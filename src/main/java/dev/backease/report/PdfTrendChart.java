package dev.backease.report;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The pain trend drawn with PDF lines: the same grouped points as the web chart, before as a solid
 * black line and after as a dashed grey one, so it reads in black-and-white print too.
 */
final class PdfTrendChart {
    static final float HEIGHT = 170;
    private static final float AXIS = 24; // room for the 0-10 labels on the left
    private static final float PLOT_HEIGHT = HEIGHT - 40; // legend above, dates below
    private static final float[] DASH = {4, 3};

    private PdfTrendChart() {}

    static void draw(PdfFlow flow, PainChart chart) throws IOException {
        flow.ensure(HEIGHT);
        PDPageContentStream s = flow.stream();
        float left = PdfFlow.MARGIN + AXIS;
        float width = PdfFlow.WIDTH - AXIS;
        float top = flow.y() - 20;
        float bottom = top - PLOT_HEIGHT;
        legend(flow, left, flow.y() - 10);
        grid(flow, s, left, width, bottom);
        series(s, chart, PainChart.Point::before, left, width, bottom, null, 0f);
        series(s, chart, PainChart.Point::after, left, width, bottom, DASH, 0.45f);
        dates(flow, chart, left, width, bottom - 12);
        flow.down(HEIGHT);
    }

    private static void legend(PdfFlow flow, float x, float baseline) throws IOException {
        PDPageContentStream s = flow.stream();
        sample(s, x, baseline + 3, null, 0f);
        flow.show(flow.regular, "Before massage (solid)", 8, x + 28, baseline);
        sample(s, x + 150, baseline + 3, DASH, 0.45f);
        flow.show(flow.regular, "After massage (dashed)", 8, x + 178, baseline);
    }

    private static void sample(PDPageContentStream s, float x, float y, float[] dash, float grey) throws IOException {
        pen(s, dash, grey);
        s.moveTo(x, y);
        s.lineTo(x + 22, y);
        s.stroke();
    }

    private static void grid(PdfFlow flow, PDPageContentStream s, float left, float width, float bottom)
            throws IOException {
        s.setLineDashPattern(new float[0], 0);
        s.setLineWidth(0.3f);
        s.setStrokingColor(0.8f);
        for (int pain = 0; pain <= 10; pain += 2) {
            float y = bottom + PLOT_HEIGHT * pain / 10f;
            s.moveTo(left, y);
            s.lineTo(left + width, y);
            s.stroke();
            flow.show(flow.regular, String.valueOf(pain), 7, left - 12, y - 2);
        }
    }

    private static void series(PDPageContentStream s, PainChart chart, ToDoubleFunction<PainChart.Point> pain,
            float left, float width, float bottom, float[] dash, float grey) throws IOException {
        pen(s, dash, grey);
        List<PainChart.Point> points = chart.points();
        for (int i = 0; i < points.size(); i++) {
            PainChart.Point p = points.get(i);
            float x = x(chart, p.midEpochDay(), left, width);
            float y = bottom + (float) (PLOT_HEIGHT * pain.applyAsDouble(p) / 10);
            if (i == 0) {
                s.moveTo(x, y);
            } else {
                s.lineTo(x, y);
            }
        }
        if (points.size() == 1) { // a single day still shows as a short mark
            PainChart.Point p = points.get(0);
            float x = x(chart, p.midEpochDay(), left, width);
            s.lineTo(x + 3, bottom + (float) (PLOT_HEIGHT * pain.applyAsDouble(p) / 10));
        }
        s.stroke();
    }

    private static void pen(PDPageContentStream s, float[] dash, float grey) throws IOException {
        s.setLineWidth(1.2f);
        s.setStrokingColor(grey);
        s.setLineDashPattern(dash == null ? new float[0] : dash, 0);
    }

    private static void dates(PdfFlow flow, PainChart chart, float left, float width, float baseline)
            throws IOException {
        LocalDate first = chart.firstDay();
        LocalDate last = chart.lastDay();
        flow.show(flow.regular, first.toString(), 7, left, baseline);
        if (!last.equals(first)) {
            float lastWidth = flow.regular.width(last.toString(), 7);
            flow.show(flow.regular, last.toString(), 7, left + width - lastWidth, baseline);
        }
    }

    private static float x(PainChart chart, double epochDay, float left, float width) {
        double first = chart.firstDay().toEpochDay();
        double last = chart.lastDay().toEpochDay();
        return last <= first ? left + width / 2 : (float) (left + (epochDay - first) / (last - first) * width);
    }
}
