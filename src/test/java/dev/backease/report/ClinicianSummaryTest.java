package dev.backease.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backease.content.Symptom;
import dev.backease.journal.Advice;
import dev.backease.journal.EntryKind;
import dev.backease.journal.JournalEntry;
import dev.backease.screening.Reason;
import dev.backease.screening.Referral;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ClinicianSummaryTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant START = Instant.parse("2026-11-02T17:30:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T08:15:00Z"), BERLIN);
    private static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 19);
    private final ClinicianSummary summaries = new ClinicianSummary(CLOCK);

    @Test
    void the_summary_names_the_person_the_period_and_when_it_was_made() throws Exception {
        String text = text(summaries.pdf(request(journal(), List.of(), null)));

        assertThat(text).contains("BackEase summary for a clinician").contains("Person: anna")
                .contains("Period: 2026-11-01 to 2026-11-19 (Europe/Berlin)")
                .contains("Generated: 2026-11-20 09:15 (Europe/Berlin)")
                .contains("not a diagnosis");
    }

    @Test
    void sessions_show_date_pain_before_and_after_techniques_and_what_helped() throws Exception {
        String text = text(summaries.pdf(request(journal(), List.of(), null)));

        assertThat(text).contains("Sessions (2)").contains("2026-11-02 18:30").contains("6 -> 3")
                .contains("effleurage, petrissage").contains("4 -> 2");
    }

    @Test
    void check_ins_show_pain_soreness_and_symptoms() throws Exception {
        String text = text(summaries.pdf(request(journal(), List.of(), null)));

        assertThat(text).contains("Check-ins (1)").contains("yes").contains("leg_tingling");
    }

    @Test
    void screening_flags_and_follow_up_advice_appear_with_their_reasons() throws Exception {
        Advice advice = new Advice(Referral.SOON, CLOCK.instant(), List.of("Book a visit within a few days."),
                List.of(new Reason("soreness_past_48_hours", "Soreness has lasted more than 48 hours.",
                        "Stretching and Aftercare")));
        List<String> flags = List.of("Blood thinners: light touch only.");

        String text = text(summaries.pdf(request(journal(), flags, advice)));

        assertThat(text).contains("Screening flags").contains("Blood thinners: light touch only.")
                .contains("Referral: soon (within a few days)")
                .contains("Soreness has lasted more than 48 hours. (guide: Stretching and Aftercare)")
                .contains("Book a visit within a few days.");
    }

    @Test
    void the_pain_trend_is_described_in_words_beside_the_drawing() throws Exception {
        String text = text(summaries.pdf(request(journal(), List.of(), null)));

        assertThat(text).contains("Pain trend").contains("2 sessions from 2026-11-02 to 2026-11-05")
                .contains("Before massage (solid)").contains("After massage (dashed)");
    }

    @Test
    void entries_outside_the_period_are_left_out() throws Exception {
        List<JournalEntry> journal = new java.util.ArrayList<>(journal());
        journal.add(JournalEntry.session(Instant.parse("2026-12-01T10:00:00Z"), 9, 8));

        String text = text(summaries.pdf(request(journal, List.of(), null)));

        assertThat(text).contains("Sessions (2)").doesNotContain("9 -> 8");
    }

    @Test
    void notes_in_any_script_are_printed_with_unprintable_characters_replaced() throws Exception {
        JournalEntry noted = new JournalEntry(null, START, EntryKind.SESSION, null, 5, 3, null, false, Set.of(),
                List.of(), List.of(), "Felt better \u2192 looser. Caf\u00e9 chair \u05e9\u05dc\u05d5\u05dd \ud83d\ude00 ok");

        String text = text(summaries.pdf(request(List.of(noted), List.of(), null)));

        assertThat(text).contains("Felt better -> looser. Caf\u00e9 chair ???? ? ok");
    }

    @Test
    void an_empty_period_still_gives_a_readable_summary() throws Exception {
        String text = text(summaries.pdf(request(List.of(), List.of(), null)));

        assertThat(text).contains("Sessions (0)").contains("No sessions in this period.")
                .contains("No check-ins in this period.").contains("None on record.");
    }

    @Test
    void a_ten_year_journal_runs_over_many_pages_and_stays_a_valid_pdf() throws Exception {
        List<JournalEntry> journal = ProgressChartTest.tenYearsTwiceADay();
        ClinicianSummary.Request all = new ClinicianSummary.Request("anna", LocalDate.of(2026, 1, 1),
                LocalDate.of(2037, 1, 1), BERLIN, journal, List.of(), null);

        byte[] pdf = summaries.pdf(all);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(50);
            assertThat(text(document, 1, 2)).contains("Sessions (7300)");
            assertThat(text(document, pages, pages)).contains("page " + pages + " of " + pages);
        }
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused_naming_the_field() {
        assertThatThrownBy(() -> new ClinicianSummary.Request("anna", TO, FROM, BERLIN, List.of(), List.of(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("from:");
    }

    private static List<JournalEntry> journal() {
        return List.of(
                JournalEntry.session(START, 6, 3).withTechniques(List.of("effleurage", "petrissage"), List.of("effleurage")),
                new JournalEntry(null, START.plus(Duration.ofHours(50)), EntryKind.CHECK_IN, null, null, null, 5, true,
                        Set.of(Symptom.LEG_TINGLING), List.of(), List.of(), ""),
                JournalEntry.session(START.plus(Duration.ofDays(3)), 4, 2));
    }

    private static ClinicianSummary.Request request(List<JournalEntry> entries, List<String> flags, Advice advice) {
        return new ClinicianSummary.Request("anna", FROM, TO, BERLIN, entries, flags, advice);
    }

    private static String text(PDDocument document, int firstPage, int lastPage) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(firstPage);
        stripper.setEndPage(lastPage);
        return stripper.getText(document);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace("\r\n", "\n");
        }
    }
}
