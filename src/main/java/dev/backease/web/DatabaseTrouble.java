package dev.backease.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

/**
 * Tells a database that is away, full or read-only apart from a bug, by the JDBC error it left in
 * the cause chain. Such a failure is the operator's to fix and the person's to retry, so it gets a
 * plain 503 or 507 instead of the generic 500. Only JDK types are read: PostgreSQL by SQLSTATE,
 * SQLite (which leaves SQLSTATE empty) by its result code.
 */
enum DatabaseTrouble {
    UNREACHABLE(503, "The database is not reachable right now; nothing was lost; try again shortly."),
    READ_ONLY(503, "The database cannot take changes right now; nothing was lost; try again shortly."),
    OUT_OF_SPACE(507, "The server has run out of storage space, so this change was not saved; "
            + "everything saved before is safe. Try again once space has been freed.");

    private static final int MAX_CAUSES = 20;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;

    final int status;
    final String detail;

    DatabaseTrouble(int status, String detail) {
        this.status = status;
        this.detail = detail;
    }

    static Optional<DatabaseTrouble> of(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++) {
            Optional<DatabaseTrouble> trouble = cause instanceof SQLException sql ? of(sql) : Optional.empty();
            if (trouble.isPresent()) {
                return trouble;
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return Optional.empty();
    }

    private static Optional<DatabaseTrouble> of(SQLException e) {
        if (e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
                || e instanceof SQLRecoverableException) {
            return Optional.of(UNREACHABLE);
        }
        String state = e.getSQLState();
        if (state != null) {
            return bySqlState(state);
        }
        return e.getClass().getName().startsWith("org.sqlite.") ? bySqliteCode(e.getErrorCode() & 0xFF)
                : Optional.empty();
    }

    /** 08: connection exceptions; 57P01-03: the server is shutting down or starting; 53100: disk full. */
    private static Optional<DatabaseTrouble> bySqlState(String state) {
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
            return Optional.of(UNREACHABLE);
        }
        if (state.equals("53100")) {
            return Optional.of(OUT_OF_SPACE);
        }
        return state.equals("25006") ? Optional.of(READ_ONLY) : Optional.empty();
    }

    private static Optional<DatabaseTrouble> bySqliteCode(int code) {
        return switch (code) {
            case SQLITE_FULL -> Optional.of(OUT_OF_SPACE);
            case SQLITE_READONLY -> Optional.of(READ_ONLY);
            case SQLITE_IOERR, SQLITE_CANTOPEN -> Optional.of(UNREACHABLE);
            default -> Optional.empty();
        };
    }
}
