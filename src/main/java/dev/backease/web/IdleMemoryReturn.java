package dev.backease.web;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Gives memory back to the system once the server has gone quiet after a burst of requests. The
 * serial collector only shrinks the heap during a full collection, and an idle server never needs
 * one, so after load it would keep the heap it grew to (tens of megabytes of garbage that survived
 * a young collection) for as long as it stays idle. One full collection, once per quiet spell,
 * costs a few milliseconds on a small heap while nobody is waiting.
 */
final class IdleMemoryReturn implements AutoCloseable {
    private final Clock clock;
    private final Duration quiet;
    private final Runnable collect;
    private final AtomicBoolean busySinceLastCollection = new AtomicBoolean();
    // Milliseconds, not an Instant: this is written on every request and should not allocate.
    private volatile long lastRequestMillis;
    private ScheduledExecutorService timer;

    IdleMemoryReturn(Clock clock, Duration quiet, Runnable collect) {
        this.clock = clock;
        this.quiet = quiet;
        this.collect = collect;
        this.lastRequestMillis = clock.millis();
    }

    static IdleMemoryReturn standard() {
        return new IdleMemoryReturn(Clock.systemUTC(), Duration.ofSeconds(15), System::gc);
    }

    /** Called for every request: cheap, no lock. */
    void requestSeen() {
        lastRequestMillis = clock.millis();
        if (!busySinceLastCollection.get()) {
            busySinceLastCollection.set(true);
        }
    }

    /** Collects once if there were requests since the last collection and none for the quiet period. */
    boolean check() {
        if (busySinceLastCollection.get() && clock.millis() - lastRequestMillis >= quiet.toMillis()
                && busySinceLastCollection.compareAndSet(true, false)) {
            collect.run();
            return true;
        }
        return false;
    }

    void start() {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "backease-idle-memory");
            thread.setDaemon(true);
            return thread;
        });
        long period = Math.max(1, quiet.toSeconds() / 3);
        timer.scheduleWithFixedDelay(this::check, period, period, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
