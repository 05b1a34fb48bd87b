package dev.backease.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

class DatabaseTroubleTest {

    @Test
    void a_pool_that_cannot_get_a_connection_means_the_database_is_unreachable() {
        Exception failure = new IllegalStateException("jdbi wrapped it",
                new SQLTransientConnectionException("backease - Connection is not available"));

        assertThat(DatabaseTrouble.of(failure)).contains(DatabaseTrouble.UNREACHABLE);
        assertThat(DatabaseTrouble.UNREACHABLE.status).isEqualTo(503);
    }

    @Test
    void postgresql_shutting_down_or_refusing_connections_is_unreachable_and_a_full_disk_is_507() {
        assertThat(DatabaseTrouble.of(new SQLException("terminating connection", "57P01")))
                .contains(DatabaseTrouble.UNREACHABLE);
        assertThat(DatabaseTrouble.of(new SQLException("connection refused", "08001")))
                .contains(DatabaseTrouble.UNREACHABLE);
        assertThat(DatabaseTrouble.of(new SQLException("could not extend file", "53100")))
                .contains(DatabaseTrouble.OUT_OF_SPACE);
        assertThat(DatabaseTrouble.OUT_OF_SPACE.status).isEqualTo(507);
    }

    @Test
    void sqlite_full_and_read_only_are_told_apart_by_their_result_codes() {
        assertThat(DatabaseTrouble.of(new SQLiteException("full", SQLiteErrorCode.SQLITE_FULL)))
                .contains(DatabaseTrouble.OUT_OF_SPACE);
        assertThat(DatabaseTrouble.of(new SQLiteException("readonly", SQLiteErrorCode.SQLITE_READONLY)))
                .contains(DatabaseTrouble.READ_ONLY);
        assertThat(DatabaseTrouble.of(new SQLiteException("write failed", SQLiteErrorCode.SQLITE_IOERR_WRITE)))
                .contains(DatabaseTrouble.UNREACHABLE);
    }

    @Test
    void a_bug_such_as_a_broken_query_or_a_constraint_stays_a_500() {
        assertThat(DatabaseTrouble.of(new SQLException("syntax error", "42601"))).isEmpty();
        assertThat(DatabaseTrouble.of(new SQLiteException("constraint", SQLiteErrorCode.SQLITE_CONSTRAINT))).isEmpty();
        assertThat(DatabaseTrouble.of(new IllegalStateException("no database involved"))).isEmpty();
    }
}
