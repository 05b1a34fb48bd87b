package dev.backease.cli;

import dev.backease.Config;
import dev.backease.web.WebServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the web app and the JSON API until stopped (Ctrl+C).")
public final class ServeCommand implements Callable<Integer> {
    private final Map<String, String> env;
    private final Terminal terminal;
    private final Function<Config, WebServer> servers;

    /** A migration over a large PostgreSQL database may take a while; it is not cut short lightly. */
    private static final Duration MIGRATION_WAIT = Duration.ofHours(1);

    @Mixin
    ConfigOptions.Server server;

    @Mixin
    ConfigOptions.Storage storage;

    @Mixin
    ConfigOptions.Emergency emergency;

    // For the launcher's training run (a class-data archive written at exit): start, visit the
    // main pages and API once, stop. Hidden: it is plumbing, not something a person runs.
    @Option(names = "--warm-up-and-exit", hidden = true)
    boolean warmUpAndExit;

    public ServeCommand(Map<String, String> env, Terminal terminal, Function<Config, WebServer> servers) {
        this.env = env;
        this.terminal = terminal;
        this.servers = servers;
    }

    @Override
    public Integer call() throws InterruptedException {
        Config config = ConfigOptions.resolve(env, server, storage, emergency);
        WebServer web = servers.apply(config).start(config.host(), config.port());
        try {
            // The database's schema was brought up to date while the server started; a failure
            // there (an unreachable database, a broken migration) ends serve with its message.
            web.awaitReady(MIGRATION_WAIT);
        } catch (RuntimeException e) {
            web.stop();
            throw e;
        }
        if (warmUpAndExit) {
            return warmUp(config, web);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            web.stop();
            stopped.countDown();
        }, "backease-shutdown"));
        terminal.err().println("BackEase is running at http://" + hostForUrl(config.host()) + ":" + web.port()
                + "/ (Ctrl+C stops it)");
        stopped.await();
        return ExitCode.DONE;
    }

    /** The warm-up tour, run by a second Java process on the same class path (see {@link WarmUp}). */
    private int warmUp(Config config, WebServer web) throws InterruptedException {
        String base = "http://" + hostForUrl(config.host()) + ":" + web.port();
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        try {
            Process tour = new ProcessBuilder(javaCommand, "-XX:TieredStopAtLevel=1", "-cp",
                    System.getProperty("java.class.path"), WarmUp.class.getName(), base)
                    .redirectErrorStream(true).start();
            tour.getOutputStream().close();
            // Read to its end, which comes when the tour exits: each of its requests has a time limit.
            String said;
            try (var output = tour.getInputStream()) {
                said = new String(output.readAllBytes(), StandardCharsets.UTF_8);
            }
            tour.waitFor();
            said.lines().filter(line -> !line.isBlank())
                    .forEach(line -> terminal.err().println("backease: warm-up: " + line));
            return tour.exitValue() == 0 ? ExitCode.DONE : ExitCode.FAILED;
        } catch (IOException e) {
            terminal.err().println("backease: warm-up: could not start it: " + e.getMessage());
            return ExitCode.FAILED;
        } finally {
            web.stop();
        }
    }

    private static String hostForUrl(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
