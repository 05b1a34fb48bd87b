package dev.backease.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseTest {
    private static final List<String> TABLES = List.of("accounts", "api_tokens", "web_sessions", "audit_log",
            "sign_in_failures", "live_sessions", "session_plans", "session_events", "journal_entries");

    @OnBothDatabases
    void migrations_create_every_table(Database database) {
        for (String table : TABLES) {
            long rows = database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
            assertThat(rows).as(table).isZero();
        }
    }

    @OnBothDatabases
    void a_journal_entry_for_an_unknown_account_is_refused_by_the_foreign_key(Database database) {
        assertThatThrownBy(() -> database.jdbi().useHandle(h -> h.execute(
                "INSERT INTO journal_entries (id, account_id, at, kind, document, created_at) VALUES ('j1', 'nobody', ?, 'check_in', '{}', ?)",
                java.sql.Timestamp.from(java.time.Instant.EPOCH), java.sql.Timestamp.from(java.time.Instant.EPOCH))))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void sqlite_runs_with_wal_full_sync_foreign_keys_and_a_busy_timeout() {
        try (Database database = TestDatabases.open(TestDatabases.freshSqliteUrl())) {
            assertThat(pragma(database, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(database, "synchronous")).isEqualTo("2");
            assertThat(pragma(database, "foreign_keys")).isEqualTo("1");
            assertThat(Integer.parseInt(pragma(database, "busy_timeout"))).isPositive();
        }
    }

    @Test
    void opening_twice_applies_migrations_once_and_keeps_the_data() {
        String url = TestDatabases.freshSqliteUrl();
        try (Database first = TestDatabases.open(url)) {
            first.jdbi().useHandle(h -> h.execute("INSERT INTO audit_log (at, action) VALUES (1, 'sign_in_failed')"));
        }
        try (Database second = TestDatabases.open(url)) {
            long rows = second.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_log").mapTo(Long.class).one());
            assertThat(rows).isEqualTo(1L);
        }
    }

    @Test
    void an_unreachable_postgresql_stops_with_the_url_without_its_password_and_the_cause() {
        String url = "jdbc:postgresql://127.0.0.1:1/backease?user=ana&password=hunter2secret&connectTimeout=2";
        assertThatThrownBy(() -> Database.open(url, Map.of()))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("jdbc:postgresql://127.0.0.1:1/backease?user=ana&password=***")
                .hasMessageContaining("refused")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2secret"));
    }

    @Test
    void an_unsupported_url_is_named_in_the_message() {
        assertThatThrownBy(() -> Database.open("jdbc:mysql://db/x", Map.of()))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("jdbc:mysql://db/x").hasMessageContaining("jdbc:sqlite:PATH");
    }

    @Test
    void passwords_in_user_info_and_parameters_are_hidden() {
        assertThat(JdbcUrls.withoutPassword("jdbc:postgresql://ana:s3cret@db:5432/x?password=p4ss&ssl=true"))
                .isEqualTo("jdbc:postgresql://ana:***@db:5432/x?password=***&ssl=true");
    }

    @Test
    void the_default_database_is_a_sqlite_file_in_the_data_folder() {
        assertThat(DatabaseSettings.url(null, null, Map.of())).isEqualTo("jdbc:sqlite:data/backease.db");
        assertThat(DatabaseSettings.url(null, "/srv/be", Map.of())).isEqualTo("jdbc:sqlite:/srv/be/backease.db");
        assertThat(DatabaseSettings.url(null, null, Map.of("BACKEASE_DATA_DIR", "/var/be"))).isEqualTo("jdbc:sqlite:/var/be/backease.db");
        assertThat(DatabaseSettings.url(null, null, Map.of("BACKEASE_DB_URL", "jdbc:postgresql://db/be"))).isEqualTo("jdbc:postgresql://db/be");
        assertThat(DatabaseSettings.url("jdbc:sqlite:x.db", null, Map.of("BACKEASE_DB_URL", "jdbc:postgresql://db/be"))).isEqualTo("jdbc:sqlite:x.db");
    }

    private static String pragma(Database database, String name) {
        return database.jdbi().withHandle(h -> h.createQuery("PRAGMA " + name).mapTo(String.class).one());
    }
}
