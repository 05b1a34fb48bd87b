package dev.backease.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backease.json.Json;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The database as the crash left it, read over JDBC with the server dead: the engine's own integrity
 * check, and every row whole (each session document parses, its version counts its events and its
 * event rows; each journal document parses and matches its columns and what the client was told).
 */
final class StoredState {
    /** What one check looked at. */
    record Report(String integrity, int sessions, int events, int entries) {}

    private StoredState() {}

    static Report check(String jdbcUrl, Ledger ledger) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            String integrity = jdbcUrl.startsWith("jdbc:sqlite:") ? sqliteIntegrity(c) : postgresIntegrity(c);
            int events = checkSessions(c, ledger.sessionEvents());
            int entries = checkEntries(c, ledger.entries());
            return new Report(integrity, ledger.sessionEvents().size(), events, entries);
        }
    }

    private static String sqliteIntegrity(Connection c) throws SQLException {
        List<String> integrity = column(c, "PRAGMA integrity_check");
        assertThat(integrity).as("PRAGMA integrity_check").containsExactly("ok");
        assertThat(column(c, "PRAGMA foreign_key_check")).as("PRAGMA foreign_key_check").isEmpty();
        return "integrity_check ok, foreign_key_check clean";
    }

    /** amcheck verifies every B-tree index of ours when the server has it; the reads below check the rest. */
    private static String postgresIntegrity(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS amcheck");
        } catch (SQLException notInstalled) {
            return "amcheck not installed; every row read back";
        }
        List<String> indexes = column(c, """
                SELECT c.relname || ':' || bt_index_check(c.oid, true) FROM pg_index i
                JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
                WHERE am.amname = 'btree' AND c.relnamespace = 'public'::regnamespace""");
        assertThat(indexes).isNotEmpty();
        return "amcheck bt_index_check ok on " + indexes.size() + " indexes";
    }

    private static int checkSessions(Connection c, Map<String, Integer> acknowledged) throws SQLException {
        Map<String, Integer> eventRows = counts(c, "SELECT session_id, COUNT(*) FROM session_events GROUP BY session_id");
        Map<String, Integer> writeRecords = counts(c,
                "SELECT subject, COUNT(*) FROM audit_log WHERE action = 'health_data_written' GROUP BY subject");
        Map<String, Integer> stored = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        SELECT s.id, s.version, s.state, p.plan FROM live_sessions s
                        LEFT JOIN session_plans p ON p.session_id = s.id""")) {
            while (rs.next()) {
                String id = rs.getString(1);
                long version = rs.getLong(2);
                JsonNode document = Json.parse(rs.getString(3));
                // Its plan, written once when it opened, in the same transaction: never missing, never torn.
                assertThat(rs.getString(4)).as("session %s plan", id).isNotNull();
                assertThat(Json.parse(rs.getString(4)).get("steps").isArray()).as("session %s plan steps", id).isTrue();
                assertThat(document.has("plan")).as("session %s state holds no plan of its own", id).isFalse();
                int events = document.get("eventCount").intValue();
                assertThat(document.has("events")).as("session %s document holds no event list", id).isFalse();
                assertThat(document.get("version").longValue()).as("session %s document version", id).isEqualTo(version);
                assertThat(version).as("session %s: version counts its events", id).isEqualTo(events + 1L);
                assertThat(eventRows.getOrDefault(id, 0)).as("session %s event rows", id).isEqualTo(events);
                // Each change (the opening and every event) was kept with its audit record, or neither was.
                assertThat(writeRecords.getOrDefault("session:" + id, 0)).as("session %s audit records", id)
                        .isEqualTo(events + 1);
                stored.put(id, events);
            }
        }
        acknowledged.forEach((id, events) -> assertThat(stored.get(id))
                .as("acknowledged session %s with %d events", id, events).isNotNull().isGreaterThanOrEqualTo(events));
        return stored.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static int checkEntries(Connection c, Map<String, JsonNode> acknowledged) throws SQLException {
        Map<String, JsonNode> stored = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, kind, document FROM journal_entries")) {
            while (rs.next()) {
                JsonNode document = Json.parse(rs.getString(3));
                assertThat(document.get("id").textValue()).isEqualTo(rs.getString(1));
                assertThat(document.get("kind").textValue()).isEqualTo(rs.getString(2));
                assertThat(document.get("notes").textValue()).startsWith("entry ").endsWith(" written under load");
                stored.put(rs.getString(1), document);
            }
        }
        acknowledged.forEach((id, entry) -> assertThat(stored.get(id)).as("acknowledged entry %s", id).isEqualTo(entry));
        return stored.size();
    }

    private static List<String> column(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static Map<String, Integer> counts(Connection c, String sql) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
        }
        return counts;
    }
}
