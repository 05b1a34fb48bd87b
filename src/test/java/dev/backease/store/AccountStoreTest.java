package dev.backease.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.account.AccountActions;
import dev.backease.account.AccountExport;
import dev.backease.account.AccountId;
import dev.backease.account.AuditAction;
import dev.backease.account.AuditEvent;
import dev.backease.account.PasswordPolicy;
import dev.backease.account.SigningIn;
import dev.backease.account.SigningUp;
import dev.backease.account.TestClock;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

class AccountStoreTest {
    private static final String PASSWORD = "lanterns drift over quiet harbours";
    private final TestClock clock = new TestClock("2026-11-20T10:00:00Z");

    private AccountActions actions(Database database) {
        return AccountActions.create(JdbiAccountStore.repositories(database), new Argon2PasswordHasher(),
                PasswordPolicy.standard(), clock);
    }

    @OnBothDatabases
    void a_taken_name_is_refused_whatever_its_case(Database database) {
        AccountActions actions = actions(database);
        assertThat(actions.signingUp().signUp("ana", PASSWORD, "10.0.0.1")).isInstanceOf(SigningUp.SignedUp.class);
        assertThat(actions.signingUp().signUp("ANA", PASSWORD + "!", "10.0.0.1")).isInstanceOf(SigningUp.NameTaken.class);
    }

    @OnBothDatabases
    void the_password_is_stored_only_as_an_argon2id_hash(Database database) {
        actions(database).signingUp().signUp("ana", PASSWORD, "10.0.0.1");
        String stored = database.jdbi().withHandle(h -> h.createQuery("SELECT password_hash FROM accounts").mapTo(String.class).one());
        assertThat(stored).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(PASSWORD);
    }

    @OnBothDatabases
    void a_wrong_password_and_an_unknown_name_get_the_same_answer(Database database) {
        AccountActions actions = actions(database);
        actions.signingUp().signUp("ana", PASSWORD, "10.0.0.1");
        assertThat(actions.signingIn().signIn("ana", "not the password", "10.0.0.1")).isEqualTo(new SigningIn.WrongCredentials());
        assertThat(actions.signingIn().signIn("bob", PASSWORD, "10.0.0.1")).isEqualTo(new SigningIn.WrongCredentials());
        assertThat(actions.signingIn().signIn("ana", PASSWORD, "10.0.0.1")).isInstanceOf(SigningIn.SignedIn.class);
    }

    @OnBothDatabases
    void five_failures_lock_the_account_in_the_database_until_fifteen_minutes_pass(Database database) {
        AccountActions actions = actions(database);
        actions.signingUp().signUp("ana", PASSWORD, "10.0.0.1");
        for (int i = 0; i < 5; i++) {
            actions.signingIn().signIn("ana", "wrong guess " + i, "10.0.0.1");
        }
        // A second instance on the same database sees the same lock.
        AccountActions otherInstance = actions(database);
        assertThat(otherInstance.signingIn().signIn("ana", PASSWORD, "10.0.0.2")).isInstanceOf(SigningIn.Throttled.class);
        clock.advance(Duration.ofMinutes(15));
        assertThat(otherInstance.signingIn().signIn("ana", PASSWORD, "10.0.0.2")).isInstanceOf(SigningIn.SignedIn.class);
    }

    @OnBothDatabases
    void an_issued_token_authenticates_until_it_is_revoked_and_only_its_digest_is_stored(Database database) {
        AccountActions actions = actions(database);
        SigningUp.SignedUp ana = (SigningUp.SignedUp) actions.signingUp().signUp("ana", PASSWORD, "10.0.0.1");
        String token = actions.issuingToken().issueFor(ana.account(), "10.0.0.1");
        assertThat(actions.authenticating().byToken(token, "10.0.0.1")).contains(ana.account().id());
        String stored = database.jdbi().withHandle(h -> h.createQuery("SELECT token_digest FROM api_tokens").mapTo(String.class).one());
        assertThat(stored).isNotEqualTo(token).hasSize(64);
        assertThat(actions.revokingToken().revoke(token, "10.0.0.1")).isTrue();
        assertThat(actions.authenticating().byToken(token, "10.0.0.1")).isEmpty();
    }

    @OnBothDatabases
    void a_web_session_ends_after_thirty_idle_minutes_or_twelve_hours(Database database) {
        AccountActions actions = actions(database);
        SigningUp.SignedUp ana = (SigningUp.SignedUp) actions.signingUp().signUp("ana", PASSWORD, "10.0.0.1");
        String idle = actions.webSessions().start(ana.account(), "10.0.0.1").secret();
        String busy = actions.webSessions().start(ana.account(), "10.0.0.1").secret();
        for (int i = 0; i < 24; i++) {
            clock.advance(Duration.ofMinutes(29));
            assertThat(actions.webSessions().find(busy)).as("after %d steps", i).isPresent();
        }
        assertThat(actions.webSessions().find(idle)).isEmpty();
        clock.advance(Duration.ofMinutes(29));
        assertThat(actions.webSessions().find(busy)).as("past twelve hours").isEmpty();
    }

    @OnBothDatabases
    void the_export_holds_everything_stored_and_deletion_erases_all_of_it(Database database) {
        AccountActions actions = actions(database);
        SigningUp.SignedUp ana = (SigningUp.SignedUp) actions.signingUp().signUp("ana", PASSWORD, "10.0.0.1");
        SigningUp.SignedUp bob = (SigningUp.SignedUp) actions.signingUp().signUp("bob", PASSWORD, "10.0.0.2");
        AccountId id = ana.account().id();
        actions.issuingToken().issueFor(ana.account(), "10.0.0.1");
        actions.webSessions().start(ana.account(), "10.0.0.1");
        actions.signingIn().signIn("ana", "wrong guess", "10.0.0.1");
        healthData(database, id, "ana");
        healthData(database, bob.account().id(), "bob");
        actions.auditLog().record(new AuditEvent(clock.instant(), id, AuditAction.HEALTH_DATA_WRITTEN, "journal_entry:ana-j1", "10.0.0.1"));

        AccountExport export = actions.exportingData().export(id, "10.0.0.1").orElseThrow();
        assertThat(export.account().username().value()).isEqualTo("ana");
        assertThat(export.tokens()).hasSize(1);
        assertThat(export.webSessions()).hasSize(1);
        assertThat(export.liveSessions()).singleElement().satisfies(d -> assertThat(d.json()).contains("\"stepIndex\":2"));
        assertThat(export.sessionEvents()).hasSize(2);
        assertThat(export.journalEntries()).singleElement().satisfies(d -> assertThat(d.json()).contains("\"painLevel\":3"));
        assertThat(export.auditLog()).extracting(AuditEvent::action).contains(AuditAction.ACCOUNT_CREATED,
                AuditAction.TOKEN_ISSUED, AuditAction.WEB_SESSION_STARTED, AuditAction.SIGN_IN_FAILED,
                AuditAction.HEALTH_DATA_WRITTEN, AuditAction.DATA_EXPORTED);

        assertThat(actions.deletingAccount().delete(id)).isTrue();
        for (String table : List.of("accounts", "api_tokens", "web_sessions", "live_sessions", "journal_entries")) {
            String column = table.equals("accounts") ? "id" : "account_id";
            assertThat(count(database, "SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?", id.value())).as(table).isZero();
        }
        assertThat(count(database, "SELECT COUNT(*) FROM session_events WHERE session_id LIKE ?", "ana-%")).isZero();
        assertThat(count(database, "SELECT COUNT(*) FROM session_plans WHERE session_id LIKE ?", "ana-%")).isZero();
        assertThat(count(database, "SELECT COUNT(*) FROM session_plans WHERE session_id LIKE ?", "bob-%")).isEqualTo(1L);
        assertThat(count(database, "SELECT COUNT(*) FROM sign_in_failures WHERE throttle_key = ?", "account:ana")).isZero();
        assertThat(actions.auditLog().of(id)).extracting(AuditEvent::action).containsExactly(AuditAction.ACCOUNT_DELETED);
        assertThat(actions.exportingData().export(id, "10.0.0.1")).isEmpty();
        // Someone else's data is untouched.
        assertThat(actions.exportingData().export(bob.account().id(), "10.0.0.2").orElseThrow().journalEntries()).hasSize(1);
    }

    private void healthData(Database database, AccountId id, String prefix) {
        Timestamp now = Timestamp.from(clock.instant());
        database.jdbi().useTransaction(h -> {
            h.execute("INSERT INTO live_sessions (id, account_id, created_at, updated_at, version, state) VALUES (?, ?, ?, ?, 3, ?)",
                    prefix + "-s1", id.value(), now, now, "{\"state\":\"running\",\"stepIndex\":2}");
            h.execute("INSERT INTO session_plans (session_id, plan) VALUES (?, ?)", prefix + "-s1", "{\"steps\":[]}");
            h.execute("INSERT INTO session_events (session_id, seq, at, json) VALUES (?, 1, ?, ?)", prefix + "-s1", now, "{\"type\":\"start\"}");
            h.execute("INSERT INTO session_events (session_id, seq, at, json) VALUES (?, 2, ?, ?)", prefix + "-s1", now, "{\"type\":\"pressure_report\",\"value\":4}");
            h.execute("INSERT INTO journal_entries (id, account_id, at, kind, document, created_at) VALUES (?, ?, ?, 'check_in', ?, ?)",
                    prefix + "-j1", id.value(), now, "{\"kind\":\"check_in\",\"painLevel\":3}", now);
        });
    }

    private static long count(Database database, String sql, String value) {
        return database.jdbi().withHandle(h -> h.createQuery(sql).bind(0, value).mapTo(Long.class).one());
    }
}
