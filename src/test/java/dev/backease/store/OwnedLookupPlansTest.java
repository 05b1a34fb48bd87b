package dev.backease.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * A session or journal entry is looked up by its id and its owner. The owner's index (account, time)
 * must never be the way in: for an account with many sessions that reads all of them to find one
 * (on the grown database of {@code bench/growth.sh}, 2.3-3.7 ms instead of 0.05 ms per statement).
 * PostgreSQL plans a statement the server has prepared once for all parameter values (a generic plan),
 * so there the test asks for the generic plan of each statement as the store sends it; on SQLite it
 * asks for the plan after {@code ANALYZE}. The data: one account with many sessions and entries among
 * thousands of accounts with one each, so "one account" looks as selective as "one id".
 */
class OwnedLookupPlansTest {
    private static final String HEAVY = "account-heavy";
    private static final int OTHERS = 3_000;
    private static final int OWN = 400;
    private static final String SESSION = "session-heavy-0200";
    private static final String ENTRY = "entry-heavy-0200";
    private static final Instant AT = Instant.parse("2026-11-20T18:00:00Z");

    /** Values for every named parameter the statements use, with their PostgreSQL types. */
    private static final Map<String, Object> VALUES = new LinkedHashMap<>();
    private static final Map<String, String> TYPES = new LinkedHashMap<>();

    static {
        value("id", "text", SESSION);
        value("owner", "text", HEAVY);
        value("account", "text", HEAVY);
        value("known", "bigint", 0L);
        value("state", "text", "{}");
        value("updatedAt", "timestamptz", AT.plusSeconds(60));
        value("version", "bigint", 3L);
        value("previous", "bigint", 2L);
        value("seq", "integer", 2);
        value("at", "timestamptz", AT.plusSeconds(60));
        value("json", "text", "{\"type\":\"pause\"}");
        value("recordAt", "timestamptz", AT.plusSeconds(60));
        value("recordAccount", "text", HEAVY);
        value("recordAction", "text", "health_data_read");
        value("recordSubject", "text", "session:" + SESSION);
        value("recordClient", "text", "127.0.0.1");
    }

    private static void value(String name, String type, Object value) {
        VALUES.put(name, value);
        TYPES.put(name, type);
    }

    @OnBothDatabases
    void a_session_of_an_account_with_many_is_found_by_its_id_in_every_statement(Database database) {
        seed(database);
        Map<String, String> statements = new LinkedHashMap<>();
        statements.put("read", JdbiSessions.READ);
        statements.put("read with its record", JdbiSessions.READ_WITH_RECORD);
        statements.put("events", JdbiSessions.EVENTS);
        statements.put("update", JdbiSessions.UPDATE);
        statements.put("update, plan apart", JdbiSessions.UPDATE + JdbiSessions.PLAN_APART);
        statements.put("change with event and record", JdbiSessions.changeInOneStatement(true, true));
        statements.put("change with event", JdbiSessions.changeInOneStatement(true, false));

        statements.forEach((name, sql) -> {
            if (database.dialect() == Dialect.SQLITE && sql.startsWith("WITH")) {
                return; // the one-statement forms are only sent to PostgreSQL
            }
            String plan = plan(database, sql, Map.of("id", SESSION));
            assertThat(plan).as(name + ":\n" + plan)
                    .doesNotContain("live_sessions_account_at")
                    .containsPattern(database.dialect() == Dialect.POSTGRESQL
                            ? "Index Cond: \\(id = \\$\\d+\\)"
                            : "USING INDEX sqlite_autoindex_live_sessions_1 \\(id=\\?\\)");
        });
    }

    @OnBothDatabases
    void an_entry_of_an_account_with_many_is_found_by_its_id(Database database) {
        seed(database);
        String plan = plan(database, JdbiJournalEntries.FIND, Map.of("id", ENTRY));
        assertThat(plan).as(plan)
                .doesNotContain("journal_entries_account_at")
                .containsPattern(database.dialect() == Dialect.POSTGRESQL
                        ? "Index Cond: \\(id = \\$\\d+\\)"
                        : "USING INDEX sqlite_autoindex_journal_entries_1 \\(id=\\?\\)");
    }

    /** The plan of a statement as the store sends it, rolled back if it writes. */
    private static String plan(Database database, String sql, Map<String, Object> overrides) {
        Map<String, Object> values = new LinkedHashMap<>(VALUES);
        values.putAll(overrides);
        return database.jdbi().withHandle(h -> {
            h.begin();
            try {
                return database.dialect() == Dialect.POSTGRESQL ? genericPlan(h, sql, values) : sqlitePlan(h, sql, values);
            } finally {
                h.rollback();
            }
        });
    }

    private static String sqlitePlan(Handle h, String sql, Map<String, Object> values) {
        var query = h.createQuery("EXPLAIN QUERY PLAN " + sql);
        for (String name : names(sql)) {
            query.bind(name, values.get(name));
        }
        return String.join("\n", query.map((rs, ctx) -> rs.getString("detail")).list());
    }

    /** PREPARE with the named parameters as $1..$n, then EXPLAIN EXECUTE with a generic plan forced. */
    private static String genericPlan(Handle h, String sql, Map<String, Object> values) {
        List<String> names = names(sql);
        String positional = sql;
        List<String> types = new ArrayList<>();
        List<String> literals = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            positional = positional.replaceAll("(?<!:):" + name + "\\b", Matcher.quoteReplacement("$" + (i + 1)));
            types.add(TYPES.get(name));
            literals.add("'" + values.get(name).toString().replace("'", "''") + "'");
        }
        h.execute("SET LOCAL plan_cache_mode = force_generic_plan");
        h.execute("PREPARE owned_lookup (" + String.join(", ", types) + ") AS " + positional);
        String plan = String.join("\n", h.createQuery(
                        "EXPLAIN (ANALYZE, COSTS OFF) EXECUTE owned_lookup (" + String.join(", ", literals) + ")")
                .mapTo(String.class).list());
        h.execute("DEALLOCATE owned_lookup");
        return plan;
    }

    private static List<String> names(String sql) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("(?<!:):([A-Za-z]\\w*)").matcher(sql);
        while (m.find()) {
            if (!names.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** Thousands of accounts with one session and one entry each, and one with many of both. */
    private static void seed(Database database) {
        database.writes().useTransaction(h -> {
            PreparedBatch accounts = h.prepareBatch(
                    "INSERT INTO accounts (id, username, password_hash, created_at) VALUES (:id, :name, 'x', :at)");
            PreparedBatch sessions = h.prepareBatch("""
                    INSERT INTO live_sessions (id, account_id, created_at, updated_at, version, state)
                    VALUES (:id, :account, :at, :at, 2, '{}')""");
            PreparedBatch entries = h.prepareBatch("""
                    INSERT INTO journal_entries (id, account_id, at, kind, document, created_at)
                    VALUES (:id, :account, :at, 'check_in', '{}', :at)""");
            accounts.bind("id", HEAVY).bind("name", "heavy").bind("at", AT).add();
            for (int i = 0; i < OWN; i++) {
                Instant at = AT.minusSeconds(3_600L * i);
                sessions.bind("id", String.format("session-heavy-%04d", i)).bind("account", HEAVY).bind("at", at).add();
                entries.bind("id", String.format("entry-heavy-%04d", i)).bind("account", HEAVY).bind("at", at).add();
            }
            for (int i = 0; i < OTHERS; i++) {
                String account = "account-" + i;
                accounts.bind("id", account).bind("name", "user" + i).bind("at", AT).add();
                sessions.bind("id", "session-" + i).bind("account", account).bind("at", AT).add();
                entries.bind("id", "entry-" + i).bind("account", account).bind("at", AT).add();
            }
            accounts.execute();
            sessions.execute();
            entries.execute();
            h.execute("INSERT INTO session_plans (session_id, plan) VALUES ('" + SESSION + "', '{}')");
            h.execute("INSERT INTO session_events (session_id, seq, at, json) VALUES ('" + SESSION + "', 0, ?, '{}')", AT);
            h.execute("INSERT INTO session_events (session_id, seq, at, json) VALUES ('" + SESSION + "', 1, ?, '{}')", AT);
        });
        database.jdbi().useHandle(h -> h.execute("ANALYZE"));
    }
}
