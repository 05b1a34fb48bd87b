package dev.backease.cli;

import dev.backease.Config;
import dev.backease.web.WebServer;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the web app and the JSON API until stopped (Ctrl+C).")
public final class ServeCommand implements Callable<Integer> {
    private final Map<String, String> env;
    private final Terminal terminal;
    private final Function<Config, WebServer> servers;

    @Mixin
    ConfigOptions.Server server;

    @Mixin
    ConfigOptions.Storage storage;

    @Mixin
    ConfigOptions.Emergency emergency;

    public ServeCommand(Map<String, String> env, Terminal terminal, Function<Config, WebServer> servers) {
        this.env = env;
        this.terminal = terminal;
        this.servers = servers;
    }

    @Override
    public Integer call() throws InterruptedException {
        Config config = ConfigOptions.resolve(env, server, storage, emergency);
        WebServer web = servers.apply(config).start(config.host(), config.port());
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

    private static String hostForUrl(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
