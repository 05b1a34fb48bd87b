package dev.backease.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.NoTemplateEngine;

/**
 * The one database: a HikariCP pool, migrated by Flyway, used through Jdbi. SQLite runs with WAL,
 * synchronous=FULL (a confirmed write survives a power cut), foreign keys on and a busy timeout.
 */
public final class Database implements AutoCloseable {
    private static final int SQLITE_BUSY_TIMEOUT_MS = 10_000;
    /** How long a request waits for a connection before it is told the database is unreachable. */
    public static final String CONNECT_TIMEOUT_VARIABLE = "BACKEASE_DB_CONNECT_TIMEOUT_SECONDS";
    private static final int DEFAULT_CONNECT_TIMEOUT_SECONDS = 3;

    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final Dialect dialect;
    private final String safeUrl;
    private final JournalCache journals = new JournalCache(JournalCache.DEFAULT_MAX_ENTRIES);
    private final SessionCache sessions = new SessionCache(SessionCache.DEFAULT_MAX_SESSIONS);
    private final Writes writes;

    private Database(HikariDataSource pool, Dialect dialect, String safeUrl) {
        this.pool = pool;
        this.dialect = dialect;
        this.safeUrl = safeUrl;
        this.jdbi = Jdbi.create(pool);
        // The SQL here is plain text with named parameters and never uses Jdbi's <attribute> templates;
        // the default engine still rendered every statement anew, a new string each time.
        jdbi.setTemplateEngine(new NoTemplateEngine());
        if (dialect == Dialect.SQLITE) {
            // PostgreSQL's driver keeps its prepared statements itself; SQLite's compiles each one anew.
            jdbi.setStatementBuilderFactory(new SqliteStatementCache());
        }
        // SQLite has one writer at a time anyway: one thread writes, committing what waits together.
        this.writes = dialect == Dialect.SQLITE ? new GroupCommit(jdbi, "backease-db-writer") : Writes.direct(jdbi);
    }

    /** Opens with the password and user from the URL, or BACKEASE_DB_USER / BACKEASE_DB_PASSWORD. */
    public static Database open(String url) {
        return open(url, System.getenv());
    }

    public static Database open(String url, Map<String, String> env) {
        Database database = connect(url, env);
        database.migrate();
        return database;
    }

    /**
     * Builds the pool without connecting or bringing the schema up to date: {@link #migrate()} makes
     * the first connection (so a wrong address or password fails there) and must finish before
     * anything is read or written. {@code serve} migrates on another core while it builds and
     * starts the web server.
     */
    public static Database connect(String url, Map<String, String> env) {
        String safeUrl = JdbcUrls.withoutPassword(url);
        Dialect dialect;
        try {
            dialect = Dialect.of(url);
        } catch (IllegalArgumentException e) {
            throw new DatabaseUnavailableException(safeUrl, e);
        }
        try {
            return new Database(new HikariDataSource(config(url, dialect, env)), dialect, safeUrl);
        } catch (RuntimeException e) {
            throw new DatabaseUnavailableException(safeUrl, e);
        }
    }

    /** Brings the schema up to date (Flyway); on failure the pool is closed and the cause reported. */
    public void migrate() {
        try {
            Flyway.configure().dataSource(pool).locations(dialect.migrations()).load().migrate();
        } catch (RuntimeException e) {
            close();
            throw new DatabaseUnavailableException(safeUrl, e);
        }
    }

    /** For reads; every change goes through {@link #writes()}. */
    public Jdbi jdbi() {
        return jdbi;
    }

    /** Where every change is made, each in a transaction of its own (see {@link Writes}). */
    public Writes writes() {
        return writes;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The parsed journals this process keeps of this database, for every reader and for erasure. */
    JournalCache journals() {
        return journals;
    }

    /** The sessions this process keeps of this database, for every reader and for erasure. */
    SessionCache sessions() {
        return sessions;
    }

    /** Writes what was already handed in, then closes the pool. */
    @Override
    public void close() {
        if (writes instanceof GroupCommit group) {
            group.close();
        }
        pool.close();
    }

    private static HikariConfig config(String url, Dialect dialect, Map<String, String> env) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setPoolName("backease");
        // No connection is made when the pool is built: the first one comes with the migration,
        // which serve runs on another core, and which reports an unreachable database the same way.
        config.setInitializationFailTimeout(-1);
        // Short, so that while the database is away people get a clear 503 quickly instead of a hang.
        config.setConnectionTimeout(connectTimeoutSeconds(env) * 1000L);
        config.setValidationTimeout(1_000);
        if (dialect == Dialect.SQLITE) {
            sqlite(config, url);
        } else {
            postgresql(config, url, env);
        }
        return config;
    }

    static int connectTimeoutSeconds(Map<String, String> env) {
        String value = env.get(CONNECT_TIMEOUT_VARIABLE);
        if (value == null || value.isBlank()) {
            return DEFAULT_CONNECT_TIMEOUT_SECONDS;
        }
        try {
            int seconds = Integer.parseInt(value.strip());
            if (seconds >= 1 && seconds <= 60) {
                return seconds;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the variable's name
        }
        throw new IllegalArgumentException(CONNECT_TIMEOUT_VARIABLE + ": must be a whole number of seconds from 1 to 60");
    }

    private static void sqlite(HikariConfig config, String url) {
        createParentFolder(url.substring("jdbc:sqlite:".length()));
        config.addDataSourceProperty("journal_mode", "WAL");
        config.addDataSourceProperty("synchronous", "FULL");
        config.addDataSourceProperty("foreign_keys", "true");
        config.addDataSourceProperty("busy_timeout", String.valueOf(SQLITE_BUSY_TIMEOUT_MS));
        // A transaction takes the write lock when it begins, so one that reads before it writes cannot
        // fail half-way because another process (a CLI command on the same file) wrote in between.
        config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
        // The driver otherwise runs a query of its own for the new row id after every INSERT, for
        // getGeneratedKeys, which nothing here calls (RETURNING gives a new id where one is wanted).
        config.addDataSourceProperty("jdbc.get_generated_keys", "false");
        // Few writers is what SQLite does best; a small pool keeps lock waits short.
        config.setMaximumPoolSize(4);
    }

    private static void postgresql(HikariConfig config, String url, Map<String, String> env) {
        if (!url.contains("user=") && env.get("BACKEASE_DB_USER") != null) {
            config.setUsername(env.get("BACKEASE_DB_USER"));
        }
        if (!url.contains("password=") && env.get("BACKEASE_DB_PASSWORD") != null) {
            config.setPassword(env.get("BACKEASE_DB_PASSWORD"));
        }
        config.setMaximumPoolSize(10);
    }

    private static void createParentFolder(String file) {
        String path = file.contains("?") ? file.substring(0, file.indexOf('?')) : file;
        if (path.isBlank() || path.startsWith(":memory:") || path.startsWith("file:")) {
            return;
        }
        Path parent = Path.of(path).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the data folder " + parent, e);
        }
    }
}
