package dev.backease.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.account.TestClock;
import dev.backease.store.Database;
import dev.backease.store.OnBothDatabases;
import dev.backease.store.TestDatabases;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountApiTest {
    static final String PASSWORD = "lanterns drift over quiet harbours";
    private final TestClock clock = new TestClock("2026-11-20T10:00:00Z");
    private Database database;
    private AccountServer server;

    @BeforeEach
    void start() {
        database = TestDatabases.open(TestDatabases.freshSqliteUrl());
        server = new AccountServer(database, clock);
    }

    @AfterEach
    void stop() {
        server.close();
        database.close();
    }

    @Test
    void signing_up_answers_201_with_the_username_and_id() {
        HttpResponse<String> response = server.send("POST", "/api/v1/accounts", null, credentials("Ana", PASSWORD));
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).contains("\"username\":\"ana\"").contains("\"id\":");
    }

    @Test
    void a_taken_name_answers_409_as_a_problem_document() {
        server.send("POST", "/api/v1/accounts", null, credentials("ana", PASSWORD));
        HttpResponse<String> response = server.send("POST", "/api/v1/accounts", null, credentials("ana", PASSWORD));
        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    }

    @Test
    void a_short_or_common_password_answers_400_naming_the_password_field() {
        HttpResponse<String> shortOne = server.send("POST", "/api/v1/accounts", null, credentials("ana", "abc12"));
        assertThat(shortOne.statusCode()).isEqualTo(400);
        assertThat(shortOne.body()).contains("\"field\":\"password\"").contains("at least 8 characters").contains("\"status\":400");
        HttpResponse<String> common = server.send("POST", "/api/v1/accounts", null, credentials("ana", "password123"));
        assertThat(common.statusCode()).isEqualTo(400);
        assertThat(common.body()).contains("most common passwords");
    }

    @Test
    void an_unknown_field_or_broken_json_answers_400_never_500() {
        HttpResponse<String> unknown = server.send("POST", "/api/v1/accounts", null,
                "{\"username\":\"ana\",\"password\":\"" + PASSWORD + "\",\"admin\":true}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"admin\"");
        assertThat(server.send("POST", "/api/v1/accounts", null, "{\"username\":").statusCode()).isEqualTo(400);
        assertThat(server.send("POST", "/api/v1/auth/tokens", null, "[]").statusCode()).isEqualTo(400);
        assertThat(server.send("POST", "/api/v1/auth/tokens", null, "{}").body()).contains("\"field\":\"password\"");
    }

    @Test
    void a_wrong_password_and_an_unknown_user_get_the_same_401() {
        server.send("POST", "/api/v1/accounts", null, credentials("ana", PASSWORD));
        HttpResponse<String> wrong = server.send("POST", "/api/v1/auth/tokens", null, credentials("ana", "not it at all"));
        HttpResponse<String> unknown = server.send("POST", "/api/v1/auth/tokens", null, credentials("nobody", PASSWORD));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).isEqualTo(unknown.body());
    }

    @Test
    void after_five_failures_the_sixth_try_answers_429_with_retry_after() {
        server.send("POST", "/api/v1/accounts", null, credentials("ana", PASSWORD));
        for (int i = 0; i < 5; i++) {
            server.send("POST", "/api/v1/auth/tokens", null, credentials("ana", "guess number " + i));
        }
        HttpResponse<String> locked = server.send("POST", "/api/v1/auth/tokens", null, credentials("ana", PASSWORD));
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).contains("900");
    }

    @Test
    void a_revoked_token_no_longer_opens_the_account() {
        server.send("POST", "/api/v1/accounts", null, credentials("ana", PASSWORD));
        String token = token(server, "ana");
        assertThat(server.send("GET", "/api/v1/account/export", token, null).statusCode()).isEqualTo(200);
        assertThat(server.send("DELETE", "/api/v1/auth/tokens/current", token, null).statusCode()).isEqualTo(204);
        assertThat(server.send("GET", "/api/v1/account/export", token, null).statusCode()).isEqualTo(401);
    }

    @Test
    void deleting_the_account_ends_its_tokens_and_its_password_no_longer_works() {
        server.send("POST", "/api/v1/accounts", null, credentials("ana", PASSWORD));
        String token = token(server, "ana");
        assertThat(server.send("DELETE", "/api/v1/account", token, null).statusCode()).isEqualTo(204);
        assertThat(server.send("GET", "/api/v1/account/export", token, null).statusCode()).isEqualTo(401);
        assertThat(server.send("POST", "/api/v1/auth/tokens", null, credentials("ana", PASSWORD)).statusCode()).isEqualTo(401);
    }

    @Test
    void the_export_is_one_json_document_with_the_account_and_its_history_but_no_secrets() {
        server.send("POST", "/api/v1/accounts", null, credentials("ana", PASSWORD));
        String token = token(server, "ana");
        HttpResponse<String> export = server.send("GET", "/api/v1/account/export", token, null);
        assertThat(export.body()).contains("\"username\":\"ana\"", "\"journalEntries\":[]", "\"auditLog\":[", "token_issued")
                .doesNotContain(token).doesNotContain(PASSWORD).doesNotContain("$argon2id");
    }

    @OnBothDatabases
    void anonymous_gets_401_the_owner_200_and_another_account_never_sees_the_owners_data(Database db) {
        try (AccountServer both = new AccountServer(db, clock)) {
            both.send("POST", "/api/v1/accounts", null, credentials("ana", PASSWORD));
            both.send("POST", "/api/v1/accounts", null, credentials("bob", PASSWORD));
            String ana = token(both, "ana");
            String bob = token(both, "bob");
            for (String[] route : new String[][] {{"GET", "/api/v1/account/export"}, {"DELETE", "/api/v1/auth/tokens/current"}, {"DELETE", "/api/v1/account"}}) {
                HttpResponse<String> anonymous = both.send(route[0], route[1], null, null);
                assertThat(anonymous.statusCode()).as(route[1]).isEqualTo(401);
                assertThat(both.send(route[0], route[1], "made-up-token", null).statusCode()).as(route[1]).isEqualTo(401);
            }
            HttpResponse<String> own = both.send("GET", "/api/v1/account/export", ana, null);
            assertThat(own.statusCode()).isEqualTo(200);
            assertThat(own.body()).contains("\"username\":\"ana\"").doesNotContain("\"username\":\"bob\"");
            HttpResponse<String> other = both.send("GET", "/api/v1/account/export", bob, null);
            assertThat(other.body()).contains("\"username\":\"bob\"").doesNotContain("\"username\":\"ana\"");
            both.send("DELETE", "/api/v1/account", bob, null);
            assertThat(both.send("GET", "/api/v1/account/export", ana, null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void two_instances_on_one_postgresql_work_as_one() {
        String url = TestDatabases.freshPostgresUrl();
        try (Database first = TestDatabases.open(url)) {
            try (Database second = TestDatabases.open(url);
                 AccountServer one = new AccountServer(first, clock);
                 AccountServer two = new AccountServer(second, clock)) {
                assertThat(one.send("POST", "/api/v1/accounts", null, credentials("ana", PASSWORD)).statusCode()).isEqualTo(201);
                String token = token(one, "ana");
                assertThat(two.send("GET", "/api/v1/account/export", token, null).statusCode()).isEqualTo(200);
                assertThat(two.send("POST", "/api/v1/accounts", null, credentials("ana", PASSWORD)).statusCode()).isEqualTo(409);
                assertThat(two.send("DELETE", "/api/v1/auth/tokens/current", token, null).statusCode()).isEqualTo(204);
                assertThat(one.send("GET", "/api/v1/account/export", token, null).statusCode()).isEqualTo(401);
            }
        }
    }

    static String token(AccountServer server, String name) {
        HttpResponse<String> response = server.send("POST", "/api/v1/auth/tokens", null, credentials(name, PASSWORD));
        assertThat(response.statusCode()).isEqualTo(201);
        Matcher m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(response.body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    static String credentials(String username, String password) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
    }
}
