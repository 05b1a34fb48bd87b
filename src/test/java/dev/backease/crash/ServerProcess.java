package dev.backease.crash;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The packaged program serving on a loopback port, as a person runs it; killed like a power cut. */
final class ServerProcess {
    private static final String JAR = System.getProperty("backease.jar", "target/backease.jar");
    private static final Duration STARTUP = Duration.ofSeconds(60);

    private final Process process;
    private final int port;
    private final Path log;

    private ServerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts {@code java -jar backease.jar serve} with the storage flags and waits until it answers. */
    static ServerProcess start(List<String> storageFlags, Path log) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of("java", "-jar", JAR, "serve", "--host", "127.0.0.1",
                "--port", String.valueOf(port)));
        command.addAll(storageFlags);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        ServerProcess server = new ServerProcess(process, port, log);
        server.awaitHealthy();
        return server;
    }

    int port() {
        return port;
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye; then wait until the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the server did not die within 30 s of SIGKILL");
        }
    }

    private void awaitHealthy() throws Exception {
        ApiClient probe = new ApiClient(port);
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the server ended at start with " + process.exitValue() + ":\n" + tail());
            }
            Optional<Integer> status = probe.tryGet("/api/v1/health").map(r -> r.statusCode());
            if (status.equals(Optional.of(200))) {
                return;
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new AssertionError("the server did not answer within " + STARTUP.toSeconds() + " s:\n" + tail());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
