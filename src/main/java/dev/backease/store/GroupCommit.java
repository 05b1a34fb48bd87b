package dev.backease.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SQLite's changes, made by one writer thread in group commits. SQLite has one write lock per
 * database and, with {@code synchronous=FULL}, syncs its log at every commit; changes that each take
 * a pooled connection queue for that lock and pay a sync each. Here every change waiting when the
 * writer is free is run in the same transaction, each inside a savepoint of its own, and the whole
 * group is committed with one sync.
 *
 * <p>Nothing is weakened: a caller returns only after the commit that holds its change has been
 * synced, exactly as before. A change that throws is rolled back to its savepoint and its caller gets
 * that exception, while the others in the group are kept. If the commit itself fails (the disk is
 * full, the file is gone) every caller in the group gets that failure and nothing of the group is
 * kept. Changes run one after another on one connection, so each sees the ones before it, as if each
 * had its own transaction.
 */
final class GroupCommit implements Writes, AutoCloseable {
    /** At most this many changes share one commit, so a long queue still gets answers as it goes. */
    static final int MAX_GROUP = 64;
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);

    private final Jdbi jdbi;
    private final BlockingQueue<Change<?>> queue = new LinkedBlockingQueue<>();
    private final ThreadLocal<Handle> running = new ThreadLocal<>();
    private final Thread writer;
    private final Object submitting = new Object();
    private boolean closed;

    GroupCommit(Jdbi jdbi, String name) {
        this.jdbi = jdbi;
        this.writer = new Thread(this::writeGroups, name);
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public <T> T inTransaction(HandleCallback<T, RuntimeException> work) {
        Handle current = running.get();
        if (current != null) {
            // A change that makes another change: that one is part of it, in the same savepoint.
            return work.withHandle(current);
        }
        Change<T> change = new Change<>(work);
        synchronized (submitting) {
            if (closed) {
                throw new IllegalStateException("the database has been closed; nothing was written");
            }
            queue.add(change);
        }
        return change.outcome();
    }

    /** How many changes wait for the writer now (for tests that line a group up). */
    int waiting() {
        return queue.size();
    }

    /** Writes every change already handed in, then stops the writer. */
    @Override
    public void close() {
        synchronized (submitting) {
            if (closed) {
                return;
            }
            closed = true;
            queue.add(Change.LAST);
        }
        boolean interrupted = false;
        while (writer.isAlive()) {
            try {
                writer.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void writeGroups() {
        List<Change<?>> group = new ArrayList<>(MAX_GROUP);
        while (true) {
            group.clear();
            try {
                group.add(queue.take());
            } catch (InterruptedException e) {
                continue; // only close() ends the writer, after what was handed in is written
            }
            queue.drainTo(group, MAX_GROUP - 1);
            boolean last = group.remove(Change.LAST);
            if (!group.isEmpty()) {
                try {
                    write(group);
                } catch (Throwable unexpected) {
                    // Never leave a caller waiting: whatever went wrong is theirs to report.
                    for (Change<?> change : group) {
                        change.fail(unexpected);
                    }
                }
            }
            if (last) {
                return;
            }
        }
    }

    private void write(List<Change<?>> group) {
        try {
            // Through useHandle, so that a change asking Jdbi for a handle gets this one, in this group.
            jdbi.useHandle(handle -> writeOn(handle, group));
        } catch (RuntimeException unreachable) {
            group.forEach(change -> change.fail(unreachable));
        }
    }

    private void writeOn(Handle handle, List<Change<?>> group) {
        running.set(handle);
        try {
            handle.begin();
            if (!runEach(handle, group)) {
                return;
            }
            handle.commit();
            group.forEach(Change::succeed);
        } catch (RuntimeException failed) {
            rollBack(handle);
            for (Change<?> change : group) {
                change.fail(failed);
            }
        } finally {
            running.remove();
        }
    }

    /**
     * Runs each change in a savepoint. False when a failed change could not be undone on its own
     * (SQLite rolls the whole transaction back after some errors): then the group is rolled back and
     * every caller in it is told, none of it having been kept.
     */
    private static boolean runEach(Handle handle, List<Change<?>> group) {
        for (int i = 0; i < group.size(); i++) {
            Change<?> change = group.get(i);
            String savepoint = "change_" + i;
            handle.savepoint(savepoint);
            try {
                change.run(handle);
                handle.release(savepoint);
            } catch (RuntimeException | Error failed) {
                change.fail(failed);
                try {
                    // Undone, and left on SQLite's stack of savepoints; the commit takes it away.
                    handle.rollbackToSavepoint(savepoint);
                } catch (RuntimeException cannotUndo) {
                    // The others are told why their change is not kept: this, not the first change's own failure.
                    LOG.warn("a change could not be undone on its own; its group of {} is not kept", group.size(), cannotUndo);
                    rollBack(handle);
                    for (Change<?> other : group) {
                        other.fail(cannotUndo);
                    }
                    return false;
                }
            }
        }
        return true;
    }

    private static void rollBack(Handle handle) {
        try {
            if (handle.isInTransaction()) {
                handle.rollback();
            }
        } catch (RuntimeException ignored) {
            // the connection is broken; closing it below gives it back to the pool to be replaced
        }
    }

    /** One caller's change, its result once the group is committed, or why it is not kept. */
    private static final class Change<T> {
        static final Change<Void> LAST = new Change<>(h -> null);

        private final HandleCallback<T, RuntimeException> work;
        private final CompletableFuture<T> done = new CompletableFuture<>();
        private T result;

        Change(HandleCallback<T, RuntimeException> work) {
            this.work = work;
        }

        void run(Handle handle) {
            result = work.withHandle(handle);
        }

        /** After the commit; a change that failed already has its answer, and this does nothing. */
        void succeed() {
            done.complete(result);
        }

        /** Does nothing when this change already has its answer (its own failure comes first). */
        void fail(Throwable why) {
            done.completeExceptionally(why);
        }

        /** Waits for the commit; an interrupt does not stop the wait, since the change may be written. */
        T outcome() {
            try {
                return done.join();
            } catch (CompletionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw e;
            }
        }
    }
}
