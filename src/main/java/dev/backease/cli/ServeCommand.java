package dev.backease.cli;

import dev.backease.Config;
import dev.backease.web.WebServer;
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

    private int warmUp(Config config, WebServer web) throws InterruptedException {
        try {
            List<String> surprises = new WarmUp("http://" + hostForUrl(config.host()) + ":" + web.port()).run();
            surprises.forEach(surprise -> terminal.err().println("backease: warm-up: " + surprise));
            return surprises.isEmpty() ? ExitCode.DONE : ExitCode.FAILED;
        } finally {
            web.stop();
        }
    }

    private static String hostForUrl(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
