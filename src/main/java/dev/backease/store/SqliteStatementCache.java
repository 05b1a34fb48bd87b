package dev.backease.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilderFactory;
import org.jdbi.v3.core.statement.StatementContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConnection;
import org.sqlite.core.CoreStatement;
import org.sqlite.core.DB;

/**
 * Keeps SQLite's prepared statements for the next use of the same SQL on the same connection.
 * sqlite-jdbc compiles the SQL anew for every statement, and HikariCP (by design) leaves statement
 * caching to the driver, which has none: under signed-in load compiling the same few statements was
 * 11% of the server's CPU ({@code docs/PERFORMANCE.md}, 2026-12-08, small hours).
 *
 * <p>A statement is prepared on the pooled connection's own SQLite connection, below HikariCP's
 * proxy, since the proxy closes every statement made through it when it goes back to the pool. It
 * is taken out of the cache while it is in use, so two uses of the same SQL at once (a query run
 * while another one's rows are being read) each get their own. When Jdbi is done with it, it is
 * reset (which ends the read it may still hold open: an unfinished SELECT would keep its snapshot
 * and hold checkpoints back) and its parameters are cleared, then it is kept for the next use. A
 * statement that SQLite has finalized (after some errors) is dropped. At most
 * {@link #PER_CONNECTION} are kept per connection, the least recently used closed first; the caches
 * of closed connections are dropped when the pool opens new ones.
 *
 * <p>SQLite prepares a kept statement again by itself when the schema changed, but the driver keeps
 * the column names it read at the first use. That is safe here because the schema only changes by
 * Flyway's migrations, which run before the program reads or writes anything and not through Jdbi.
 *
 * <p>Statements asking for generated keys or updatable result sets, and connections that are not
 * SQLite's, take Jdbi's default path.
 */
final class SqliteStatementCache implements StatementBuilderFactory {
    /** More than the number of distinct statements the program sends. */
    static final int PER_CONNECTION = 128;
    private static final Logger LOG = LoggerFactory.getLogger(SqliteStatementCache.class);

    /** Per SQLite connection; only changed under its own lock, and small (one per pooled connection). */
    private final Map<SQLiteConnection, Kept> byConnection = new IdentityHashMap<>();

    @Override
    public StatementBuilder createStatementBuilder(Connection connection) {
        SQLiteConnection sqlite;
        try {
            sqlite = connection.isWrapperFor(SQLiteConnection.class) ? connection.unwrap(SQLiteConnection.class) : null;
        } catch (SQLException e) {
            sqlite = null;
        }
        if (sqlite == null) {
            return new DefaultStatementBuilder();
        }
        return new Builder(sqlite, kept(sqlite));
    }

    /** How many statements are kept for this connection now (for tests). */
    int keptFor(Connection connection) throws SQLException {
        SQLiteConnection sqlite = connection.unwrap(SQLiteConnection.class);
        synchronized (byConnection) {
            Kept kept = byConnection.get(sqlite);
            return kept == null ? 0 : kept.size();
        }
    }

    /** How many connections have statements kept (for tests). */
    int connections() {
        synchronized (byConnection) {
            return byConnection.size();
        }
    }

    private Kept kept(SQLiteConnection sqlite) {
        synchronized (byConnection) {
            Kept kept = byConnection.get(sqlite);
            if (kept == null) {
                // A new connection: the pool may have closed others meanwhile, whose statements SQLite finalized.
                byConnection.keySet().removeIf(SqliteStatementCache::closed);
                kept = new Kept();
                byConnection.put(sqlite, kept);
            }
            return kept;
        }
    }

    /**
     * One connection's statements by SQL, least recently used first. A pooled connection is used by one
     * thread at a time, and the pool's hand-over orders one use before the next; the lock is for the rare
     * case of a connection used by two threads at once, which JDBC allows.
     */
    private static final class Kept extends LinkedHashMap<String, PreparedStatement> {
        Kept() {
            super(32, 0.75f, true);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() <= PER_CONNECTION) {
                return false;
            }
            closeQuietly(eldest.getValue());
            return true;
        }

        synchronized PreparedStatement take(String sql) {
            return remove(sql);
        }

        /** Keeps it, unless one for the same SQL came back first: then this one is closed. */
        synchronized void giveBack(String sql, PreparedStatement statement) {
            if (putIfAbsent(sql, statement) != null) {
                closeQuietly(statement);
            }
        }

        @Override
        public synchronized int size() {
            return super.size();
        }
    }

    /** Jdbi's default builder, but for the prepared statements it keeps. */
    private static final class Builder extends DefaultStatementBuilder {
        private final SQLiteConnection sqlite;
        private final Kept kept;
        /** This handle's statements from here now in use, with the SQL they were prepared from. */
        private final Map<Statement, String> inUse = new IdentityHashMap<>();

        Builder(SQLiteConnection sqlite, Kept kept) {
            this.sqlite = sqlite;
            this.kept = kept;
        }

        @Override
        public PreparedStatement create(Connection conn, String sql, StatementContext ctx) throws SQLException {
            if (ctx.isReturningGeneratedKeys() || ctx.isConcurrentUpdatable()) {
                return super.create(conn, sql, ctx);
            }
            PreparedStatement statement = kept.take(sql);
            if (statement == null) {
                statement = sqlite.prepareStatement(sql);
            }
            inUse.put(statement, sql);
            return statement;
        }

        @Override
        public void close(Connection conn, String unused, Statement stmt) throws SQLException {
            if (stmt == null) {
                return;
            }
            // Jdbi names the SQL as written (with :names), not as prepared (with ?): the key is kept here.
            String sql = inUse.remove(stmt);
            if (sql == null || !(stmt instanceof CoreStatement core) || closed(sqlite)) {
                stmt.close();
                return;
            }
            if (core.pointer == null || core.pointer.isClosed()) {
                return; // SQLite finalized it after an error; nothing to keep
            }
            try {
                // Ends a read it may hold open (rows not read to the end); the result code is the last step's.
                core.pointer.safeRunInt(DB::reset);
                ((PreparedStatement) stmt).clearParameters();
            } catch (SQLException e) {
                LOG.debug("a statement could not be reset and is not kept", e);
                closeQuietly(stmt);
                return;
            }
            kept.giveBack(sql, (PreparedStatement) stmt);
        }
    }

    private static boolean closed(SQLiteConnection sqlite) {
        try {
            return sqlite.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    private static void closeQuietly(Statement statement) {
        try {
            statement.close();
        } catch (SQLException e) {
            LOG.debug("closing a statement failed", e);
        }
    }
}
