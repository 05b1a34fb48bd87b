package dev.backease.report;

import dev.backease.content.Symptom;
import dev.backease.journal.Advice;
import dev.backease.journal.JournalEntry;
import dev.backease.screening.Reason;
import dev.backease.screening.Referral;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * A PDF a person can hand to a doctor or therapist: their journal over a chosen period, what the app
 * advised and why, and a pain trend. Standard 14 fonts only, so nothing is embedded or fetched; text
 * the fonts cannot show is replaced (see {@link PdfText}).
 */
public final class ClinicianSummary {
    public static final String MEDIA_TYPE = "application/pdf";
    static final String TITLE = "BackEase summary for a clinician";
    static final String DISCLAIMER = "Self-reported by the person in the BackEase app: a journal, not a diagnosis."
            + " Contains health information; keep it confidential.";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final float[] SESSION_COLUMNS = {100, 110, 165, 120};
    private static final float[] CHECK_IN_COLUMNS = {100, 55, 65, 275};

    private final Clock clock;

    public ClinicianSummary(Clock clock) {
        this.clock = clock;
    }

    /**
     * What to put in the summary.
     *
     * @param from first day of the period, in {@code zone}
     * @param to last day of the period (inclusive), in {@code zone}
     * @param entries the journal; entries outside the period are left out here
     * @param screeningFlags the latest screening's reasons, in words; may be empty
     * @param advice follow-up advice for the journal, or null to leave that section out
     */
    public record Request(String username, LocalDate from, LocalDate to, ZoneId zone, List<JournalEntry> entries,
            List<String> screeningFlags, Advice advice) {
        public Request {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(zone, "zone");
            if (from.isAfter(to)) {
                throw new IllegalArgumentException("from: must not be after to");
            }
            entries = List.copyOf(entries);
            screeningFlags = screeningFlags == null ? List.of() : List.copyOf(screeningFlags);
        }
    }

    public byte[] pdf(Request request) {
        List<JournalEntry> entries = inPeriod(request);
        try (PdfFlow flow = new PdfFlow()) {
            info(flow, request);
            header(flow, request);
            screening(flow, request.screeningFlags());
            if (request.advice() != null) {
                advice(flow, request.advice());
            }
            trend(flow, request.zone(), entries);
            sessions(flow, request.zone(), entries);
            checkIns(flow, request.zone(), entries);
            notes(flow, request.zone(), entries);
            return flow.finish(TITLE + " for " + request.username() + ", " + request.from() + " to " + request.to()
                    + " - confidential");
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the clinician summary", e);
        }
    }

    private static List<JournalEntry> inPeriod(Request request) {
        return request.entries().stream()
                .filter(e -> {
                    LocalDate day = e.at().atZone(request.zone()).toLocalDate();
                    return !day.isBefore(request.from()) && !day.isAfter(request.to());
                })
                .sorted(Comparator.comparing(JournalEntry::at))
                .toList();
    }

    private void info(PdfFlow flow, Request request) {
        PDDocumentInformation info = flow.document.getDocumentInformation();
        info.setTitle(TITLE + " - " + request.username());
        info.setCreator("BackEase");
        info.setCreationDate(GregorianCalendar.from(ZonedDateTime.now(clock)));
    }

    private void header(PdfFlow flow, Request request) throws IOException {
        flow.heading(TITLE, 18);
        flow.paragraph("Person: " + request.username());
        flow.paragraph("Period: " + request.from() + " to " + request.to() + " (" + zoneName(request.zone()) + ")");
        flow.paragraph("Generated: " + MINUTE.format(ZonedDateTime.now(clock.withZone(request.zone())))
                + " (" + zoneName(request.zone()) + ")");
        flow.down(4);
        flow.paragraph(flow.bold, DISCLAIMER, PdfFlow.MARGIN, PdfFlow.WIDTH);
    }

    private static void screening(PdfFlow flow, List<String> flags) throws IOException {
        flow.heading("Screening flags", 13);
        if (flags.isEmpty()) {
            flow.paragraph("None on record.");
        }
        for (String flag : flags) {
            flow.bullet(flag);
        }
    }

    private static void advice(PdfFlow flow, Advice advice) throws IOException {
        flow.heading("Follow-up advice", 13);
        flow.paragraph(flow.bold, "Referral: " + referral(advice.referral()), PdfFlow.MARGIN, PdfFlow.WIDTH);
        for (Reason reason : advice.reasons()) {
            flow.bullet(reason.message() + " (guide: " + reason.source() + ")");
        }
        if (!advice.actions().isEmpty()) {
            flow.paragraph("What the person was advised to do:");
            for (String action : advice.actions()) {
                flow.bullet(action);
            }
        }
    }

    static String referral(Referral referral) {
        return switch (referral) {
            case NONE -> "none";
            case ROUTINE -> "routine (book a visit)";
            case SOON -> "soon (within a few days)";
            case URGENT -> "urgent (today: call a doctor)";
            case EMERGENCY -> "emergency (now: emergency services or the emergency department)";
        };
    }

    private static void trend(PdfFlow flow, ZoneId zone, List<JournalEntry> entries) throws IOException {
        flow.heading("Pain trend", 13);
        PainChart chart = new ProgressChart(zone).chart(entries);
        if (chart.isEmpty()) {
            flow.paragraph("No sessions in this period.");
            return;
        }
        flow.paragraph(ChartSvg.description(chart));
        flow.down(4);
        PdfTrendChart.draw(flow, chart);
    }

    private static void sessions(PdfFlow flow, ZoneId zone, List<JournalEntry> entries) throws IOException {
        List<JournalEntry> sessions = entries.stream().filter(JournalEntry::isSession).toList();
        flow.heading("Sessions (" + sessions.size() + ")", 13);
        if (sessions.isEmpty()) {
            flow.paragraph("No sessions in this period.");
            return;
        }
        List<String> header = List.of("Date", "Pain before -> after", "Techniques", "Helped");
        table(flow, header, SESSION_COLUMNS, sessions.stream().map(s -> List.of(
                time(s, zone), s.painBefore() + " -> " + s.painAfter(),
                String.join(", ", s.techniques()), String.join(", ", s.helped()))).toList());
    }

    private static void checkIns(PdfFlow flow, ZoneId zone, List<JournalEntry> entries) throws IOException {
        List<JournalEntry> checkIns = entries.stream().filter(JournalEntry::isCheckIn).toList();
        flow.heading("Check-ins (" + checkIns.size() + ")", 13);
        if (checkIns.isEmpty()) {
            flow.paragraph("No check-ins in this period.");
            return;
        }
        List<String> header = List.of("Date", "Pain", "Soreness", "Symptoms");
        table(flow, header, CHECK_IN_COLUMNS, checkIns.stream().map(c -> List.of(
                time(c, zone), String.valueOf(c.painLevel()), c.soreness() ? "yes" : "no",
                c.symptoms().stream().sorted().map(Symptom::id).collect(Collectors.joining(", ")))).toList());
    }

    private static void notes(PdfFlow flow, ZoneId zone, List<JournalEntry> entries) throws IOException {
        List<JournalEntry> withNotes = entries.stream().filter(e -> !e.notes().isBlank()).toList();
        flow.heading("Notes", 13);
        if (withNotes.isEmpty()) {
            flow.paragraph("No notes in this period.");
        }
        for (JournalEntry entry : withNotes) {
            flow.paragraph(flow.bold, time(entry, zone), PdfFlow.MARGIN, PdfFlow.WIDTH);
            flow.paragraph(flow.regular, entry.notes(), PdfFlow.MARGIN + 12, PdfFlow.WIDTH - 12);
            flow.down(3);
        }
    }

    /** Rows under a bold header that is repeated at the top of every new page. */
    private static void table(PdfFlow flow, List<String> header, float[] widths, List<List<String>> rows)
            throws IOException {
        flow.ensure(2 * PdfFlow.LEADING + 4);
        flow.row(flow.bold, header, widths);
        for (List<String> row : rows) {
            float height = flow.rowHeight(flow.regular, row, widths);
            if (!flow.fits(height)) {
                flow.newPage();
                flow.row(flow.bold, header, widths);
            }
            flow.row(flow.regular, row, widths);
        }
    }

    /** "UTC" rather than Java's "Z", which a reader would not recognise. */
    static String zoneName(ZoneId zone) {
        return zone.normalized().equals(java.time.ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    private static String time(JournalEntry entry, ZoneId zone) {
        return MINUTE.format(entry.at().atZone(zone));
    }
}
