package dev.backease.store;

import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;

/**
 * Every change to the database goes through here, each as one transaction: it is committed (and on
 * SQLite synced to disk) before the call returns, or the call throws and nothing of it is kept.
 * Reads that change nothing use {@link Database#jdbi()} directly.
 */
public interface Writes {
    /** Runs {@code work} in a transaction of its own and returns what it returned, once committed. */
    <T> T inTransaction(HandleCallback<T, RuntimeException> work);

    default void useTransaction(HandleConsumer<RuntimeException> work) {
        inTransaction(h -> {
            work.useHandle(h);
            return null;
        });
    }

    /** One connection and one commit per call: what PostgreSQL, with its own group commit, wants. */
    static Writes direct(Jdbi jdbi) {
        return new Writes() {
            @Override
            public <T> T inTransaction(HandleCallback<T, RuntimeException> work) {
                return jdbi.inTransaction(work);
            }
        };
    }
}
