package dev.backease.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.backease.json.InvalidInputException;
import dev.backease.json.JournalEntryReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Timeout;

/**
 * Any body of {@code POST /api/v1/journal/entries} (and {@code ./backease journal add}) goes through
 * {@link JournalEntryReader} with its validation rules: it yields an entry or a refusal naming the field,
 * never another exception and never a hang. The clock is fixed so that a finding replays the same way.
 */
class JournalEntryFuzzTest {
    private static final JournalEntryReader READER =
            new JournalEntryReader(Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC));

    @FuzzTest(maxDuration = "10m", maxExecutions = 1_000_000)
    @Timeout(5)
    @DictionaryEntries({"\"at\"", "\"2026-11-20T18:30:00Z\"", "\"2026-11-20T18:30:00.123456789-05:00\"",
            "\"+1000000000-12-31T23:59:59Z\"", "\"kind\"", "\"session\"", "\"check_in\"", "\"sessionId\"",
            "\"painBefore\"", "\"painAfter\"", "\"painLevel\"", "\"soreness\"", "\"symptoms\"", "\"fever\"",
            "\"techniques\"", "\"effleurage\"", "\"helped\"", "\"notes\"", "\"id\"", "true", "false", "null",
            "-1", "10", "1e400", "0.5", "\"=cmd\"", "[", "]", "{", "}", ":", ","})
    void any_journal_entry_body_is_read_or_refused_with_its_field_named(byte[] body) {
        try {
            Refusals.mustBeRead(READER.read(body), "a journal entry");
        } catch (InvalidInputException refused) {
            Refusals.mustNameFieldAndProblem(refused);
        }
    }
}
