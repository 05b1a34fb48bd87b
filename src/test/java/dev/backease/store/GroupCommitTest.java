package dev.backease.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SQLite's changes made in group commits (a real SQLite file, as served): each caller gets its own
 * result or its own failure, a failed change takes nothing else with it, and a commit that fails
 * keeps nothing of its group and tells every caller in it.
 */
class GroupCommitTest {
    private final String url = TestDatabases.freshSqliteUrl();
    private Database database;
    private Writes writes;
    private ExecutorService callers;

    @BeforeEach
    void open() {
        database = TestDatabases.open(url);
        writes = database.writes();
        callers = Executors.newFixedThreadPool(8);
        database.jdbi().useHandle(h -> {
            h.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)");
            h.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT NOT NULL UNIQUE,"
                    + " parent_id INTEGER REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED)");
            h.execute("INSERT INTO parent (id) VALUES (1)");
        });
    }

    @AfterEach
    void close() {
        callers.shutdownNow();
        database.close();
    }

    @Test
    void sqlite_writes_in_groups_and_postgresql_does_not() {
        assertThat(writes).isInstanceOf(GroupCommit.class);
    }

    @Test
    void every_caller_gets_the_result_of_its_own_change_once_it_is_committed() throws Exception {
        List<Future<Long>> ids = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String body = "note " + i;
            ids.add(callers.submit(() -> writes.inTransaction(h -> h.createQuery("INSERT INTO note (body) VALUES (:body) RETURNING id")
                    .bind("body", body).mapTo(Long.class).one())));
        }
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i).get(10, TimeUnit.SECONDS);
            // Read back on another connection: what a caller was told is written is there for everyone.
            String body = database.jdbi().withHandle(h -> h.createQuery("SELECT body FROM note WHERE id = :id")
                    .bind("id", id).mapTo(String.class).one());
            assertThat(body).isEqualTo("note " + i);
        }
    }

    @Test
    void a_change_that_fails_gets_its_own_exception_and_the_rest_of_its_group_is_kept() throws Exception {
        writes.useTransaction(h -> h.execute("INSERT INTO note (body) VALUES ('taken')"));
        List<Future<Object>> group = inOneGroup(List.of(
                () -> writes.useTransaction(h -> h.execute("INSERT INTO note (body) VALUES ('first')")),
                () -> writes.useTransaction(h -> {
                    h.execute("INSERT INTO note (body) VALUES ('half of a change')");
                    h.execute("INSERT INTO note (body) VALUES ('taken')"); // UNIQUE fails: the whole change goes
                }),
                () -> writes.useTransaction(h -> {
                    h.execute("INSERT INTO note (body) VALUES ('refused by its own rule')");
                    throw new IllegalArgumentException("not this one");
                }),
                () -> writes.useTransaction(h -> h.execute("INSERT INTO note (body) VALUES ('last')"))));

        assertThat(group.get(0).get(10, TimeUnit.SECONDS)).isNull();
        assertThatThrownBy(() -> group.get(1).get(10, TimeUnit.SECONDS))
                .hasCauseInstanceOf(UnableToExecuteStatementException.class).hasMessageContaining("UNIQUE");
        assertThatThrownBy(() -> group.get(2).get(10, TimeUnit.SECONDS))
                .hasCauseExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("not this one");
        assertThat(group.get(3).get(10, TimeUnit.SECONDS)).isNull();
        assertThat(bodies()).containsExactly("taken", "blocker", "first", "last");
    }

    @Test
    void a_commit_that_fails_keeps_nothing_of_its_group_and_every_caller_is_told() throws Exception {
        List<Future<Object>> group = inOneGroup(List.of(
                () -> writes.useTransaction(h -> h.execute("INSERT INTO note (body) VALUES ('fine on its own')")),
                // Allowed until the commit, where the deferred foreign key is checked and refuses it all.
                () -> writes.useTransaction(h -> h.execute("INSERT INTO note (body, parent_id) VALUES ('orphan', 99)")),
                () -> writes.useTransaction(h -> h.execute("INSERT INTO note (body) VALUES ('also fine')"))));

        for (Future<Object> change : group) {
            assertThatThrownBy(() -> change.get(10, TimeUnit.SECONDS)).hasStackTraceContaining("FOREIGN KEY constraint failed");
        }
        assertThat(bodies()).doesNotContain("fine on its own", "orphan", "also fine").containsExactly("blocker");

        writes.useTransaction(h -> h.execute("INSERT INTO note (body) VALUES ('after')"));
        assertThat(bodies()).containsExactly("blocker", "after");
    }

    @Test
    void a_change_that_cannot_be_undone_alone_takes_its_group_with_it_and_the_others_are_told_why() throws Exception {
        List<Future<Object>> group = inOneGroup(List.of(
                () -> writes.useTransaction(h -> h.execute("INSERT INTO note (body) VALUES ('before')")),
                () -> writes.useTransaction(h -> {
                    // What SQLite itself does after some errors (a full disk): the whole transaction is gone.
                    try (var statement = h.getConnection().createStatement()) {
                        statement.execute("ROLLBACK");
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                    throw new IllegalStateException("the transaction went away");
                }),
                () -> writes.useTransaction(h -> h.execute("INSERT INTO note (body) VALUES ('after')"))));

        assertThatThrownBy(() -> group.get(1).get(10, TimeUnit.SECONDS)).hasMessageContaining("the transaction went away");
        for (Future<Object> other : List.of(group.get(0), group.get(2))) {
            assertThatThrownBy(() -> other.get(10, TimeUnit.SECONDS))
                    .satisfies(e -> assertThat(e.getCause()).isNotInstanceOf(IllegalStateException.class));
        }
        assertThat(bodies()).containsExactly("blocker");
        writes.useTransaction(h -> h.execute("INSERT INTO note (body) VALUES ('next')"));
        assertThat(bodies()).containsExactly("blocker", "next");
    }

    @Test
    void a_change_made_inside_a_change_is_part_of_it() {
        assertThatThrownBy(() -> writes.useTransaction(h -> {
            writes.useTransaction(inner -> inner.execute("INSERT INTO note (body) VALUES ('inner')"));
            throw new IllegalStateException("the outer change fails");
        })).hasMessage("the outer change fails");
        assertThat(bodies()).isEmpty();

        writes.useTransaction(h -> writes.useTransaction(inner -> inner.execute("INSERT INTO note (body) VALUES ('inner')")));
        assertThat(bodies()).containsExactly("inner");
    }

    @Test
    void an_interrupted_caller_still_gets_its_answer() throws Exception {
        Thread.currentThread().interrupt();
        try {
            long rows = writes.inTransaction(h -> (long) h.execute("INSERT INTO note (body) VALUES ('interrupted')"));
            assertThat(rows).isEqualTo(1L);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(bodies()).containsExactly("interrupted");
    }

    @Test
    void closing_writes_what_was_handed_in_and_then_refuses_with_a_clear_error() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> slow = callers.submit(() -> writes.useTransaction(h -> {
            writing.countDown();
            await(release);
            h.execute("INSERT INTO note (body) VALUES ('handed in before closing')");
        }));
        assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
        Future<?> closing = callers.submit(database::close);
        release.countDown();
        closing.get(10, TimeUnit.SECONDS);
        slow.get(10, TimeUnit.SECONDS);

        assertThatThrownBy(() -> writes.useTransaction(h -> h.execute("INSERT INTO note (body) VALUES ('too late')")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed").hasMessageContaining("nothing was written");
        try (Database reopened = TestDatabases.open(url)) {
            List<String> kept = reopened.jdbi().withHandle(h -> h.createQuery("SELECT body FROM note").mapTo(String.class).list());
            assertThat(kept).containsExactly("handed in before closing");
        }
    }

    /**
     * Runs the changes as one group: a first change holds the writer until every one of them is
     * waiting in the queue, so the writer takes them together, in the order given. The first change
     * writes "blocker".
     */
    private List<Future<Object>> inOneGroup(List<Runnable> changes) throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> blocker = callers.submit(() -> writes.useTransaction(h -> {
            holding.countDown();
            await(release);
            h.execute("INSERT INTO note (body) VALUES ('blocker')");
        }));
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
        GroupCommit group = (GroupCommit) writes;
        List<Future<Object>> futures = new ArrayList<>();
        for (Runnable change : changes) {
            int waiting = group.waiting();
            futures.add(callers.submit(() -> {
                change.run();
                return null;
            }));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (group.waiting() == waiting && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(group.waiting()).isEqualTo(waiting + 1);
        }
        release.countDown();
        blocker.get(10, TimeUnit.SECONDS);
        return futures;
    }

    private List<String> bodies() {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT body FROM note ORDER BY id").mapTo(String.class).list());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
