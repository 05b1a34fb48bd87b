package dev.backease.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.json.Json;
import dev.backease.planning.Planner;
import dev.backease.screening.Screening;
import dev.backease.store.GuideFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line run in-process: what lands on stdout, stderr, and the exit code. */
class CliTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        Terminal terminal = new Terminal(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        List<Object> commands = List.of(
                new ScreenCommand(Map.of(), terminal, config -> new Screening(config.emergencyNumber())),
                new PlanCommand(Map.of(), terminal, config -> new Screening(config.emergencyNumber()),
                        () -> new Planner(GuideFile.loadDefault())));
        return Cli.run(args, terminal, commands);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void screen_prints_a_screening_result_as_json_on_stdout_only() throws Exception {
        Path intake = file("intake.json", "{\"mode\":\"self\",\"pain\":{\"intensity\":3,\"durationDays\":2}}");

        assertThat(run("", "screen", intake.toString())).isEqualTo(0);

        assertThat(Json.parse(stdout()).has("decision")).isTrue();
        assertThat(stderr()).isEmpty();
    }

    @Test
    void plan_reads_the_intake_from_stdin_given_a_dash() {
        assertThat(run("{\"mode\":\"partner\",\"pain\":{\"intensity\":3,\"durationDays\":2}}", "plan", "-")).isEqualTo(0);

        assertThat(Json.parse(stdout()).get("mode").textValue()).isEqualTo("partner");
    }

    @Test
    void bad_input_exits_2_naming_the_file_the_field_and_the_problem() throws Exception {
        Path intake = file("intake.json", "{\"mode\":\"self\",\"pain\":{\"intensity\":12,\"durationDays\":2}}");

        assertThat(run("", "screen", intake.toString())).isEqualTo(2);

        assertThat(stderr()).contains(intake + ": pain.intensity: must be 0 to 10");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void bad_input_on_stdin_is_reported_as_stdin() {
        assertThat(run("not json", "plan", "-")).isEqualTo(2);

        assertThat(stderr()).startsWith("stdin: $: not valid JSON");
    }

    @Test
    void a_missing_file_exits_2_and_names_it() {
        assertThat(run("", "screen", dir.resolve("nowhere.json").toString())).isEqualTo(2);

        assertThat(stderr()).contains("nowhere.json: no such file");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void a_bad_flag_or_a_missing_argument_exits_2() {
        assertThat(run("", "screen")).isEqualTo(2);
        assertThat(run("", "screen", "--frobnicate", "x.json")).isEqualTo(2);
        assertThat(run("", "dance")).isEqualTo(2);
        assertThat(stdout()).isEmpty();
    }

    @Test
    void help_lists_every_command() {
        assertThat(run("", "--help")).isEqualTo(0);

        assertThat(stdout()).contains("screen").contains("plan").contains("does not replace");
    }

    @Test
    void a_command_line_that_names_a_command_builds_only_that_one_and_anything_else_gets_them_all() {
        Object screen = new ScreenCommand(Map.of(), null, config -> new Screening(config.emergencyNumber()));
        Object plan = new PlanCommand(Map.of(), null, config -> new Screening(config.emergencyNumber()), () -> null);
        List<Object> all = List.of(screen, plan);

        assertThat(Cli.needed(new String[] {"plan", "-"}, all)).containsExactly(plan);
        assertThat(Cli.needed(new String[] {"--help"}, all)).isEqualTo(all);
        assertThat(Cli.needed(new String[] {"pla"}, all)).isEqualTo(all);
        assertThat(Cli.needed(new String[0], all)).isEqualTo(all);
    }

    @Test
    void an_unknown_command_is_answered_with_the_list_of_real_ones() {
        assertThat(run("", "dance")).isEqualTo(2);

        assertThat(stderr()).contains("dance").contains("backease --help");
    }
}
