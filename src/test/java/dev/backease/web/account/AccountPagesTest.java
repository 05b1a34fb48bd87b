package dev.backease.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.account.TestClock;
import dev.backease.store.Database;
import dev.backease.store.TestDatabases;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountPagesTest {
    private static final String PASSWORD = AccountApiTest.PASSWORD;
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
    void signing_up_on_the_page_sets_an_http_only_lax_cookie_and_opens_the_account_page() {
        HttpResponse<String> signUp = server.form("/signup", null, "username=ana&password=" + encode(PASSWORD));
        assertThat(signUp.statusCode()).isEqualTo(303);
        String setCookie = signUp.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).startsWith("backease_session=").contains("HttpOnly", "SameSite=Lax", "Path=/");
        HttpResponse<String> page = server.page("/account", cookie(signUp));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Signed in as <strong>ana</strong>", "Download my data", "name=\"csrf\"")
                .doesNotContain("<script", "style=");
    }

    @Test
    void the_account_page_sends_a_stranger_to_sign_in() {
        HttpResponse<String> page = server.page("/account", null);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).contains("/signin");
    }

    @Test
    void a_form_without_the_sessions_csrf_token_changes_nothing() {
        String cookie = cookie(server.form("/signup", null, "username=ana&password=" + encode(PASSWORD)));
        HttpResponse<String> forged = server.form("/account/delete", cookie, "csrf=forged&confirm=ana");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(server.page("/account", cookie).statusCode()).isEqualTo(200);
    }

    @Test
    void deleting_from_the_page_needs_the_username_typed_and_then_erases_the_account() {
        String cookie = cookie(server.form("/signup", null, "username=ana&password=" + encode(PASSWORD)));
        String csrf = csrf(server.page("/account", cookie).body());
        assertThat(server.form("/account/delete", cookie, "csrf=" + csrf + "&confirm=bob").statusCode()).isEqualTo(400);
        HttpResponse<String> deleted = server.form("/account/delete", cookie, "csrf=" + csrf + "&confirm=ana");
        assertThat(deleted.body()).contains("have been erased");
        assertThat(server.page("/account", cookie).statusCode()).isEqualTo(302);
        assertThat(server.form("/signin", null, "username=ana&password=" + encode(PASSWORD)).statusCode()).isEqualTo(401);
    }

    @Test
    void signing_out_ends_the_session_on_the_server_and_signing_in_gives_a_new_id() {
        String first = cookie(server.form("/signup", null, "username=ana&password=" + encode(PASSWORD)));
        String csrf = csrf(server.page("/account", first).body());
        assertThat(server.form("/signout", first, "csrf=" + csrf).statusCode()).isEqualTo(302);
        assertThat(server.page("/account", first).statusCode()).isEqualTo(302);
        HttpResponse<String> signIn = server.form("/signin", null, "username=ana&password=" + encode(PASSWORD));
        assertThat(signIn.statusCode()).isEqualTo(303);
        assertThat(cookie(signIn)).isNotEqualTo(first);
    }

    @Test
    void the_session_cookie_does_not_open_the_api() {
        String cookie = cookie(server.form("/signup", null, "username=ana&password=" + encode(PASSWORD)));
        assertThat(server.page("/api/v1/account/export", cookie).statusCode()).isEqualTo(401);
    }

    private static String cookie(HttpResponse<String> response) {
        return response.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
