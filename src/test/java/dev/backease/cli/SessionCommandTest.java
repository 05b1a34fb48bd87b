package dev.backease.cli;

import static dev.backease.session.SessionFixture.ALICE;
import static dev.backease.session.SessionFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backease.json.Json;
import dev.backease.planning.Plan;
import dev.backease.screening.Decision;
import dev.backease.screening.Referral;
import dev.backease.session.ApplyingSessionEvent;
import dev.backease.session.InMemorySessions;
import dev.backease.session.LiveSession;
import dev.backease.session.MutableClock;
import dev.backease.session.SessionFixture;
import dev.backease.session.StartingSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SessionCommandTest {
    private static final String INTAKE = "{\"mode\": \"partner\", \"pain\": {\"intensity\": 4, \"durationDays\": 3}}";
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    @TempDir
    Path folder;

    private int run(Plan plan, String keys, String... args) {
        var sessions = new InMemorySessions();
        var engine = new LiveSession(new MutableClock(T0));
        var command = new SessionCommand(new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                intake -> plan, new StartingSession(sessions, engine), new ApplyingSessionEvent(sessions, engine),
                () -> ALICE, new MutableClock(T0));
        return new CommandLine(command).execute(args);
    }

    private Path intake(String json) throws Exception {
        Path file = folder.resolve("intake.json");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void a_guided_session_prints_only_its_final_state_as_json_on_stdout() throws Exception {
        int code = run(SessionFixture.plan(), "\ns\n", intake(INTAKE).toString());

        assertThat(code).isZero();
        JsonNode state = Json.parse(out.toString(StandardCharsets.UTF_8));
        assertThat(state.get("state").asText()).isEqualTo("stopped");
        assertThat(state.get("pressureTarget").asInt()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Step 1 of 3: Warm-up strokes");
    }

    @Test
    void a_bad_intake_names_the_file_and_field_and_exits_2() throws Exception {
        Path file = intake("{\"mode\": \"partner\", \"pain\": {\"intensity\": 14, \"durationDays\": 3}}");

        int code = run(SessionFixture.plan(), "", file.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(file + ": pain.intensity: must be 0 to 10");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void a_missing_file_exits_2() {
        assertThat(run(SessionFixture.plan(), "", folder.resolve("nope.json").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nope.json: no such file");
    }

    @Test
    void when_massage_is_not_allowed_no_session_starts_and_the_reason_is_shown() throws Exception {
        Plan refused = SessionFixture.plan(SessionFixture.screening(Decision.DO_NOT_MASSAGE, Referral.EMERGENCY, 0),
                List.of());

        int code = run(refused, "", intake(INTAKE).toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("The session cannot start: massage is not allowed: Ask a doctor before any massage.");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
