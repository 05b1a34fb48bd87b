package dev.backease.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backease.json.Json;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The program as the README starts it: through {@code ./backease}, which picks a Java, makes the
 * start-up archive once per build and Java, and runs the jar. Once with the launcher's own choice
 * of Java and once with the Java running these tests named in {@code BACKEASE_JAVA}.
 */
class LauncherIT {
    private static final Path START_ARCHIVES = Path.of("target/start-archive");

    @TempDir
    Path data;

    record Result(int exitCode, String stdout, String stderr) {}

    /** Which Java to name: none (the launcher chooses) or the test JVM's own. */
    static Stream<String> javas() {
        return Stream.of("", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private ProcessBuilder launcher(String java, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of("./backease"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("JAVA_HOME");
        builder.environment().remove("BACKEASE_JAVA");
        builder.environment().remove("BACKEASE_JAVA_OPTS");
        builder.environment().remove("BACKEASE_CDS");
        if (!java.isEmpty()) {
            builder.environment().put("BACKEASE_JAVA", java);
        }
        builder.environment().put("BACKEASE_DATA_DIR", data.toString());
        builder.environment().putAll(env);
        return builder;
    }

    private Result run(String java, Map<String, String> env, String... args) throws Exception {
        Process process = launcher(java, env, args).start();
        process.getOutputStream().close();
        CompletableFuture<byte[]> stderr = CompletableFuture.supplyAsync(() -> readAll(process));
        byte[] stdout = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(stdout, StandardCharsets.UTF_8),
                new String(stderr.get(), StandardCharsets.UTF_8));
    }

    private static byte[] readAll(Process process) {
        try {
            return process.getErrorStream().readAllBytes();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The launcher's own lines start with "backease:"; anything else (a JVM warning, say) is noise. */
    private static List<String> foreignLines(String stderr) {
        return stderr.lines().filter(line -> !line.isBlank() && !line.startsWith("backease: preparing")
                && !line.startsWith("BackEase is running at")).toList();
    }

    private String chosenJava(String java) throws Exception {
        Result which = run(java, Map.of("BACKEASE_WHICH_JAVA", "1"));
        assertThat(which.exitCode()).isEqualTo(0);
        return which.stdout().strip();
    }

    @ParameterizedTest
    @MethodSource("javas")
    void a_one_shot_command_prints_only_its_json_and_no_jvm_warnings(String java) throws Exception {
        Result result = run(java, Map.of(), "screen", "examples/red-flag.json");

        assertThat(result.exitCode()).isEqualTo(0);
        JsonNode screening = Json.parse(result.stdout());
        assertThat(screening.get("decision").textValue()).isEqualTo("do_not_massage");
        assertThat(screening.get("referral").textValue()).isEqualTo("emergency");
        assertThat(foreignLines(result.stderr())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("javas")
    void the_start_archive_is_made_once_per_java_and_the_jvm_can_use_it(String java) throws Exception {
        run(java, Map.of(), "--version"); // makes the archive if this build has none yet
        String chosen = chosenJava(java);
        String name = chosen.replaceAll("[^A-Za-z0-9._-]", "_");
        Path aot = START_ARCHIVES.resolve(name + ".aot");
        Path jsa = START_ARCHIVES.resolve(name + ".jsa");
        Path archive = Files.exists(aot) ? aot : jsa;
        assertThat(archive).as("the archive made for " + chosen).exists();
        assertThat(Files.size(archive)).as("a training run that worked").isPositive();

        // Options that make the JVM refuse to start unless it can really map the archive.
        String require = archive == aot ? "-XX:AOTMode=on" : "-Xshare:on";
        Result again = run(java, Map.of("BACKEASE_JAVA_OPTS", require), "--version");

        assertThat(again.exitCode()).as(again.stderr()).isEqualTo(0);
        assertThat(again.stdout()).startsWith("backease ");
        assertThat(again.stderr()).as("made once, not again").isEmpty();
    }

    @Test
    void an_archive_made_with_other_options_is_made_again() throws Exception {
        run("", Map.of(), "--version");
        String name = chosenJava("").replaceAll("[^A-Za-z0-9._-]", "_");
        Path options;
        try (Stream<Path> files = Files.list(START_ARCHIVES)) {
            options = files.filter(p -> p.getFileName().toString().startsWith(name + ".")
                    && p.toString().endsWith(".options")).findFirst().orElseThrow();
        }
        Files.writeString(options, "-XX:SomeOtherOption\n");

        Result again = run("", Map.of(), "--version");

        assertThat(again.exitCode()).isEqualTo(0);
        assertThat(again.stderr()).contains("backease: preparing a faster start");
        assertThat(Files.readString(options)).doesNotContain("SomeOtherOption").contains("-XX:+UseSerialGC");
        assertThat(run("", Map.of(), "--version").stderr()).as("and only once").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("javas")
    void serve_through_the_launcher_screens_saddle_numbness_as_an_emergency(String java) throws Exception {
        Process server = launcher(java, Map.of(), "serve", "--host", "127.0.0.1", "--port", "0",
                "--data", data.toString()).start();
        List<String> stderr = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> readLines(server, stderr, port));
        reader.start();
        try {
            HttpClientSupport http = new HttpClientSupport(port.get(120, TimeUnit.SECONDS));

            var response = http.postJson("/api/v1/screenings", """
                    {"mode":"self","pain":{"intensity":5,"character":["aching"],"durationDays":2,"trend":"same"},
                     "symptoms":["saddle_numbness"],"tools":["tennis_ball"]}""");

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode screening = HttpClientSupport.json(response);
            assertThat(screening.get("decision").textValue()).isEqualTo("do_not_massage");
            assertThat(screening.get("referral").textValue()).isEqualTo("emergency");
            assertThat(http.get("/api/v1/health").statusCode()).isEqualTo(200);
        } finally {
            server.destroy();
            server.waitFor(20, TimeUnit.SECONDS);
            reader.join(5_000);
        }
        assertThat(stderr).as("what the server wrote on stderr")
                .noneMatch(line -> line.contains("WARNING") || line.contains("[warning]") || line.contains("[error]"));
    }

    @Test
    void the_java_named_in_backease_java_is_the_one_that_runs() throws Exception {
        String own = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        assertThat(chosenJava(own)).isEqualTo(own);
        assertThat(chosenJava("")).as("the launcher's own choice is a Java that exists").satisfies(
                path -> assertThat(Path.of(path)).isExecutable());
    }

    private static void readLines(Process server, List<String> lines, CompletableFuture<Integer> port) {
        Pattern address = Pattern.compile("running at http://[^:]+:(\\d+)/");
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(server.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
                Matcher matcher = address.matcher(line);
                if (matcher.find()) {
                    port.complete(Integer.parseInt(matcher.group(1)));
                }
            }
        } catch (java.io.IOException e) {
            port.completeExceptionally(e);
        }
        port.completeExceptionally(new AssertionError("the server never said where it runs: " + lines));
    }
}
