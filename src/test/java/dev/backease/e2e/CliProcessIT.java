package dev.backease.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backease.json.Json;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged program, run as a person runs it: {@code java -jar backease.jar ...}. */
class CliProcessIT {
    private static final String JAR = System.getProperty("backease.jar", "target/backease.jar");

    @TempDir
    Path dir;

    record Result(int exitCode, String stdout, String stderr) {}

    private Result run(String stdin, String... args) throws Exception {
        Process process = start(args);
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        var stdout = process.getInputStream().readAllBytes();
        var stderr = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(stdout, StandardCharsets.UTF_8),
                new String(stderr, StandardCharsets.UTF_8));
    }

    private Process start(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-jar", JAR));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("BACKEASE_DATA_DIR", dir.toString());
        return builder.start();
    }

    @Test
    void screen_prints_only_json_on_stdout_and_exits_0() throws Exception {
        Result result = run("", "screen", "examples/red-flag.json");

        assertThat(result.exitCode()).isEqualTo(0);
        JsonNode screening = Json.parse(result.stdout());
        assertThat(screening.get("decision").textValue()).isEqualTo("do_not_massage");
        assertThat(screening.get("referral").textValue()).isEqualTo("emergency");
        assertThat(screening.get("actions").get(0).textValue()).contains("112");
        assertThat(screening.get("reasons")).isNotEmpty();
    }

    @Test
    void the_emergency_number_comes_from_the_environment() throws Exception {
        Process process = start("screen", "examples/red-flag.json");
        process.getOutputStream().close();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(stdout).contains("Call 112");
        ProcessBuilder builder = new ProcessBuilder("java", "-jar", JAR, "screen", "examples/red-flag.json");
        builder.environment().put("BACKEASE_EMERGENCY_NUMBER", "911");
        Process us = builder.start();
        us.getOutputStream().close();
        String usOut = new String(us.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(us.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Json.parse(usOut).get("actions").get(0).textValue()).contains("911");
    }

    @Test
    void plan_reads_stdin_and_prints_a_plan() throws Exception {
        Result result = run(Files.readString(Path.of("examples/self-with-ball.json")), "plan", "-");

        assertThat(result.exitCode()).isEqualTo(0);
        JsonNode plan = Json.parse(result.stdout());
        assertThat(plan.get("mode").textValue()).isEqualTo("self");
        assertThat(plan.get("steps").toString()).contains("ball_release");
        assertThat(plan.get("totalSeconds").intValue()).isPositive();
    }

    @Test
    void bad_input_exits_2_with_the_file_field_and_problem_on_stderr() throws Exception {
        Result result = run("", "screen", "examples/bad-intake.json");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr()).contains("examples/bad-intake.json: pain.intensity: must be 0 to 10")
                .contains("examples/bad-intake.json: symptoms[1]: unknown symptom 'fevr'")
                .contains("examples/bad-intake.json: minutesAvailble: unknown field")
                .doesNotContain("Exception");
    }

    @Test
    void a_missing_file_exits_2() throws Exception {
        Result result = run("", "plan", "missing.json");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr()).contains("missing.json: no such file");
    }

    @Test
    void help_lists_every_command_and_version_answers() throws Exception {
        Result help = run("", "--help");
        Result version = run("", "--version");

        assertThat(help.exitCode()).isEqualTo(0);
        assertThat(help.stdout()).contains("screen").contains("plan").contains("serve");
        assertThat(version.exitCode()).isEqualTo(0);
        assertThat(version.stdout()).startsWith("backease ");
    }

    @Test
    void serve_logs_its_address_on_stderr_and_answers_health_checks() throws Exception {
        Process server = start("serve", "--port", "0");
        try {
            BufferedReader stderr = new BufferedReader(new InputStreamReader(server.getErrorStream(),
                    StandardCharsets.UTF_8));
            int port = portFrom(stderr);

            var response = new HttpClientSupport(port).get("/api/v1/health");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{\"status\":\"ok\"}");
            assertTheJarServesItsOwnAssets(new HttpClientSupport(port));
        } finally {
            server.destroy();
            server.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void the_launchers_training_run_visits_pages_api_and_a_signed_in_flow_then_exits_cleanly(@TempDir Path data)
            throws Exception {
        Result result = run("", "serve", "--host", "127.0.0.1", "--port", "0", "--data", data.toString(),
                "--warm-up-and-exit");

        assertThat(result.stderr()).doesNotContain("warm-up:");
        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.stdout()).isEmpty();
        // The tour (a process of its own) really went through the signed-in flow on this server.
        try (var database = dev.backease.store.TestDatabases.open("jdbc:sqlite:" + data.resolve("backease.db"))) {
            var counts = database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT (SELECT COUNT(*) FROM accounts) || ' ' || (SELECT COUNT(*) FROM live_sessions)"
                            + " || ' ' || (SELECT COUNT(*) FROM journal_entries)").mapTo(String.class).one());
            assertThat(counts).isEqualTo("1 1 1");
        }
    }

    @Test
    void serve_on_a_port_already_in_use_exits_1_with_a_message() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Result result = run("", "serve", "--port", String.valueOf(taken.getLocalPort()));

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.stdout()).isEmpty();
            assertThat(result.stderr()).contains("backease:");
        }
    }

    @Test
    void an_unusable_port_is_bad_input_naming_the_flag() throws Exception {
        Result result = run("", "serve", "--port", "eighty");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("--port: must be a whole number");
    }

    /** The stylesheet and scripts come out of the program jar itself, at the addresses the pages link. */
    private static void assertTheJarServesItsOwnAssets(HttpClientSupport http) {
        String home = http.get("/").body();
        Matcher stylesheet = Pattern.compile("href=\"(/assets/[0-9a-f]{16}/css/backease\\.css)\"").matcher(home);
        assertThat(stylesheet.find()).as("the home page links a versioned stylesheet").isTrue();
        var css = http.get(stylesheet.group(1));
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).contains(".lower-back");
        assertThat(http.get("/js/player.js").body()).contains("import");
        // The hash of an empty set would mean no asset was found in the jar.
        assertThat(stylesheet.group(1)).doesNotContain("e3b0c44298fc1c14");
    }

    private static int portFrom(BufferedReader stderr) throws Exception {
        Pattern address = Pattern.compile("running at http://[^:]+:(\\d+)/");
        String line;
        while ((line = stderr.readLine()) != null) {
            Matcher matcher = address.matcher(line);
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
        }
        throw new AssertionError("the server never said where it runs");
    }
}
