package dev.backease.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backease.json.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged program's journal commands, run as a person runs them, against a data folder of their own. */
class JournalCliIT {
    private static final String JAR = System.getProperty("backease.jar", "target/backease.jar");
    private static final Instant SESSION_AT = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(73));
    private static final Instant CHECK_IN_AT = SESSION_AT.plus(Duration.ofHours(49));

    @TempDir
    Path dir;

    record Result(int exitCode, String stdout, String stderr) {
        JsonNode json() {
            return Json.parse(stdout);
        }
    }

    private Result backease(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-jar", JAR));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        byte[] stdout = process.getInputStream().readAllBytes();
        byte[] stderr = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(stdout, StandardCharsets.UTF_8),
                new String(stderr, StandardCharsets.UTF_8));
    }

    private String file(String name, String json) throws Exception {
        return Files.writeString(dir.resolve(name), json).toString();
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    @Test
    void entries_added_are_listed_and_lasting_soreness_earns_a_routine_referral() throws Exception {
        String session = file("session.json", "{\"at\":\"" + SESSION_AT + "\",\"kind\":\"session\","
                + "\"painBefore\":5,\"painAfter\":3,\"techniques\":[\"effleurage\"],\"helped\":[\"effleurage\"]}");
        String checkIn = file("check-in.json", "{\"at\":\"" + CHECK_IN_AT + "\",\"kind\":\"check_in\","
                + "\"painLevel\":3,\"soreness\":true}");

        Result added = backease("journal", "add", "--data", data(), session);
        Result second = backease("journal", "add", "--data", data(), checkIn);
        Result listed = backease("journal", "list", "--data", data());
        Result ranged = backease("journal", "list", "--data", data(), "--from", CHECK_IN_AT.toString(),
                "--to", CHECK_IN_AT.toString());
        Result advice = backease("journal", "advice", "--data", data(), "--as-of", CHECK_IN_AT.plusSeconds(60).toString());
        Result before = backease("journal", "advice", "--data", data(), "--as-of", SESSION_AT.plusSeconds(60).toString());

        assertThat(added.exitCode()).as(added.stderr()).isZero();
        assertThat(added.json().get("id").textValue()).isNotBlank();
        assertThat(added.json().get("painBefore").intValue()).isEqualTo(5);
        assertThat(second.exitCode()).isZero();
        assertThat(listed.exitCode()).isZero();
        assertThat(listed.json().get("entries").findValuesAsText("kind")).containsExactly("session", "check_in");
        assertThat(listed.json().get("entries").get(0).get("id").textValue()).isEqualTo(added.json().get("id").textValue());
        assertThat(ranged.json().get("entries").findValuesAsText("kind")).containsExactly("check_in");
        assertThat(advice.exitCode()).isZero();
        assertThat(advice.json().get("referral").textValue()).isEqualTo("routine");
        assertThat(advice.json().get("reasons").findValuesAsText("rule")).contains("soreness_past_48_hours");
        assertThat(before.json().get("referral").textValue()).isEqualTo("none");
    }

    @Test
    void a_red_flag_check_in_sends_the_local_account_to_emergency_care_with_the_given_number() throws Exception {
        String checkIn = file("red-flag.json", "{\"at\":\"" + CHECK_IN_AT + "\",\"kind\":\"check_in\","
                + "\"painLevel\":6,\"symptoms\":[\"saddle_numbness\"]}");
        backease("journal", "add", "--data", data(), checkIn);

        Result advice = backease("journal", "advice", "--data", data(), "--emergency-number", "911");

        assertThat(advice.exitCode()).isZero();
        assertThat(advice.json().get("referral").textValue()).isEqualTo("emergency");
        assertThat(advice.json().get("actions").get(0).textValue()).contains("911");
    }

    @Test
    void a_bad_entry_exits_2_naming_the_file_and_each_field_and_saves_nothing() throws Exception {
        String bad = file("bad.json", "{\"at\":\"2999-01-01T00:00:00Z\",\"kind\":\"session\",\"painBefore\":12,"
                + "\"painAfter\":3,\"symptoms\":[\"fevr\"]}");

        Result result = backease("journal", "add", "--data", data(), bad);
        Result listed = backease("journal", "list", "--data", data());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr()).contains(bad + ": at: must not be in the future")
                .contains(bad + ": painBefore: must be 0 to 10")
                .contains(bad + ": symptoms[0]: unknown symptom 'fevr'")
                .doesNotContain("Exception");
        assertThat(listed.json().get("entries").size()).isZero();
    }

    @Test
    void a_missing_file_and_a_bad_time_exit_2_with_a_message() throws Exception {
        Result missing = backease("journal", "add", "--data", data(), "nowhere.json");
        Result badTime = backease("journal", "advice", "--data", data(), "--as-of", "next tuesday");

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.stderr()).contains("nowhere.json: no such file");
        assertThat(badTime.exitCode()).isEqualTo(2);
        assertThat(badTime.stderr()).contains("--as-of: must be an ISO-8601 instant");
        assertThat(badTime.stdout()).isEmpty();
    }
}
