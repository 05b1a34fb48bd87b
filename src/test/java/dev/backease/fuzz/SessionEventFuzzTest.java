package dev.backease.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.backease.json.InvalidInputException;
import dev.backease.json.SessionEventReader;
import org.junit.jupiter.api.Timeout;

/**
 * Any body of {@code POST /api/v1/sessions/{id}/events} goes through {@link SessionEventReader}: it
 * yields an event or a refusal naming the field, never another exception and never a hang. A stop
 * signal or symptom that cannot be read must be refused loudly, not turned into a crash.
 */
class SessionEventFuzzTest {
    @FuzzTest(maxDuration = "10m", maxExecutions = 1_000_000)
    @Timeout(5)
    @DictionaryEntries({"\"type\"", "\"start\"", "\"pause\"", "\"resume\"", "\"next_step\"", "\"finish\"",
            "\"pressure_report\"", "\"guarding\"", "\"symptom\"", "\"stop_signal\"", "\"skin_change\"",
            "\"value\"", "\"change\"", "\"redness\"", "\"swelling\"", "\"bruising\"", "\"other\"",
            "\"leg_weakness\"", "\"at\"", "\"2026-11-20T18:30:00Z\"", "\"2026-11-20T18:30:00+01:00\"",
            "\"+1000000000-12-31T23:59:59Z\"", "true", "false", "null", "-1", "10", "1e400", "0.5",
            "[", "]", "{", "}", ":", ","})
    void any_session_event_body_is_read_or_refused_with_its_field_named(byte[] body) {
        try {
            Refusals.mustBeRead(SessionEventReader.read(body), "a session event");
        } catch (InvalidInputException refused) {
            Refusals.mustNameFieldAndProblem(refused);
        }
    }
}
