package dev.backease.report;

import dev.backease.content.Symptom;
import dev.backease.journal.JournalEntry;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A journal as RFC 4180 CSV, one row per entry, for spreadsheets and for taking one's data elsewhere.
 *
 * <p>Spreadsheets run a cell that starts with {@code = + - @}, a tab or a carriage return as a formula,
 * so such cells (which can only come from free text like notes) get a leading apostrophe: a note
 * typed as {@code =HYPERLINK(...)} shows as text and never runs.
 */
public final class JournalCsv {
    public static final String MEDIA_TYPE = "text/csv; charset=utf-8";
    public static final List<String> HEADER = List.of("id", "at", "kind", "sessionId", "painBefore", "painAfter",
            "painLevel", "soreness", "symptoms", "techniques", "helped", "notes");
    static final String LIST_SEPARATOR = ";";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(HEADER.toArray(String[]::new))
            .get();

    public String csv(List<JournalEntry> entries) {
        StringWriter out = new StringWriter();
        write(entries, out);
        return out.toString();
    }

    public byte[] csvBytes(List<JournalEntry> entries) {
        return csv(entries).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Streams the rows to {@code out}; the caller closes it. */
    public void write(List<JournalEntry> entries, Appendable out) {
        try {
            CSVPrinter printer = new CSVPrinter(out, FORMAT);
            for (JournalEntry entry : entries) {
                printer.printRecord(row(entry).stream().map(JournalCsv::neutralise).toList());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> row(JournalEntry e) {
        return List.of(text(e.id()), e.at().toString(), e.kind().id(), text(e.sessionId()), number(e.painBefore()),
                number(e.painAfter()), number(e.painLevel()), String.valueOf(e.soreness()), symptoms(e),
                String.join(LIST_SEPARATOR, e.techniques()), String.join(LIST_SEPARATOR, e.helped()), e.notes());
    }

    /** Symptoms in the contract's order, so the same entry always gives the same cell. */
    private static String symptoms(JournalEntry e) {
        return e.symptoms().stream().sorted().map(Symptom::id).collect(Collectors.joining(LIST_SEPARATOR));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String number(Integer value) {
        return value == null ? "" : value.toString();
    }

    /** Turns a cell a spreadsheet would evaluate into plain text (OWASP's advice on CSV injection). */
    static String neutralise(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky ? "'" + cell : cell;
    }
}
