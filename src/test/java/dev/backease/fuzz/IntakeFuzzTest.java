package dev.backease.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.backease.json.IntakeReader;
import dev.backease.json.InvalidInputException;
import org.junit.jupiter.api.Timeout;

/**
 * Any request body sent to {@code POST /api/v1/screenings}, {@code /plans} or {@code /sessions} is read
 * by {@link IntakeReader}, exactly as here. Whatever the bytes, the answer is an intake or a refusal
 * naming the field: never another exception (a 500) and never a hang. Regression inputs live in
 * {@code IntakeFuzzTestInputs/<method>/} and are replayed by every build.
 */
class IntakeFuzzTest {
    @FuzzTest(maxDuration = "10m", maxExecutions = 1_000_000)
    @Timeout(5)
    @DictionaryEntries({"\"mode\"", "\"self\"", "\"partner\"", "\"pain\"", "\"intensity\"", "\"durationDays\"",
            "\"character\"", "\"aching\"", "\"trend\"", "\"worse\"", "\"suddenOnset\"", "\"wakesAtNight\"",
            "\"limitsDailyActivities\"", "\"recurring\"", "\"daysOfSelfCareWithoutImprovement\"", "\"injury\"",
            "\"fall\"", "\"symptoms\"", "\"saddle_numbness\"", "\"conditions\"", "\"blood_thinners\"",
            "\"clearances\"", "\"giver\"", "\"pregnant\"", "\"canLieFaceDown\"", "\"tools\"", "\"tennis_ball\"",
            "\"minutesAvailable\"", "\"comfortMax\"", "true", "false", "null", "-1", "1e400", "36500",
            "9223372036854775808", "0.5", "\"\\u0000\"", "[", "]", "{", "}", ":", ","})
    void any_intake_body_is_read_or_refused_with_its_field_named(byte[] body) {
        try {
            Refusals.mustBeRead(IntakeReader.read(body), "an intake");
        } catch (InvalidInputException refused) {
            Refusals.mustNameFieldAndProblem(refused);
        }
    }
}
