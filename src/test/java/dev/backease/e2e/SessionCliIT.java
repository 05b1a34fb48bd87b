package dev.backease.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backease.json.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backease session FILE} run from the packaged jar, with the keys a person would type. */
class SessionCliIT {
    private static final String JAR = System.getProperty("backease.jar", "target/backease.jar");

    @TempDir
    Path data;

    record Result(int exitCode, String stdout, String stderr) {}

    private Result session(String keys, String file) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-jar", JAR, "session", file, "--data", data.toString()));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().write(keys.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        byte[] stdout = process.getInputStream().readAllBytes();
        byte[] stderr = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(stdout, StandardCharsets.UTF_8),
                new String(stderr, StandardCharsets.UTF_8));
    }

    private long storedSessionsOfTheLocalAccount() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("backease.db"));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        SELECT COUNT(*) FROM live_sessions s JOIN accounts a ON a.id = s.account_id
                        WHERE a.username = 'local'""")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void the_stop_key_stops_the_session_and_stdout_carries_only_the_final_state() throws Exception {
        Result result = session("\ns\n", "examples/plain-backache.json");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        JsonNode state = Json.parse(result.stdout());
        assertThat(state.get("state").textValue()).isEqualTo("stopped");
        assertThat(state.get("stopReason").textValue()).isEqualTo("stop_signal");
        assertThat(state.get("pressureTarget").intValue()).isZero();
        assertThat(state.get("eventCount").intValue()).isEqualTo(2);
        assertThat(state.get("lastEvent").get("type").textValue()).isEqualTo("stop_signal");
        assertThat(result.stderr()).contains("Step 1 of");
    }

    @Test
    void each_session_is_kept_in_the_data_folder_for_the_one_local_account() throws Exception {
        assertThat(session("\ns\n", "examples/plain-backache.json").exitCode()).isZero();
        assertThat(session("s\n", "examples/plain-backache.json").exitCode()).isZero();

        assertThat(storedSessionsOfTheLocalAccount()).isEqualTo(2);
    }

    @Test
    void a_red_flag_intake_does_not_start_a_session_and_exits_1() throws Exception {
        Result result = session("", "examples/red-flag.json");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr()).contains("cannot start").doesNotContain("Exception");
    }

    @Test
    void a_bad_intake_exits_2_naming_the_file_and_field_before_touching_the_database() throws Exception {
        Result result = session("", "examples/bad-intake.json");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr()).contains("examples/bad-intake.json: pain.intensity: must be 0 to 10");
        assertThat(data.resolve("backease.db")).doesNotExist();
    }
}
