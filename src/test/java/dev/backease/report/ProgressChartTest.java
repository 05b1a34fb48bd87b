package dev.backease.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.journal.JournalEntry;
import dev.backease.journal.ProgressReport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ProgressChartTest {
    private static final Instant START = Instant.parse("2026-11-02T08:00:00Z");
    private static final ZoneId ZONE = ZoneOffset.UTC;
    private final ProgressChart charts = new ProgressChart(ZONE);

    @Test
    void the_chart_is_well_formed_svg_named_and_described_for_screen_readers() throws Exception {
        Document svg = parse(charts.svg(List.of(session(0, 6, 3), session(1, 5, 2), session(2, 4, 2))));

        Element root = svg.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        for (String id : root.getAttribute("aria-labelledby").split(" ")) {
            assertThat(elementWithId(svg, id)).as("element named by aria-labelledby: " + id).isNotNull();
        }
        assertThat(text(svg, "title")).isEqualTo("Pain before and after massage");
        assertThat(text(svg, "desc")).contains("3 sessions from 2026-11-02 to 2026-11-04")
                .contains("Pain before massage (solid line, round markers) went from 6 to 4")
                .contains("Pain after massage (dashed line, square markers) went from 3 to 2");
    }

    @Test
    void the_chart_has_no_script_and_no_style_attributes() throws Exception {
        String text = charts.svg(List.of(session(0, 6, 3), session(3, 5, 2)));
        Document svg = parse(text);

        assertThat(svg.getElementsByTagNameNS("*", "script").getLength()).isZero();
        NodeList all = svg.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            assertThat(element.hasAttribute("style")).as(element.getTagName() + " has a style attribute").isFalse();
            for (int a = 0; a < element.getAttributes().getLength(); a++) {
                assertThat(element.getAttributes().item(a).getNodeName()).doesNotStartWith("on");
            }
        }
        assertThat(text).doesNotContain("<style");
    }

    @Test
    void the_y_axis_is_labelled_from_0_to_10() throws Exception {
        Document svg = parse(charts.svg(List.of(session(0, 6, 3))));

        List<String> ticks = texts(svg, "tick");
        assertThat(ticks).contains("0", "2", "4", "6", "8", "10");
        assertThat(String.join(" ", texts(svg, "axis-title"))).isEqualTo("Pain (0-10)");
    }

    @Test
    void before_and_after_differ_by_line_style_and_marker_not_only_colour() throws Exception {
        Document svg = parse(charts.svg(List.of(session(0, 6, 3), session(1, 5, 2))));

        Element before = polyline(svg, "series-before");
        Element after = polyline(svg, "series-after");
        assertThat(before.hasAttribute("stroke-dasharray")).isFalse();
        assertThat(after.getAttribute("stroke-dasharray")).isNotBlank();
        assertThat(before.getAttribute("marker-mid")).contains("dot");
        assertThat(after.getAttribute("marker-mid")).contains("square");
    }

    @Test
    void every_point_lies_inside_the_plot_area() throws Exception {
        List<JournalEntry> entries = new ArrayList<>();
        for (int day = 0; day < 60; day++) {
            entries.add(session(day, day % 11, (day * 7) % 11));
        }
        Document svg = parse(charts.svg(entries));

        for (String series : List.of("series-before", "series-after")) {
            for (double[] xy : points(polyline(svg, series))) {
                assertThat(xy[0]).isBetween((double) ChartSvg.LEFT, (double) ChartSvg.LEFT + ChartSvg.PLOT_WIDTH);
                assertThat(xy[1]).isBetween(ChartSvg.y(10), ChartSvg.y(0));
            }
        }
    }

    @Test
    void ten_years_of_twice_daily_sessions_draw_at_most_400_points() throws Exception {
        List<JournalEntry> journal = tenYearsTwiceADay();

        PainChart chart = charts.chart(journal);
        String text = charts.svg(chart);
        Document svg = parse(text);

        assertThat(journal).hasSize(7300);
        assertThat(text.length()).as("SVG characters").isLessThan(60_000);
        assertThat(chart.sessions()).isEqualTo(7300);
        assertThat(chart.points()).hasSizeLessThanOrEqualTo(400);
        assertThat(points(polyline(svg, "series-before"))).hasSizeLessThanOrEqualTo(400);
        assertThat(chart.rows()).hasSize(chart.points().size());
    }

    @Test
    void grouping_keeps_the_trend_and_the_worst_and_best_days() {
        List<JournalEntry> journal = new ArrayList<>(tenYearsTwiceADay());
        journal.set(4000, session(2000, 10, 9)); // one very bad day in the middle
        journal.set(5000, session(2500, 0, 0)); // and one pain-free day

        PainChart chart = charts.chart(journal);

        assertThat(chart.isGrouped()).isTrue();
        PainChart.Point first = chart.points().get(0);
        PainChart.Point last = chart.points().get(chart.points().size() - 1);
        assertThat(first.before()).isGreaterThan(last.before() + 3);
        assertThat(chart.points().stream().mapToInt(PainChart.Point::highestBefore).max().orElseThrow()).isEqualTo(10);
        assertThat(chart.points().stream().mapToInt(PainChart.Point::lowestBefore).min().orElseThrow()).isZero();
        assertThat(chart.points().stream().mapToInt(PainChart.Point::highestAfter).max().orElseThrow()).isEqualTo(9);
    }

    @Test
    void a_short_journal_is_drawn_day_by_day_with_daily_averages() {
        PainChart chart = charts.chart(List.of(session(0, 6, 3), at(0, 12, 4, 2), session(1, 5, 2)));

        assertThat(chart.periodDays()).isEqualTo(1);
        assertThat(chart.rows()).containsExactly(
                new PainChart.Row("2026-11-02", "5", "2.5"),
                new PainChart.Row("2026-11-03", "5", "2"));
    }

    @Test
    void an_empty_journal_gives_a_friendly_no_entries_yet_chart() throws Exception {
        Document svg = parse(charts.svg(List.of(JournalEntry.checkIn(START, 3, false))));

        assertThat(texts(svg, "empty")).containsExactly(ChartSvg.EMPTY);
        assertThat(text(svg, "desc")).contains("No sessions in the journal yet");
        assertThat(svg.getElementsByTagNameNS("*", "polyline").getLength()).isZero();
        assertThat(charts.chart(List.of()).rows()).isEmpty();
    }

    @Test
    void the_chart_from_progress_matches_the_chart_from_entries() {
        List<JournalEntry> entries = List.of(session(0, 6, 3), JournalEntry.checkIn(START.plusSeconds(3600), 4, false),
                session(2, 4, 1));

        var progress = new ProgressReport(ZONE).of(START.plus(Duration.ofDays(3)), entries);

        assertThat(charts.chart(progress)).isEqualTo(charts.chart(entries));
    }

    @Test
    void periods_grow_with_the_span_so_points_never_exceed_the_limit() {
        assertThat(ProgressChart.periodDays(365)).isEqualTo(1);
        assertThat(ProgressChart.periodDays(366)).isEqualTo(7);
        assertThat(ProgressChart.periodDays(7 * 365)).isEqualTo(7);
        assertThat(ProgressChart.periodDays(7 * 365 + 1)).isEqualTo(8);
        assertThat(ProgressChart.periodDays(36_500)).isEqualTo(100);
    }

    /** Morning and evening for 3,650 days; pain eases from about 8 to about 2 over the years. */
    static List<JournalEntry> tenYearsTwiceADay() {
        List<JournalEntry> entries = new ArrayList<>(7300);
        for (int day = 0; day < 3650; day++) {
            int before = 8 - (day * 6 / 3650) - (day % 3 == 0 ? 1 : 0);
            entries.add(at(day, 0, before, Math.max(0, before - 2)));
            entries.add(at(day, 11, before, Math.max(0, before - 3)));
        }
        return entries;
    }

    static JournalEntry session(int day, int before, int after) {
        return at(day, 0, before, after);
    }

    static JournalEntry at(int day, int hour, int before, int after) {
        return JournalEntry.session(START.plus(Duration.ofDays(day)).plus(Duration.ofHours(hour)), before, after);
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element elementWithId(Document svg, String id) {
        NodeList all = svg.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (id.equals(element.getAttribute("id"))) {
                return element;
            }
        }
        return null;
    }

    private static String text(Document svg, String tag) {
        return svg.getElementsByTagNameNS("*", tag).item(0).getTextContent();
    }

    private static List<String> texts(Document svg, String cssClass) {
        List<String> found = new ArrayList<>();
        NodeList texts = svg.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            if (Arrays.asList(text.getAttribute("class").split(" ")).contains(cssClass)) {
                found.add(text.getTextContent());
            }
        }
        return found;
    }

    private static Element polyline(Document svg, String seriesClass) {
        NodeList groups = svg.getElementsByTagNameNS("*", "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (group.getAttribute("class").equals("series " + seriesClass)) {
                return (Element) group.getElementsByTagNameNS("*", "polyline").item(0);
            }
        }
        throw new AssertionError("no series " + seriesClass);
    }

    private static List<double[]> points(Element polyline) {
        return Arrays.stream(polyline.getAttribute("points").trim().split(" "))
                .map(pair -> Arrays.stream(pair.split(",")).mapToDouble(Double::parseDouble).toArray())
                .toList();
    }
}
