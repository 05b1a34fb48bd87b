package dev.backease.e2e;

import static dev.backease.e2e.HttpClientSupport.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backease.account.AccountActions;
import dev.backease.account.AccountId;
import dev.backease.account.AuditAction;
import dev.backease.account.AuditEvent;
import dev.backease.account.PasswordPolicy;
import dev.backease.account.TestClock;
import dev.backease.json.Json;
import dev.backease.planning.Planner;
import dev.backease.screening.Screening;
import dev.backease.session.ApplyingSessionEvent;
import dev.backease.session.LiveSession;
import dev.backease.session.Sessions;
import dev.backease.session.StartingSession;
import dev.backease.store.Argon2PasswordHasher;
import dev.backease.store.Database;
import dev.backease.store.GuideFile;
import dev.backease.store.JdbiAccountStore;
import dev.backease.store.JdbiSessions;
import dev.backease.store.TestDatabases;
import dev.backease.web.AccountRoutes;
import dev.backease.web.ScreeningRoutes;
import dev.backease.web.SessionRoutes;
import dev.backease.web.TokenAuthenticator;
import dev.backease.web.WebCookies;
import dev.backease.web.WebServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Live sessions over HTTP on a real server and a real database, with two accounts. */
class SessionApiTest {
    private static final String PASSWORD = "lanterns drift over quiet harbours";
    private static final String SESSIONS = "/api/v1/sessions";
    private static final TestClock CLOCK = new TestClock("2026-11-20T18:00:00Z");
    private static Database database;
    private static AccountActions accounts;
    private static WebServer server;
    private static HttpClientSupport http;
    private static String ana;
    private static AccountId anaId;
    private static String ben;

    @BeforeAll
    static void start() {
        database = TestDatabases.open(TestDatabases.freshSqliteUrl());
        accounts = AccountActions.create(JdbiAccountStore.repositories(database), new Argon2PasswordHasher(),
                PasswordPolicy.standard(), CLOCK);
        WebCookies cookies = new WebCookies(false);
        TokenAuthenticator authenticator = new TokenAuthenticator(accounts, cookies);
        Sessions sessions = new JdbiSessions(database);
        LiveSession engine = new LiveSession(CLOCK);
        Screening screening = new Screening("112");
        server = new WebServer(List.of(
                new ScreeningRoutes(screening, new Planner(GuideFile.loadDefault())),
                new AccountRoutes(accounts, authenticator, cookies),
                new SessionRoutes(screening, new Planner(GuideFile.loadDefault()), sessions,
                        new StartingSession(sessions, engine), new ApplyingSessionEvent(sessions, engine),
                        accounts.auditLog(), CLOCK)),
                authenticator, WebServer.DEFAULT_MAX_BODY_BYTES).start("127.0.0.1", 0);
        http = new HttpClientSupport(server.port());
        anaId = new AccountId(json(signUp("ana")).get("id").textValue());
        ana = token("ana");
        signUp("ben");
        ben = token("ben");
    }

    @AfterAll
    static void stop() {
        server.stop();
        database.close();
    }

    private static HttpResponse<String> signUp(String name) {
        HttpResponse<String> response = http.postJson("/api/v1/accounts",
                "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(response.statusCode()).isEqualTo(201);
        return response;
    }

    private static String token(String name) {
        HttpResponse<String> response = http.postJson("/api/v1/auth/tokens",
                "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\"}");
        return json(response).get("token").textValue();
    }

    private static HttpResponse<String> post(String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request);
    }

    private static HttpResponse<String> get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request);
    }

    private static String plainIntake() throws Exception {
        return Files.readString(Path.of("examples/plain-backache.json"));
    }

    /** Starts a plain session as Ana and returns its address. */
    private static String started() throws Exception {
        HttpResponse<String> response = post(SESSIONS, ana, plainIntake());
        assertThat(response.statusCode()).isEqualTo(201);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static JsonNode event(String location, String token, String event, int expectedStatus) {
        HttpResponse<String> response = post(location + "/events", token, event);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return json(response);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.get("status").intValue()).isEqualTo(status);
        assertThat(problem.get("detail").textValue()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("plan");
    }

    @Test
    void starting_a_session_answers_201_with_its_state_and_where_to_find_it() throws Exception {
        HttpResponse<String> response = post(SESSIONS, ana, plainIntake());

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode state = json(response);
        assertThat(response.headers().firstValue("Location")).hasValue(SESSIONS + "/" + state.get("id").textValue());
        assertThat(state.get("state").textValue()).isEqualTo("ready");
        assertThat(state.get("stepIndex").intValue()).isZero();
        assertThat(state.get("step").get("technique").textValue()).isEqualTo("effleurage");
        assertThat(state.get("comfortMax").intValue()).isEqualTo(6);
        assertThat(state.get("pressureTarget").intValue()).isBetween(1, 3);
        assertThat(state.get("referral").textValue()).isEqualTo("none");
        assertThat(state.get("stopReason").isNull()).isTrue();
        assertThat(state.get("actions")).isNotEmpty();
        assertThat(state.get("plan").get("steps")).isNotEmpty();
    }

    @Test
    void the_owner_reads_the_session_back_as_it_was_left() throws Exception {
        String location = started();
        JsonNode afterStart = event(location, ana, "{\"type\":\"start\"}", 200);

        HttpResponse<String> read = get(location, ana);

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json(read)).isEqualTo(afterStart);
        assertThat(json(read).get("state").textValue()).isEqualTo("running");
    }

    @Test
    void the_owner_reads_every_event_in_order_while_the_state_carries_only_their_count_and_the_last() throws Exception {
        String location = started();
        event(location, ana, "{\"type\":\"start\"}", 200);
        for (int value = 1; value <= 30; value++) {
            event(location, ana, "{\"type\":\"pressure_report\",\"value\":" + (value % 4 + 1) + "}", 200);
        }
        JsonNode stopped = event(location, ana, "{\"type\":\"stop_signal\",\"at\":\"2026-11-20T17:59:00Z\"}", 200);

        HttpResponse<String> read = get(location + "/events", ana);

        assertThat(read.statusCode()).isEqualTo(200);
        JsonNode events = json(read).get("events");
        assertThat(events).hasSize(32);
        assertThat(events.get(0).get("type").textValue()).isEqualTo("start");
        for (int i = 1; i <= 30; i++) {
            assertThat(events.get(i).get("type").textValue()).isEqualTo("pressure_report");
            assertThat(events.get(i).get("value").intValue()).isEqualTo(i % 4 + 1);
            assertThat(events.get(i).get("at").textValue()).isEqualTo("2026-11-20T18:00:00Z");
        }
        assertThat(events.get(31)).isEqualTo(Json.parse("{\"type\":\"stop_signal\",\"at\":\"2026-11-20T17:59:00Z\"}"));
        assertThat(stopped.has("events")).isFalse();
        assertThat(stopped.get("eventCount").intValue()).isEqualTo(32);
        assertThat(stopped.get("lastEvent")).isEqualTo(events.get(31));
    }

    @Test
    void a_new_session_has_no_events_yet() throws Exception {
        String location = started();

        HttpResponse<String> read = get(location + "/events", ana);

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json(read).get("events")).isEmpty();
        assertThat(json(get(location, ana)).get("eventCount").intValue()).isZero();
        assertThat(json(get(location, ana)).get("lastEvent").isNull()).isTrue();
    }

    @Test
    void a_pressure_report_above_the_comfort_ceiling_lowers_the_pressure_target() throws Exception {
        String location = started();
        int before = event(location, ana, "{\"type\":\"start\"}", 200).get("pressureTarget").intValue();

        JsonNode after = event(location, ana, "{\"type\":\"pressure_report\",\"value\":8}", 200);

        assertThat(after.get("pressureTarget").intValue()).isLessThan(before);
        assertThat(after.get("state").textValue()).isEqualTo("running");
        assertThat(after.get("actions").get(0).textValue()).startsWith("Ease off");
    }

    @Test
    void the_stop_signal_stops_the_session_and_asks_for_no_pressure() throws Exception {
        String location = started();
        event(location, ana, "{\"type\":\"start\"}", 200);

        JsonNode stopped = event(location, ana, "{\"type\":\"stop_signal\"}", 200);

        assertThat(stopped.get("state").textValue()).isEqualTo("stopped");
        assertThat(stopped.get("stopReason").textValue()).isEqualTo("stop_signal");
        assertThat(stopped.get("pressureTarget").intValue()).isZero();
    }

    @Test
    void leg_weakness_stops_the_session_with_an_emergency_referral() throws Exception {
        String location = started();
        event(location, ana, "{\"type\":\"start\"}", 200);

        JsonNode stopped = event(location, ana, "{\"type\":\"symptom\",\"symptom\":\"leg_weakness\"}", 200);

        assertThat(stopped.get("state").textValue()).isEqualTo("stopped");
        assertThat(stopped.get("referral").textValue()).isEqualTo("emergency");
        assertThat(stopped.get("stopReason").textValue()).isEqualTo("symptom_leg_weakness");
        assertThat(stopped.get("actions").toString()).contains("112");
    }

    @Test
    void a_stopped_session_refuses_further_events_with_409_and_stays_as_it_was() throws Exception {
        String location = started();
        JsonNode stopped = event(location, ana, "{\"type\":\"stop_signal\"}", 200);

        HttpResponse<String> refused = post(location + "/events", ana, "{\"type\":\"resume\"}");
        HttpResponse<String> refusedReport = post(location + "/events", ana, "{\"type\":\"pressure_report\",\"value\":2}");

        assertProblem(refused, 409);
        assertThat(json(refused).get("detail").textValue()).contains("stopped");
        assertProblem(refusedReport, 409);
        assertThat(json(get(location, ana))).isEqualTo(stopped);
    }

    @Test
    void an_unknown_event_type_is_refused_with_400_naming_type() throws Exception {
        String location = started();

        HttpResponse<String> response = post(location + "/events", ana, "{\"type\":\"stretch\"}");

        assertProblem(response, 400);
        assertThat(json(response).get("errors").get(0).get("field").textValue()).isEqualTo("type");
    }

    @Test
    void a_pressure_report_of_11_is_refused_with_400_naming_value_and_changes_nothing() throws Exception {
        String location = started();
        JsonNode before = json(get(location, ana));

        HttpResponse<String> response = post(location + "/events", ana, "{\"type\":\"pressure_report\",\"value\":11}");

        assertProblem(response, 400);
        JsonNode error = json(response).get("errors").get(0);
        assertThat(error.get("field").textValue()).isEqualTo("value");
        assertThat(error.get("problem").textValue()).contains("0 to 10");
        assertThat(json(get(location, ana))).isEqualTo(before);
    }

    @Test
    void an_event_the_session_cannot_take_in_its_state_is_refused_with_400_naming_type() throws Exception {
        String location = started();

        HttpResponse<String> response = post(location + "/events", ana, "{\"type\":\"resume\"}");

        assertProblem(response, 400);
        assertThat(json(response).get("errors").get(0).get("field").textValue()).isEqualTo("type");
        assertThat(json(response).get("errors").get(0).get("problem").textValue()).contains("ready");
    }

    @Test
    void another_account_gets_404_for_the_session_and_its_events_and_changes_nothing() throws Exception {
        String location = started();
        JsonNode before = json(get(location, ana));

        HttpResponse<String> read = get(location, ben);
        HttpResponse<String> history = get(location + "/events", ben);
        HttpResponse<String> stop = post(location + "/events", ben, "{\"type\":\"stop_signal\"}");
        HttpResponse<String> unknown = get(SESSIONS + "/no-such-session", ana);
        HttpResponse<String> unknownHistory = get(SESSIONS + "/no-such-session/events", ana);

        assertProblem(read, 404);
        assertProblem(history, 404);
        assertProblem(stop, 404);
        assertProblem(unknown, 404);
        assertProblem(unknownHistory, 404);
        assertThat(read.body()).isEqualTo(unknown.body());
        assertThat(history.body()).isEqualTo(unknownHistory.body()).isEqualTo(unknown.body());
        assertThat(json(get(location, ana))).isEqualTo(before);
    }

    @Test
    void without_a_valid_token_every_session_route_answers_401() throws Exception {
        String location = started();

        assertProblem(post(SESSIONS, null, plainIntake()), 401);
        assertProblem(get(location, null), 401);
        assertProblem(get(location + "/events", null), 401);
        assertProblem(post(location + "/events", null, "{\"type\":\"stop_signal\"}"), 401);
        assertProblem(get(location, "not-a-real-token"), 401);
        assertThat(json(get(location, ana)).get("state").textValue()).isEqualTo("ready");
    }

    @Test
    void a_red_flag_intake_cannot_start_a_session_and_gets_409_with_the_screening() throws Exception {
        HttpResponse<String> response = post(SESSIONS, ana, Files.readString(Path.of("examples/red-flag.json")));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("Location")).isEmpty();
        JsonNode problem = json(response);
        JsonNode screening = problem.get("screening");
        assertThat(screening.get("massageAllowed").booleanValue()).isFalse();
        assertThat(screening.get("referral").textValue()).isEqualTo("emergency");
        assertThat(problem.get("detail").textValue()).contains(screening.get("actions").get(0).textValue());
    }

    @Test
    void a_bad_intake_is_refused_with_400_naming_the_field() {
        HttpResponse<String> response = post(SESSIONS, ana,
                "{\"mode\":\"partner\",\"pain\":{\"intensity\":12,\"durationDays\":3}}");

        assertProblem(response, 400);
        assertThat(json(response).get("errors").get(0).get("field").textValue()).isEqualTo("pain.intensity");
    }

    @Test
    void reads_and_writes_of_a_session_are_recorded_in_the_owners_audit_log_without_the_data() throws Exception {
        String location = started();
        String subject = "session:" + location.substring(location.lastIndexOf('/') + 1);
        event(location, ana, "{\"type\":\"start\"}", 200);
        get(location, ana);
        get(location + "/events", ana);

        List<AuditEvent> entries = accounts.auditLog().of(anaId).stream()
                .filter(entry -> subject.equals(entry.subject())).toList();

        assertThat(entries).extracting(AuditEvent::action).containsExactly(
                AuditAction.HEALTH_DATA_WRITTEN, AuditAction.HEALTH_DATA_WRITTEN, AuditAction.HEALTH_DATA_READ,
                AuditAction.HEALTH_DATA_READ);
        assertThat(entries).allSatisfy(entry -> assertThat(entry.at()).isEqualTo(CLOCK.instant()));
    }
}
