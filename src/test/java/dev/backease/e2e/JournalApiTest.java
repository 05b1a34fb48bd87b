package dev.backease.e2e;

import static dev.backease.e2e.HttpClientSupport.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backease.account.AccountActions;
import dev.backease.account.AccountId;
import dev.backease.account.AuditEvent;
import dev.backease.account.PasswordPolicy;
import dev.backease.account.TestClock;
import dev.backease.journal.EntryValidation;
import dev.backease.journal.FollowUp;
import dev.backease.journal.GivingAdvice;
import dev.backease.journal.JournalEntries;
import dev.backease.journal.RecordingEntry;
import dev.backease.journal.TrackingProgress;
import dev.backease.json.JournalEntryReader;
import dev.backease.store.Argon2PasswordHasher;
import dev.backease.store.Database;
import dev.backease.store.JdbiAccountStore;
import dev.backease.store.JdbiJournalEntries;
import dev.backease.store.TestDatabases;
import dev.backease.web.AccountRoutes;
import dev.backease.web.JournalRoutes;
import dev.backease.web.TokenAuthenticator;
import dev.backease.web.WebCookies;
import dev.backease.web.WebServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The journal API on a real server and a real database, used by two accounts as any client would. */
class JournalApiTest {
    private static final String PASSWORD = "lanterns drift over quiet harbours";
    private static final String EMERGENCY_NUMBER = "999";
    private static final TestClock CLOCK = new TestClock("2026-11-23T09:00:00Z");
    private static final String SESSION = """
            {"at":"2026-11-20T08:00:00Z","kind":"session","painBefore":5,"painAfter":3,
             "techniques":["effleurage","petrissage"],"helped":["effleurage"],"notes":"warm room"}""";
    private static final AtomicInteger PEOPLE = new AtomicInteger();
    private static Database database;
    private static AccountActions accounts;
    private static WebServer server;
    private static HttpClientSupport http;

    @BeforeAll
    static void start() {
        database = TestDatabases.open(TestDatabases.freshSqliteUrl());
        accounts = AccountActions.create(JdbiAccountStore.repositories(database), new Argon2PasswordHasher(),
                PasswordPolicy.standard(), CLOCK);
        TokenAuthenticator authenticator = new TokenAuthenticator(accounts, new WebCookies(false));
        JournalEntries entries = new JdbiJournalEntries(database, CLOCK);
        EntryValidation validation = new EntryValidation(CLOCK);
        JournalRoutes.Journal journal = new JournalRoutes.Journal(entries, new RecordingEntry(entries, validation),
                new GivingAdvice(entries, FollowUp.standard(EMERGENCY_NUMBER), CLOCK),
                new TrackingProgress(entries, CLOCK), new JournalEntryReader(validation));
        server = new WebServer(List.of(
                new AccountRoutes(accounts, authenticator, new WebCookies(false)),
                new JournalRoutes(journal, accounts.auditLog(), CLOCK)),
                authenticator, WebServer.DEFAULT_MAX_BODY_BYTES).start("127.0.0.1", 0);
        http = new HttpClientSupport(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
        database.close();
    }

    /** A new person with an account and an API token. */
    private record Person(String id, String token) {}

    private static Person signUp() {
        String name = "person" + PEOPLE.incrementAndGet();
        String credentials = "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\"}";
        HttpResponse<String> created = http.postJson("/api/v1/accounts", credentials);
        assertThat(created.statusCode()).isEqualTo(201);
        HttpResponse<String> token = http.postJson("/api/v1/auth/tokens", credentials);
        assertThat(token.statusCode()).isEqualTo(201);
        return new Person(json(created).get("id").textValue(), json(token).get("token").textValue());
    }

    private static HttpResponse<String> post(Person person, String body) {
        return http.send(HttpRequest.newBuilder(http.uri("/api/v1/journal/entries"))
                .header("Authorization", "Bearer " + person.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> get(Person person, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path)).GET();
        if (person != null) {
            request.header("Authorization", "Bearer " + person.token());
        }
        return http.send(request);
    }

    private static String added(Person person, String body) {
        HttpResponse<String> response = post(person, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).get("id").textValue();
    }

    private static List<String> fields(HttpResponse<String> problem) {
        assertThat(problem.statusCode()).isEqualTo(400);
        assertThat(problem.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        return StreamSupport.stream(json(problem).get("errors").spliterator(), false)
                .map(e -> e.get("field").textValue()).toList();
    }

    private static List<String> rules(JsonNode advice) {
        return StreamSupport.stream(advice.get("reasons").spliterator(), false)
                .map(r -> r.get("rule").textValue()).toList();
    }

    @Test
    void a_new_entry_is_answered_with_201_its_id_and_where_to_find_it() {
        Person ana = signUp();

        HttpResponse<String> response = post(ana, SESSION);

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode entry = json(response);
        String id = entry.get("id").textValue();
        assertThat(id).isNotBlank();
        assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/journal/entries/" + id);
        assertThat(entry.get("kind").textValue()).isEqualTo("session");
        assertThat(entry.get("painBefore").intValue()).isEqualTo(5);
        assertThat(entry.get("helped").get(0).textValue()).isEqualTo("effleurage");
        HttpResponse<String> found = get(ana, "/api/v1/journal/entries/" + id);
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(json(found)).isEqualTo(entry);
    }

    @Test
    void the_list_is_oldest_first_and_from_and_to_are_inclusive() {
        Person ana = signUp();
        added(ana, checkIn("2026-11-22T09:00:00Z", 2, false));
        added(ana, checkIn("2026-11-20T09:00:00Z", 4, false));
        added(ana, checkIn("2026-11-21T09:00:00Z", 3, false));

        JsonNode all = json(get(ana, "/api/v1/journal/entries"));
        JsonNode range = json(get(ana, "/api/v1/journal/entries?from=2026-11-21T09:00:00Z&to=2026-11-22T09:00:00Z"));

        assertThat(all.get("entries").findValuesAsText("at"))
                .containsExactly("2026-11-20T09:00:00Z", "2026-11-21T09:00:00Z", "2026-11-22T09:00:00Z");
        assertThat(range.get("entries").findValuesAsText("at"))
                .containsExactly("2026-11-21T09:00:00Z", "2026-11-22T09:00:00Z");
    }

    @Test
    void a_period_may_be_given_as_whole_days_and_empty_bounds_mean_open() {
        Person ana = signUp();
        added(ana, checkIn("2026-11-20T09:00:00Z", 4, false));
        added(ana, checkIn("2026-11-21T23:30:00Z", 3, false));
        added(ana, checkIn("2026-11-22T00:30:00Z", 2, false));

        JsonNode days = json(get(ana, "/api/v1/journal/entries?from=2026-11-21&to=2026-11-21"));
        JsonNode open = json(get(ana, "/api/v1/journal/entries?from=&to="));

        assertThat(days.get("entries").findValuesAsText("at")).containsExactly("2026-11-21T23:30:00Z");
        assertThat(open.get("entries")).hasSize(3);
        assertThat(get(ana, "/api/v1/journal/entries?from=2026-13-40").statusCode()).isEqualTo(400);
    }

    @Test
    void soreness_49_hours_after_a_session_calls_for_a_routine_visit() {
        Person ana = signUp();
        added(ana, SESSION);
        added(ana, checkIn("2026-11-22T09:00:00Z", 3, true));

        HttpResponse<String> response = get(ana, "/api/v1/journal/advice");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode advice = json(response);
        assertThat(advice.get("referral").textValue()).isEqualTo("routine");
        assertThat(advice.get("asOf").textValue()).isEqualTo("2026-11-23T09:00:00Z");
        assertThat(rules(advice)).contains("soreness_past_48_hours");
        assertThat(advice.get("actions").size()).isPositive();
    }

    @Test
    void advice_as_of_a_moment_before_the_check_in_does_not_see_it() {
        Person ana = signUp();
        added(ana, SESSION);
        added(ana, checkIn("2026-11-22T09:00:00Z", 3, true));

        JsonNode advice = json(get(ana, "/api/v1/journal/advice?asOf=2026-11-21T09:00:00Z"));

        assertThat(advice.get("referral").textValue()).isEqualTo("none");
        assertThat(advice.get("asOf").textValue()).isEqualTo("2026-11-21T09:00:00Z");
        assertThat(advice.get("reasons").size()).isZero();
    }

    @Test
    void a_check_in_with_bladder_changes_sends_the_person_to_emergency_care_with_the_configured_number() {
        Person ana = signUp();
        added(ana, SESSION);
        added(ana, """
                {"at":"2026-11-23T08:00:00Z","kind":"check_in","painLevel":6,"symptoms":["bladder_or_bowel_change"]}""");

        JsonNode advice = json(get(ana, "/api/v1/journal/advice"));

        assertThat(advice.get("referral").textValue()).isEqualTo("emergency");
        assertThat(advice.get("actions").get(0).textValue()).contains(EMERGENCY_NUMBER);
        assertThat(advice.get("reasons").get(0).get("source").textValue()).isNotBlank();
    }

    @Test
    void another_account_gets_404_for_the_entry_and_an_empty_list() {
        Person ana = signUp();
        Person bob = signUp();
        String id = added(ana, SESSION);

        HttpResponse<String> stolen = get(bob, "/api/v1/journal/entries/" + id);

        assertThat(stolen.statusCode()).isEqualTo(404);
        assertThat(stolen.body()).doesNotContain("painBefore").doesNotContain("warm room");
        assertThat(json(get(bob, "/api/v1/journal/entries")).get("entries").size()).isZero();
        assertThat(json(get(bob, "/api/v1/journal/advice")).get("referral").textValue()).isEqualTo("none");
    }

    @Test
    void without_a_token_every_journal_address_answers_401() {
        for (String path : List.of("/api/v1/journal/entries", "/api/v1/journal/entries/x", "/api/v1/journal/advice",
                "/api/v1/journal/progress")) {
            assertThat(get(null, path).statusCode()).as(path).isEqualTo(401);
        }
        HttpResponse<String> anonymousPost = http.postJson("/api/v1/journal/entries", SESSION);
        assertThat(anonymousPost.statusCode()).isEqualTo(401);
    }

    @Test
    void an_entry_dated_in_the_future_is_refused_naming_at() {
        Person ana = signUp();

        HttpResponse<String> response = post(ana, checkIn("2026-11-24T09:00:00Z", 3, false));

        assertThat(fields(response)).containsExactly("at");
        assertThat(json(get(ana, "/api/v1/journal/entries")).get("entries").size()).isZero();
    }

    @Test
    void pain_of_12_and_an_unknown_symptom_are_refused_naming_each_field() {
        Person ana = signUp();

        HttpResponse<String> response = post(ana, """
                {"at":"2026-11-20T08:00:00Z","kind":"session","painBefore":12,"painAfter":3,"symptoms":["fevr"]}""");

        assertThat(fields(response)).containsExactlyInAnyOrder("painBefore", "symptoms[0]");
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    void a_time_that_is_not_an_instant_is_refused_naming_the_parameter() {
        Person ana = signUp();

        assertThat(fields(get(ana, "/api/v1/journal/entries?from=yesterday"))).containsExactly("from");
        assertThat(fields(get(ana, "/api/v1/journal/entries?to=2026-13-01"))).containsExactly("to");
        assertThat(fields(get(ana, "/api/v1/journal/advice?asOf=soon"))).containsExactly("asOf");
    }

    @Test
    void progress_shows_what_helped() {
        Person ana = signUp();
        added(ana, SESSION);

        JsonNode progress = json(get(ana, "/api/v1/journal/progress"));

        assertThat(progress.get("helped").get(0).get("technique").textValue()).isEqualTo("effleurage");
        assertThat(progress.get("pain").size()).isEqualTo(1);
    }

    @Test
    void reads_and_writes_are_audited_by_entry_id_without_the_health_data() {
        Person ana = signUp();
        String id = added(ana, SESSION);
        get(ana, "/api/v1/journal/entries/" + id);

        List<AuditEvent> log = accounts.auditLog().of(new AccountId(ana.id()));

        assertThat(log).extracting(e -> e.action().wireName() + " " + e.subject())
                .contains("health_data_written journal_entry:" + id, "health_data_read journal_entry:" + id);
        assertThat(log).allSatisfy(e -> assertThat(String.valueOf(e.subject())).doesNotContain("warm room"));
    }

    @Test
    void the_account_export_carries_the_journal_entry() {
        Person ana = signUp();
        String id = added(ana, SESSION);

        HttpResponse<String> export = get(ana, "/api/v1/account/export");

        assertThat(export.statusCode()).isEqualTo(200);
        JsonNode entry = json(export).get("journalEntries").get(0);
        assertThat(entry.get("id").textValue()).isEqualTo(id);
        assertThat(entry.get("document").get("notes").textValue()).isEqualTo("warm room");
    }

    private static String checkIn(String at, int pain, boolean soreness) {
        return "{\"at\":\"" + at + "\",\"kind\":\"check_in\",\"painLevel\":" + pain + ",\"soreness\":" + soreness + "}";
    }
}
