package dev.backease.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.content.Symptom;
import dev.backease.journal.EntryKind;
import dev.backease.journal.JournalEntry;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class JournalCsvTest {
    private static final Instant MONDAY = Instant.parse("2026-11-02T18:30:00Z");
    private static final int NOTES = 11;
    private final JournalCsv csv = new JournalCsv();

    @Test
    void the_header_row_names_every_column_of_a_journal_entry() throws Exception {
        List<CSVRecord> rows = parse(csv.csv(List.of()));

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).values()).containsExactly("id", "at", "kind", "sessionId", "painBefore",
                "painAfter", "painLevel", "soreness", "symptoms", "techniques", "helped", "notes");
    }

    @Test
    void a_session_entry_reads_back_cell_by_cell() throws Exception {
        JournalEntry session = JournalEntry.session(MONDAY, 6, 3)
                .withTechniques(List.of("effleurage", "petrissage"), List.of("effleurage"))
                .withSessionId("s-1").withId("e-1");

        CSVRecord row = parse(csv.csv(List.of(session))).get(1);

        assertThat(row.values()).containsExactly("e-1", "2026-11-02T18:30:00Z", "session", "s-1", "6", "3", "",
                "false", "", "effleurage;petrissage", "effleurage", "");
    }

    @Test
    void a_check_in_lists_its_symptoms_and_keeps_commas_quotes_and_line_breaks_in_notes() throws Exception {
        String notes = "Stiff after driving, \"sharp\" at times\nbetter by evening";
        JournalEntry checkIn = new JournalEntry("e-2", MONDAY, EntryKind.CHECK_IN, null, null, null, 4, true,
                Set.of(Symptom.LEG_TINGLING, Symptom.FEVER), List.of(), List.of(), notes);

        CSVRecord row = parse(csv.csv(List.of(checkIn))).get(1);

        assertThat(row.get(2)).isEqualTo("check_in");
        assertThat(row.get(6)).isEqualTo("4");
        assertThat(row.get(7)).isEqualTo("true");
        assertThat(row.get(8)).isEqualTo("leg_tingling;fever");
        assertThat(row.get(NOTES)).isEqualTo(notes);
    }

    @Test
    void notes_that_a_spreadsheet_would_run_as_a_formula_are_written_as_text() throws Exception {
        List<String> attacks = List.of("=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd");
        List<JournalEntry> entries = attacks.stream()
                .map(note -> withNotes(JournalEntry.session(MONDAY, 5, 4), note))
                .toList();

        List<CSVRecord> rows = parse(csv.csv(entries));

        for (int i = 0; i < attacks.size(); i++) {
            assertThat(rows.get(i + 1).get(NOTES)).isEqualTo("'" + attacks.get(i));
        }
    }

    @Test
    void harmless_notes_are_left_exactly_as_written() throws Exception {
        JournalEntry entry = withNotes(JournalEntry.session(MONDAY, 5, 4), "Pain 5 -> 4, felt looser");

        assertThat(parse(csv.csv(List.of(entry))).get(1).get(NOTES)).isEqualTo("Pain 5 -> 4, felt looser");
    }

    @Test
    void rows_end_with_crlf_as_rfc_4180_asks() {
        assertThat(csv.csv(List.of(JournalEntry.session(MONDAY, 5, 4)))).contains("notes\r\n").endsWith("\r\n");
    }

    private static JournalEntry withNotes(JournalEntry e, String notes) {
        return new JournalEntry(e.id(), e.at(), e.kind(), e.sessionId(), e.painBefore(), e.painAfter(),
                e.painLevel(), e.soreness(), e.symptoms(), e.techniques(), e.helped(), notes);
    }

    /** Every record, the header row first. */
    private static List<CSVRecord> parse(String text) throws Exception {
        try (var parser = CSVFormat.RFC4180.parse(new StringReader(text))) {
            return parser.getRecords();
        }
    }
}
