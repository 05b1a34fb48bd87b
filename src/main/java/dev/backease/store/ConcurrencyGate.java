package dev.backease.store;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/** Lets at most a fixed number of callers run a piece of work at once; the others wait their turn. */
final class ConcurrencyGate {
    private final Semaphore permits;

    ConcurrencyGate(int atOnce) {
        if (atOnce < 1) {
            throw new IllegalArgumentException("at least one caller must be let through, not " + atOnce);
        }
        this.permits = new Semaphore(atOnce, true);
    }

    <T> T run(Supplier<T> work) {
        permits.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
