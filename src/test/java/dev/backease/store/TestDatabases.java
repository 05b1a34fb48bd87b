package dev.backease.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh, empty databases for tests. SQLite: a new file in a temporary folder. PostgreSQL: a new
 * database on one server per test run, either the one named by BACKEASE_TEST_POSTGRES_URL (a JDBC URL
 * of a maintenance database, e.g. jdbc:postgresql://localhost:5432/postgres?user=postgres) or an
 * embedded PostgreSQL (zonky) started on first use.
 */
public final class TestDatabases {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static String adminUrl;

    private TestDatabases() {
    }

    public static String freshSqliteUrl() {
        try {
            Path folder = Files.createTempDirectory("backease-test");
            folder.toFile().deleteOnExit();
            return "jdbc:sqlite:" + folder.resolve("backease.db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new empty PostgreSQL database; the URL carries user and password. */
    public static String freshPostgresUrl() {
        String admin = adminUrl();
        String name = "backease_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database on " + JdbcUrls.withoutPassword(admin), e);
        }
        return admin.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    }

    public static Database open(String url) {
        return Database.open(url, Map.of());
    }

    private static synchronized String adminUrl() {
        if (adminUrl == null) {
            String configured = System.getenv("BACKEASE_TEST_POSTGRES_URL");
            adminUrl = configured != null && !configured.isBlank() ? configured : startEmbedded();
        }
        return adminUrl;
    }

    private static String startEmbedded() {
        try {
            EmbeddedPostgres server = EmbeddedPostgres.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is ending; the temporary data folder goes with it
                }
            }));
            return server.getJdbcUrl("postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
    }
}
