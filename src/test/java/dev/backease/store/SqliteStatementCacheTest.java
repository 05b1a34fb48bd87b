package dev.backease.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SQLite's prepared statements kept for the next use of the same SQL (a real SQLite file, through the
 * pool as served): the answers are the same as with a new statement each time, and a kept statement
 * holds no read open, no parameter of its last use, and no error.
 */
class SqliteStatementCacheTest {
    private static final String COUNT = "SELECT COUNT(*) FROM note WHERE body LIKE :pattern";

    private final String url = TestDatabases.freshSqliteUrl();
    private Database database;
    private Jdbi jdbi;

    @BeforeEach
    void open() {
        database = TestDatabases.open(url);
        jdbi = database.jdbi();
        database.writes().useTransaction(h -> {
            h.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT NOT NULL UNIQUE)");
            for (int i = 0; i < 20; i++) {
                h.execute("INSERT INTO note (body) VALUES (?)", "note " + i);
            }
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void the_same_sql_on_the_same_connection_reuses_its_statement_and_answers_for_the_new_values() {
        jdbi.useHandle(h -> {
            List<PreparedStatement> used = new ArrayList<>();
            long all = h.createQuery(COUNT).bind("pattern", "note %").addCustomizer(recordingInto(used)).mapTo(Long.class).one();
            long ones = h.createQuery(COUNT).bind("pattern", "note 1%").addCustomizer(recordingInto(used)).mapTo(Long.class).one();
            assertThat(all).isEqualTo(20);
            assertThat(ones).isEqualTo(11); // note 1, note 10 ... note 19
            assertThat(used).hasSize(2);
            assertThat(used.get(1)).isSameAs(used.get(0));
        });
    }

    /** Adds the statement each execution runs on to {@code used}. */
    private static StatementCustomizer recordingInto(List<PreparedStatement> used) {
        return new StatementCustomizer() {
            @Override
            public void beforeExecution(PreparedStatement stmt, StatementContext ctx) {
                used.add(stmt);
            }
        };
    }

    @Test
    void an_insert_runs_no_query_of_the_driver_for_its_row_id() {
        // The driver would otherwise run SELECT last_insert_rowid() after every INSERT (nothing here reads it).
        java.sql.ResultSet[] keys = new java.sql.ResultSet[1];
        boolean[] hasRow = new boolean[1];
        database.writes().useTransaction(h -> h.createUpdate("INSERT INTO note (body) VALUES (:body)").bind("body", "one more")
                .addCustomizer(new StatementCustomizer() {
                    @Override
                    public void afterExecution(PreparedStatement stmt, StatementContext ctx)
                            throws java.sql.SQLException {
                        keys[0] = stmt.getGeneratedKeys();
                        hasRow[0] = keys[0].next();
                        keys[0].close();
                    }
                }).execute());
        assertThat(hasRow[0]).as("a row id was fetched for getGeneratedKeys").isFalse();
    }

    @Test
    void a_query_whose_rows_were_not_all_read_holds_no_read_open_on_its_connection() {
        try (Handle reader = jdbi.open()) {
            // Reads one row of twenty: the statement is kept with rows still unread.
            assertThat(reader.createQuery("SELECT body FROM note ORDER BY id").mapTo(String.class).first()).isEqualTo("note 0");
            // Another connection writes, and the writer's log is checkpointed all the way (it could not
            // be while a read on the old snapshot is open).
            database.writes().useTransaction(h -> h.execute("INSERT INTO note (body) VALUES ('later')"));
            List<Integer> checkpoint = jdbi.withHandle(h -> h.createQuery("PRAGMA wal_checkpoint(TRUNCATE)")
                    .map((rs, ctx) -> rs.getInt(1)).list());
            assertThat(checkpoint).as("busy flag of the checkpoint").containsExactly(0);
            // The first connection sees the new row: it is not still reading the snapshot of before.
            assertThat(reader.createQuery("SELECT body FROM note ORDER BY id").mapTo(String.class).list())
                    .hasSize(21).last().isEqualTo("later");
        }
    }

    @Test
    void the_same_sql_twice_at_once_on_one_connection_gets_two_statements() {
        List<String> pairs = jdbi.withHandle(h -> {
            List<String> out = new ArrayList<>();
            try (var outer = h.createQuery("SELECT body FROM note WHERE id <= :n ORDER BY id").bind("n", 3)
                    .mapTo(String.class).iterator()) {
                while (outer.hasNext()) {
                    String body = outer.next();
                    // The same SQL while the outer rows are still being read.
                    List<String> inner = h.createQuery("SELECT body FROM note WHERE id <= :n ORDER BY id").bind("n", 2)
                            .mapTo(String.class).list();
                    out.add(body + "/" + inner.size());
                }
            }
            return out;
        });
        assertThat(pairs).containsExactly("note 0/2", "note 1/2", "note 2/2");
    }

    @Test
    void a_statement_that_failed_is_usable_again_with_other_values() {
        String insert = "INSERT INTO note (body) VALUES (:body)";
        assertThatThrownBy(() -> database.writes().useTransaction(h -> h.createUpdate(insert).bind("body", "note 3").execute()))
                .isInstanceOf(UnableToExecuteStatementException.class)
                .hasMessageContaining("UNIQUE");
        database.writes().useTransaction(h -> h.createUpdate(insert).bind("body", "new one").execute());
        long found = jdbi.withHandle(h -> h.createQuery(COUNT).bind("pattern", "new one").mapTo(Long.class).one());
        assertThat(found).isEqualTo(1);
    }

    @Test
    void no_parameter_of_the_last_use_is_left_bound() {
        String insert = "INSERT INTO note (id, body) VALUES (:id, :body)";
        database.writes().useTransaction(h -> h.createUpdate(insert).bind("id", 100).bind("body", "first").execute());
        // The same statement with the id left out: it must be NULL (a new id), not 100 again.
        database.writes().useTransaction(h -> h.createUpdate("INSERT INTO note (id, body) VALUES (:id, :body)")
                .bindNull("id", java.sql.Types.INTEGER).bind("body", "second").execute());
        long id = jdbi.withHandle(h -> h.createQuery("SELECT id FROM note WHERE body = 'second'").mapTo(Long.class).one());
        assertThat(id).isEqualTo(101);
    }

    @Test
    void a_rolled_back_transaction_leaves_its_statements_usable() {
        String insert = "INSERT INTO note (body) VALUES (:body)";
        assertThatThrownBy(() -> database.writes().useTransaction(h -> {
            h.createUpdate(insert).bind("body", "undone").execute();
            throw new IllegalStateException("changed my mind");
        })).hasMessage("changed my mind");
        database.writes().useTransaction(h -> h.createUpdate(insert).bind("body", "kept").execute());
        List<String> added = jdbi.withHandle(h -> h.createQuery("SELECT body FROM note WHERE id > 20").mapTo(String.class).list());
        assertThat(added).containsExactly("kept");
    }

    @Test
    void statements_of_a_closed_connection_are_not_kept() throws Exception {
        SqliteStatementCache cache = new SqliteStatementCache();
        String file = url.substring("jdbc:sqlite:".length());
        Connection first = DriverManager.getConnection("jdbc:sqlite:" + file);
        Jdbi plain = Jdbi.create(() -> first);
        plain.setStatementBuilderFactory(cache);
        try (Handle h = plain.open()) {
            assertThat(h.createQuery(COUNT).bind("pattern", "%").mapTo(Long.class).one()).isEqualTo(20);
        }
        assertThat(cache.connections()).isEqualTo(1);
        assertThat(cache.keptFor(first)).isEqualTo(1);
        first.close();
        try (Connection second = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Jdbi again = Jdbi.create(() -> second);
            again.setStatementBuilderFactory(cache);
            try (Handle h = again.open()) {
                assertThat(h.createQuery(COUNT).bind("pattern", "%").mapTo(Long.class).one()).isEqualTo(20);
            }
            assertThat(cache.connections()).as("the closed connection's cache is dropped").isEqualTo(1);
            assertThat(cache.keptFor(second)).isEqualTo(1);
        }
    }

    @Test
    void at_most_a_bounded_number_of_statements_is_kept_per_connection() throws Exception {
        try (Handle h = jdbi.open()) {
            for (int i = 0; i < SqliteStatementCache.PER_CONNECTION + 20; i++) {
                assertThat(h.createQuery("SELECT " + i).mapTo(Integer.class).one()).isEqualTo(i);
            }
            assertThat(((SqliteStatementCache) jdbi.getStatementBuilderFactory()).keptFor(h.getConnection()))
                    .isEqualTo(SqliteStatementCache.PER_CONNECTION);
        }
    }
}
