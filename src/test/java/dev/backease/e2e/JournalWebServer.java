package dev.backease.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.account.AccountActions;
import dev.backease.account.AuditEvent;
import dev.backease.account.PasswordPolicy;
import dev.backease.account.TestClock;
import dev.backease.account.Username;
import dev.backease.journal.EntryValidation;
import dev.backease.journal.FollowUp;
import dev.backease.journal.GivingAdvice;
import dev.backease.journal.JournalEntries;
import dev.backease.journal.RecordingEntry;
import dev.backease.journal.TrackingProgress;
import dev.backease.json.JournalEntryReader;
import dev.backease.store.Argon2PasswordHasher;
import dev.backease.store.Database;
import dev.backease.store.GuideFile;
import dev.backease.store.JdbiAccountStore;
import dev.backease.store.JdbiJournalEntries;
import dev.backease.store.TestDatabases;
import dev.backease.web.AccountRoutes;
import dev.backease.web.CsrfForPages;
import dev.backease.web.JournalExports;
import dev.backease.web.JournalPages;
import dev.backease.web.JournalRoutes;
import dev.backease.web.TokenAuthenticator;
import dev.backease.web.WebCookies;
import dev.backease.web.WebServer;
import dev.backease.web.pages.GuideTechniques;
import dev.backease.web.pages.PageRoutes;
import dev.backease.planning.Planner;
import dev.backease.screening.Screening;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web app with the journal pages and exports on a real server and database, wired as App wires
 * them, plus what a browser and an API client do with it: sign up, keep the cookie, send forms with the
 * page's CSRF token, call the API with a bearer token.
 */
public final class JournalWebServer implements AutoCloseable {
    public static final String PASSWORD = "lanterns drift over quiet harbours";
    static final String EMERGENCY_NUMBER = "999";
    private static final AtomicInteger PEOPLE = new AtomicInteger();
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    final TestClock clock;
    private final Database database;
    private final AccountActions accounts;
    private final WebServer server;
    final HttpClientSupport http;

    public JournalWebServer(String now) {
        clock = new TestClock(now);
        database = TestDatabases.open(TestDatabases.freshSqliteUrl());
        accounts = AccountActions.create(JdbiAccountStore.repositories(database), new Argon2PasswordHasher(),
                PasswordPolicy.standard(), clock);
        WebCookies cookies = new WebCookies(false);
        TokenAuthenticator authenticator = new TokenAuthenticator(accounts, cookies);
        JournalEntries entries = new JdbiJournalEntries(database, clock);
        EntryValidation validation = new EntryValidation(clock);
        JournalRoutes.Journal journal = new JournalRoutes.Journal(entries, new RecordingEntry(entries, validation),
                new GivingAdvice(entries, FollowUp.standard(EMERGENCY_NUMBER), clock),
                new TrackingProgress(entries, clock), new JournalEntryReader(validation));
        var guide = GuideFile.loadDefault();
        server = new WebServer(List.of(
                new CsrfForPages(authenticator),
                new PageRoutes(new Screening(EMERGENCY_NUMBER), new Planner(guide), new GuideTechniques(guide)),
                new AccountRoutes(accounts, authenticator, cookies),
                new JournalRoutes(journal, accounts.auditLog(), clock),
                new JournalPages(journal, accounts.auditLog(), authenticator, new GuideTechniques(guide),
                        EMERGENCY_NUMBER, clock),
                new JournalExports(journal, accounts.accounts(), accounts.auditLog(), authenticator, clock)),
                authenticator, WebServer.DEFAULT_MAX_BODY_BYTES).start("127.0.0.1", 0);
        http = new HttpClientSupport(server.port());
    }

    public String url(String path) {
        return http.uri(path).toString();
    }

    /** A person signed up through the page: their username, session cookie and an API token. */
    record Person(String username, String cookie, String token) {}

    Person signUp() {
        String name = "person" + PEOPLE.incrementAndGet();
        HttpResponse<String> signUp = form("/signup", null, "username=" + name + "&password=" + encode(PASSWORD));
        assertThat(signUp.statusCode()).isEqualTo(303);
        String cookie = signUp.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        HttpResponse<String> token = http.postJson("/api/v1/auth/tokens",
                "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(token.statusCode()).isEqualTo(201);
        return new Person(name, cookie, HttpClientSupport.json(token).get("token").textValue());
    }

    HttpResponse<String> page(String path, Person person) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path)).GET();
        if (person != null) {
            request.header("Cookie", person.cookie());
        }
        return http.send(request);
    }

    HttpResponse<String> form(String path, Person person, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (person != null) {
            request.header("Cookie", person.cookie());
        }
        return http.send(request);
    }

    /** Sends a form from the journal page, with the CSRF token that page carried. */
    HttpResponse<String> journalForm(String path, Person person, String fields) {
        return form(path, person, "csrf=" + csrf(page("/journal", person).body()) + "&" + fields);
    }

    HttpResponse<byte[]> download(String path, Person person) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path)).GET();
        if (person != null) {
            request.header("Authorization", "Bearer " + person.token());
        }
        return http.sendForBytes(request);
    }

    HttpResponse<byte[]> downloadWithCookie(String path, Person person) {
        return http.sendForBytes(HttpRequest.newBuilder(http.uri(path)).header("Cookie", person.cookie()).GET());
    }

    String addByApi(Person person, String entryJson) {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(http.uri("/api/v1/journal/entries"))
                .header("Authorization", "Bearer " + person.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(entryJson)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return HttpClientSupport.json(response).get("id").textValue();
    }

    List<AuditEvent> audit(Person person) {
        var account = accounts.accounts().byUsername(Username.of(person.username())).orElseThrow();
        return accounts.auditLog().of(account.id());
    }

    static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("the page carries a CSRF field").isTrue();
        return matcher.group(1);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop();
        database.close();
    }
}
