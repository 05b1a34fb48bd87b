package dev.backease.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.account.AuditAction;
import dev.backease.e2e.JournalWebServer.Person;
import dev.backease.json.Json;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The journal downloads (.ics, CSV, PDF) on a real server, read back with the libraries a person's apps use. */
class JournalExportsTest {
    private static final String SESSION = """
            {"at":"2026-11-20T08:00:00Z","kind":"session","painBefore":5,"painAfter":3,
             "techniques":["effleurage","petrissage"],"helped":["effleurage"],"notes":"warm room"}""";
    private static final String CHECK_IN = """
            {"at":"2026-11-22T08:00:00Z","kind":"check_in","painLevel":4,"soreness":true,"notes":"=SUM(A1)"}""";
    private static JournalWebServer server;

    @BeforeAll
    static void start() {
        server = new JournalWebServer("2026-11-23T09:00:00Z");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void assertDownload(HttpResponse<byte[]> response, String mediaType, String file) {
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(mediaType);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"" + file + "\"");
    }

    private static String problemField(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        return Json.parse(new String(response.body(), StandardCharsets.UTF_8))
                .get("errors").get(0).get("field").textValue();
    }

    @Test
    void the_routine_calendar_parses_back_with_two_daily_reminders_in_the_persons_time_zone() throws Exception {
        Person ana = server.signUp();
        HttpResponse<byte[]> ics = server.download("/api/v1/journal/routine.ics?tz=Europe/London", ana);
        assertDownload(ics, "text/calendar", "backease-routine.ics");

        Calendar calendar = new CalendarBuilder().build(new StringReader(new String(ics.body(), StandardCharsets.UTF_8)));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(2);
        assertThat(events.get(0).getSummary().getValue()).isEqualTo("BackEase: lower-back massage (10 min)");
        assertThat(events.get(0).getDateTimeStart().toString()).contains("TZID=Europe/London", "T080000");
        assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(1);
        assertThat(server.audit(ana)).anyMatch(e -> e.action() == AuditAction.HEALTH_DATA_READ);
    }

    @Test
    void the_routine_calendar_defaults_to_utc_and_refuses_an_unknown_time_zone_naming_tz() {
        Person ana = server.signUp();
        String utc = new String(server.download("/api/v1/journal/routine.ics", ana).body(), StandardCharsets.UTF_8);
        assertThat(utc).contains("DTSTART:", "T080000Z").doesNotContain("VTIMEZONE");
        assertThat(problemField(server.download("/api/v1/journal/routine.ics?tz=Mars/Olympus", ana))).isEqualTo("tz");
    }

    @Test
    void the_journal_csv_parses_back_with_one_row_per_entry_in_the_chosen_period() throws Exception {
        Person ana = server.signUp();
        String session = server.addByApi(ana, SESSION);
        String checkIn = server.addByApi(ana, CHECK_IN);
        HttpResponse<byte[]> csv = server.download("/api/v1/journal/entries.csv", ana);
        assertDownload(csv, "text/csv", "backease-journal.csv");

        List<CSVRecord> rows = parse(csv);
        assertThat(rows).extracting(r -> r.get("id")).containsExactly(session, checkIn);
        assertThat(rows.get(0).get("painBefore")).isEqualTo("5");
        assertThat(rows.get(0).get("techniques")).isEqualTo("effleurage;petrissage");
        assertThat(rows.get(1).get("notes")).isEqualTo("'=SUM(A1)");

        List<CSVRecord> lastDays = parse(server.download("/api/v1/journal/entries.csv?from=2026-11-21&to=2026-11-23", ana));
        assertThat(lastDays).extracting(r -> r.get("id")).containsExactly(checkIn);
        assertThat(server.audit(ana)).anyMatch(e -> e.action() == AuditAction.HEALTH_DATA_READ);
    }

    @Test
    void the_clinician_summary_pdf_holds_the_username_the_entries_and_the_advice() throws Exception {
        Person ana = server.signUp();
        server.addByApi(ana, SESSION);
        server.addByApi(ana, CHECK_IN);
        HttpResponse<byte[]> pdf = server.download("/api/v1/journal/summary.pdf?tz=Europe/Berlin", ana);
        assertDownload(pdf, "application/pdf", "backease-summary.pdf");

        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains(ana.username(), "2026-11-20", "2026-11-23", "5 -> 3", "warm room", "effleurage");
        assertThat(text).containsIgnoringCase("follow-up");
    }

    @Test
    void a_period_that_ends_before_it_begins_is_refused_naming_from() {
        Person ana = server.signUp();
        assertThat(problemField(server.download("/api/v1/journal/summary.pdf?from=2026-11-22&to=2026-11-20", ana)))
                .isEqualTo("from");
        assertThat(problemField(server.download("/api/v1/journal/entries.csv?from=2026-11-22&to=2026-11-20", ana)))
                .isEqualTo("from");
        assertThat(problemField(server.download("/api/v1/journal/entries.csv?from=last-week", ana))).isEqualTo("from");
    }

    @Test
    void the_api_downloads_need_a_token_and_the_browser_downloads_need_the_session_cookie() {
        Person ana = server.signUp();
        for (String file : new String[] {"routine.ics", "entries.csv", "summary.pdf"}) {
            assertThat(server.download("/api/v1/journal/" + file, null).statusCode()).as(file).isEqualTo(401);
            // The cookie alone does not open the API: a page elsewhere could make the browser send it.
            assertThat(server.http.sendForBytes(HttpRequest.newBuilder(server.http.uri("/api/v1/journal/" + file))
                    .header("Cookie", ana.cookie()).GET()).statusCode()).as(file).isEqualTo(401);
        }
        assertDownload(server.downloadWithCookie("/journal/routine.ics?tz=UTC", ana), "text/calendar", "backease-routine.ics");
        assertDownload(server.downloadWithCookie("/journal/entries.csv", ana), "text/csv", "backease-journal.csv");
        assertDownload(server.downloadWithCookie("/journal/summary.pdf", ana), "application/pdf", "backease-summary.pdf");
    }

    @Test
    void another_accounts_downloads_never_hold_the_first_ones_entries() throws Exception {
        Person ana = server.signUp();
        Person bob = server.signUp();
        String id = server.addByApi(ana, SESSION);
        assertThat(parse(server.download("/api/v1/journal/entries.csv", bob))).isEmpty();
        try (PDDocument document = Loader.loadPDF(server.download("/api/v1/journal/summary.pdf", bob).body())) {
            assertThat(new PDFTextStripper().getText(document)).contains(bob.username())
                    .doesNotContain(ana.username(), "warm room", id);
        }
    }

    private static List<CSVRecord> parse(HttpResponse<byte[]> csv) throws Exception {
        assertThat(csv.statusCode()).isEqualTo(200);
        try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(csv.body(), StandardCharsets.UTF_8)))) {
            return parser.getRecords();
        }
    }
}
