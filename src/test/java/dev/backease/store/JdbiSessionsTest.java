package dev.backease.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backease.account.Account;
import dev.backease.account.StoredDocument;
import dev.backease.account.AccountId;
import dev.backease.account.TestClock;
import dev.backease.account.Username;
import dev.backease.content.Symptom;
import dev.backease.json.IntakeReader;
import dev.backease.json.SessionEventReader;
import dev.backease.planning.Plan;
import dev.backease.planning.Planner;
import dev.backease.screening.Intake;
import dev.backease.screening.Screening;
import dev.backease.session.ApplyingSessionEvent;
import dev.backease.session.LiveSession;
import dev.backease.session.Outcome;
import dev.backease.session.SessionChangedMeanwhile;
import dev.backease.session.SessionEvent;
import dev.backease.session.SessionId;
import dev.backease.session.SessionState;
import dev.backease.session.SkinChange;
import dev.backease.session.StartingSession;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;

class JdbiSessionsTest {
    private static final AccountId ANA = new AccountId("account-ana");
    private static final AccountId BEN = new AccountId("account-ben");
    private static final SessionId ID = new SessionId("7c1f9a56-0000-4000-8000-000000000001");
    private static Plan plan;
    private final TestClock clock = new TestClock("2026-11-20T18:00:00Z");
    private final LiveSession engine = new LiveSession(clock);

    @BeforeAll
    static void planFromTheRealPlanner() {
        Intake intake = IntakeReader.read("""
                {"mode": "partner", "pain": {"intensity": 3, "durationDays": 4},
                 "conditions": ["blood_thinners"], "tools": ["massage_oil", "pillows"],
                 "minutesAvailable": 15, "comfortMax": 6}""");
        plan = new Planner(GuideFile.loadDefault()).plan(intake, new Screening("112").screen(intake));
    }

    private JdbiSessions sessions(Database database) {
        var accounts = JdbiAccountStore.repositories(database).accounts();
        accounts.add(new Account(ANA, new Username("ana"), "not-a-real-hash", clock.instant()));
        accounts.add(new Account(BEN, new Username("ben"), "not-a-real-hash", clock.instant()));
        return new JdbiSessions(database);
    }

    /** The sessions of a second server instance on the same database: it keeps its own copies. */
    private static JdbiSessions anotherInstance(Database database) {
        return new JdbiSessions(database, new SessionCache(SessionCache.DEFAULT_MAX_SESSIONS));
    }

    private SessionState opened(JdbiSessions sessions) {
        Outcome outcome = new StartingSession(sessions, engine, () -> ID).start(ANA, intakeWithComfort(6), plan);
        return ((Outcome.Applied) outcome).state();
    }

    private static Intake intakeWithComfort(int comfortMax) {
        return IntakeReader.read("{\"mode\": \"partner\", \"pain\": {\"intensity\": 3, \"durationDays\": 4}, \"comfortMax\": "
                + comfortMax + "}");
    }

    private SessionState send(JdbiSessions sessions, SessionEvent event) {
        clock.advance(Duration.ofSeconds(30));
        Outcome outcome = new ApplyingSessionEvent(sessions, engine).apply(ANA, ID, event).orElseThrow();
        return ((Outcome.Applied) outcome).state();
    }

    @OnBothDatabases
    void a_session_reads_back_exactly_as_saved_with_its_plan_events_times_and_version(Database database) {
        JdbiSessions sessions = sessions(database);
        opened(sessions);
        send(sessions, new SessionEvent.Start(null));
        send(sessions, new SessionEvent.PressureReport(2, Instant.parse("2026-11-20T18:00:45.123456789Z")));
        send(sessions, new SessionEvent.Guarding(null));
        send(sessions, new SessionEvent.Pause(null));
        send(sessions, new SessionEvent.Resume(null));
        send(sessions, new SessionEvent.NextStep(null));
        SessionState stopped = send(sessions, new SessionEvent.SkinChangeSeen(SkinChange.BRUISING, null));

        SessionState found = sessions.findById(ANA, ID).orElseThrow();

        assertThat(found).isEqualTo(stopped);
        assertThat(found.version()).isEqualTo(8);
        assertThat(found.plan()).isEqualTo(plan);
        assertThat(found.eventCount()).isEqualTo(7);
        assertThat(found.lastEvent()).isEqualTo(new SessionEvent.SkinChangeSeen(SkinChange.BRUISING,
                Instant.parse("2026-11-20T18:03:30Z")));
        List<SessionEvent> events = sessions.events(ANA, ID).orElseThrow();
        assertThat(events).hasSize(7);
        assertThat(events.get(1).at()).isEqualTo(Instant.parse("2026-11-20T18:00:45.123456789Z"));
        assertThat(found.reasons()).isNotEmpty();
        assertThat(found.stopReason()).isEqualTo("skin_change_bruising");
    }

    @OnBothDatabases
    void a_symptom_stopped_session_keeps_its_emergency_referral_when_read_back(Database database) {
        JdbiSessions sessions = sessions(database);
        opened(sessions);
        SessionState stopped = send(sessions, new SessionEvent.SymptomReported(Symptom.LEG_WEAKNESS, null));

        assertThat(sessions.findById(ANA, ID)).contains(stopped);
        assertThat(stopped.referral().id()).isEqualTo("emergency");
    }

    @OnBothDatabases
    void another_account_does_not_find_the_session_and_neither_does_an_unknown_id(Database database) {
        JdbiSessions sessions = sessions(database);
        opened(sessions);

        assertThat(sessions.findById(BEN, ID)).isEmpty();
        assertThat(sessions.findById(ANA, new SessionId("no-such-session"))).isEmpty();
        assertThat(sessions.findById(ANA, ID)).isPresent();
    }

    @OnBothDatabases
    void another_account_cannot_overwrite_the_session(Database database) {
        JdbiSessions sessions = sessions(database);
        SessionState ready = opened(sessions);
        SessionState started = ((Outcome.Applied) engine.apply(ready, new SessionEvent.Start(null))).state();
        SessionState asBen = new SessionState(started.id(), BEN, started.status(), started.stepIndex(),
                started.comfortMax(), started.pressureTarget(), started.stepCeiling(), started.referral(),
                started.stopReason(), started.actions(), started.reasons(), started.plan(), started.eventCount(), started.lastEvent(),
                started.createdAt(), started.updatedAt(), started.version());

        assertThatThrownBy(() -> sessions.save(asBen)).isInstanceOf(SessionChangedMeanwhile.class);
        assertThat(sessions.findById(ANA, ID)).contains(ready);
        assertThat(storedEventTypes(database)).isEmpty();
    }

    @OnBothDatabases
    void a_change_made_from_a_stale_version_is_refused_and_changes_nothing(Database database) {
        JdbiSessions sessions = sessions(database);
        SessionState ready = opened(sessions);
        SessionState started = send(sessions, new SessionEvent.Start(null));
        SessionState stale = ((Outcome.Applied) engine.apply(ready, new SessionEvent.StopSignal(null))).state();

        assertThatThrownBy(() -> sessions.save(stale))
                .isInstanceOf(SessionChangedMeanwhile.class)
                .hasMessageContaining("expected version 1, found 2");
        assertThat(sessions.findById(ANA, ID)).contains(started);
        assertThat(storedEventTypes(database)).containsExactly("start");
    }

    @OnBothDatabases
    void a_new_session_cannot_replace_one_with_the_same_id(Database database) {
        JdbiSessions sessions = sessions(database);
        SessionState first = opened(sessions);
        send(sessions, new SessionEvent.Start(null));

        assertThatThrownBy(() -> sessions.save(first)).isInstanceOf(SessionChangedMeanwhile.class);
        assertThat(sessions.findById(ANA, ID).orElseThrow().version()).isEqualTo(2);
    }

    @OnBothDatabases
    void each_accepted_event_is_appended_once_in_the_order_it_happened(Database database) {
        JdbiSessions sessions = sessions(database);
        opened(sessions);
        send(sessions, new SessionEvent.Start(null));
        send(sessions, new SessionEvent.PressureReport(8, null));
        send(sessions, new SessionEvent.NextStep(null));
        send(sessions, new SessionEvent.StopSignal(null));

        assertThat(storedEventTypes(database)).containsExactly("start", "pressure_report", "next_step", "stop_signal");
        String report = database.jdbi().withHandle(h -> h.createQuery(
                "SELECT json FROM session_events WHERE seq = 1").mapTo(String.class).one());
        assertThat(report).isEqualTo("{\"type\":\"pressure_report\",\"value\":8,\"at\":\"2026-11-20T18:01:00Z\"}");
    }

    @OnBothDatabases
    void the_stored_document_stays_the_same_size_however_many_pressure_reports_the_session_takes(Database database) {
        JdbiSessions sessions = sessions(database);
        opened(sessions);
        send(sessions, new SessionEvent.Start(null));
        reportPressure(sessions, 10);
        int afterTen = storedDocument(database).length();

        reportPressure(sessions, 990);
        String afterThousand = storedDocument(database);

        // Only the digits of the count and the version may grow (from 2 to 4 each).
        assertThat(afterThousand.length()).isBetween(afterTen, afterTen + 4);
        assertThat(afterThousand).doesNotContain("\"events\"");
        assertThat(sessions.findById(ANA, ID).orElseThrow().eventCount()).isEqualTo(1001);
        // The plan, ten times the state's size, is written once when the session opens, never again.
        assertThat(afterThousand).doesNotContain("\"plan\"").doesNotContain("effleurage");
        assertThat(storedPlans(database)).singleElement().satisfies(plan -> assertThat(plan.length()).isGreaterThan(afterThousand.length()));
        assertThat(sessions.findById(ANA, ID).orElseThrow().plan()).isEqualTo(plan);
    }

    @OnBothDatabases
    void the_events_of_a_long_session_read_back_all_in_order_with_their_times(Database database) {
        JdbiSessions sessions = sessions(database);
        opened(sessions);
        send(sessions, new SessionEvent.Start(null));
        reportPressure(sessions, 1000);

        List<SessionEvent> events = sessions.events(ANA, ID).orElseThrow();

        assertThat(events).hasSize(1001);
        assertThat(events.get(0)).isEqualTo(new SessionEvent.Start(Instant.parse("2026-11-20T18:00:30Z")));
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i)).isEqualTo(new SessionEvent.PressureReport(i % 3 + 1,
                    Instant.parse("2026-11-20T18:00:30Z").plusSeconds(30L * i)));
        }
    }

    @OnBothDatabases
    void nobody_else_reads_the_events_and_a_new_session_has_none(Database database) {
        JdbiSessions sessions = sessions(database);
        opened(sessions);

        assertThat(sessions.events(ANA, ID)).contains(List.of());
        send(sessions, new SessionEvent.Start(null));
        assertThat(sessions.events(ANA, ID).orElseThrow()).extracting(SessionEvent::type).containsExactly("start");
        assertThat(sessions.events(BEN, ID)).isEmpty();
        assertThat(sessions.events(ANA, new SessionId("no-such-session"))).isEmpty();
    }

    @OnBothDatabases
    void a_session_stored_with_all_its_events_in_its_document_still_reads_and_goes_on(Database database)
            throws Exception {
        JdbiSessions sessions = sessions(database);
        storeTheOldWay(database);

        SessionState found = sessions.findById(ANA, ID).orElseThrow();

        assertThat(found.status().id()).isEqualTo("running");
        assertThat(found.pressureTarget()).isEqualTo(1);
        assertThat(found.version()).isEqualTo(4);
        assertThat(found.eventCount()).isEqualTo(3);
        assertThat(found.lastEvent()).isEqualTo(new SessionEvent.Guarding(Instant.parse("2026-11-20T18:01:30Z")));
        assertThat(sessions.events(ANA, ID).orElseThrow()).extracting(SessionEvent::type)
                .containsExactly("start", "pressure_report", "guarding");

        clock.advance(Duration.ofMinutes(2));
        SessionState next = send(sessions, new SessionEvent.PressureReport(1, null));

        assertThat(next.eventCount()).isEqualTo(4);
        assertThat(sessions.findById(ANA, ID)).contains(next);
        assertThat(storedDocument(database)).doesNotContain("\"events\"");
        // Its plan moved out at this first change, once, and reads back in place.
        assertThat(storedDocument(database)).doesNotContain("\"plan\"");
        assertThat(storedPlans(database)).hasSize(1);
        assertThat(next.plan()).isEqualTo(found.plan());
        assertThat(storedEventTypes(database)).containsExactly("start", "pressure_report", "guarding", "pressure_report");
    }

    @OnBothDatabases
    void the_account_export_holds_every_event_and_a_document_without_them(Database database) {
        JdbiSessions sessions = sessions(database);
        opened(sessions);
        send(sessions, new SessionEvent.Start(null));
        reportPressure(sessions, 5);
        send(sessions, new SessionEvent.StopSignal(null));

        var personalData = JdbiAccountStore.repositories(database).personalData();

        assertThat(personalData.sessionEvents(ANA)).extracting(StoredDocument::id)
                .containsExactly(ID.value() + "/0", ID.value() + "/1", ID.value() + "/2", ID.value() + "/3",
                        ID.value() + "/4", ID.value() + "/5", ID.value() + "/6");
        assertThat(personalData.sessionEvents(ANA)).last().satisfies(
                last -> assertThat(last.json()).isEqualTo("{\"type\":\"stop_signal\",\"at\":\"2026-11-20T18:03:30Z\"}"));
        assertThat(personalData.liveSessions(ANA)).singleElement().satisfies(document -> assertThat(document.json())
                .contains("\"eventCount\":7").doesNotContain("\"events\""));
    }

    /**
     * What the program stored before the event count existed: the document it wrote then (made by that
     * version for this session, kept as a test resource) and its events' rows.
     */
    private static void storeTheOldWay(Database database) throws Exception {
        String document;
        try (InputStream in = JdbiSessionsTest.class.getResourceAsStream("session-stored-with-all-its-events.json")) {
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> rows = List.of("{\"type\":\"start\",\"at\":\"2026-11-20T18:00:30Z\"}",
                "{\"type\":\"pressure_report\",\"value\":2,\"at\":\"2026-11-20T18:00:45.123456789Z\"}",
                "{\"type\":\"guarding\",\"at\":\"2026-11-20T18:01:30Z\"}");
        database.jdbi().useTransaction(h -> {
            h.createUpdate("INSERT INTO live_sessions (id, account_id, created_at, updated_at, version, state)"
                            + " VALUES (:id, :owner, :created, :updated, 4, :state)")
                    .bind("id", ID.value()).bind("owner", ANA.value())
                    .bind("created", Instant.parse("2026-11-20T18:00:00Z"))
                    .bind("updated", Instant.parse("2026-11-20T18:01:30Z"))
                    .bind("state", document).execute();
            for (int seq = 0; seq < rows.size(); seq++) {
                h.createUpdate("INSERT INTO session_events (session_id, seq, at, json) VALUES (:id, :seq, :at, :json)")
                        .bind("id", ID.value()).bind("seq", seq)
                        .bind("at", SessionEventReader.read(rows.get(seq)).at())
                        .bind("json", rows.get(seq)).execute();
            }
        });
    }

    /** Reports 1, 2, 3, 1, 2, 3, ... (never above the comfort ceiling of 6), so the session keeps running. */
    private void reportPressure(JdbiSessions sessions, int reports) {
        for (int i = 0; i < reports; i++) {
            int sent = sessions.findById(ANA, ID).orElseThrow().eventCount();
            send(sessions, new SessionEvent.PressureReport(sent % 3 + 1, null));
        }
    }

    private static List<String> storedPlans(Database database) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT plan FROM session_plans WHERE session_id = :id")
                .bind("id", ID.value()).mapTo(String.class).list());
    }

    private static String storedDocument(Database database) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT state FROM live_sessions WHERE id = :id")
                .bind("id", ID.value()).mapTo(String.class).one());
    }

    private static List<String> storedEventTypes(Database database) {
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT json FROM session_events WHERE session_id = :id ORDER BY seq")
                .bind("id", ID.value()).mapTo(String.class).list())
                .stream().map(json -> dev.backease.json.Json.parse(json).get("type").textValue()).toList();
    }

    @OnBothDatabases
    void a_change_and_its_audit_record_are_kept_together_or_not_at_all(Database database) {
        JdbiSessions sessions = sessions(database);
        SessionState opened = opened(sessions);
        SessionState started = ((Outcome.Applied) engine.apply(opened, new SessionEvent.Start(null))).state();
        dev.backease.account.AuditEvent record = new dev.backease.account.AuditEvent(clock.instant(), ANA,
                dev.backease.account.AuditAction.HEALTH_DATA_WRITTEN, "session:" + ID.value(), "10.0.0.7");

        sessions.save(started, record);
        // The same version again: someone else saved it meanwhile. Neither the change nor its record is kept.
        assertThatThrownBy(() -> sessions.save(started, record)).isInstanceOf(SessionChangedMeanwhile.class);

        List<dev.backease.account.AuditEvent> audit = JdbiAccountStore.repositories(database).auditLog().of(ANA);
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).subject()).isEqualTo("session:" + ID.value());
        assertThat(audit.get(0).client()).isEqualTo("10.0.0.7");
        assertThat(sessions.events(ANA, ID).orElseThrow()).hasSize(1);
        assertThat(sessions.findById(ANA, ID).orElseThrow().version()).isEqualTo(2);
    }

    @OnBothDatabases
    void a_read_is_recorded_once_when_the_session_is_found_and_never_for_anyone_else(Database database) {
        JdbiSessions sessions = sessions(database);
        SessionState opened = opened(sessions);
        dev.backease.account.AuditEvent anaReads = new dev.backease.account.AuditEvent(clock.instant(), ANA,
                dev.backease.account.AuditAction.HEALTH_DATA_READ, "session:" + ID.value(), "10.0.0.8");
        dev.backease.account.AuditEvent benTries = new dev.backease.account.AuditEvent(clock.instant(), BEN,
                dev.backease.account.AuditAction.HEALTH_DATA_READ, "session:" + ID.value(), "10.0.0.9");

        // Read whole, then again at the version this instance keeps (no document sent): each is recorded.
        assertThat(sessions.read(ANA, ID, anaReads)).contains(opened);
        assertThat(sessions.read(ANA, ID, anaReads)).contains(opened);
        assertThat(anotherInstance(database)
                .read(ANA, ID, anaReads)).contains(opened);
        assertThat(sessions.read(BEN, ID, benTries)).isEmpty();
        assertThat(sessions.read(ANA, new SessionId("no-such-session"), anaReads)).isEmpty();

        var log = JdbiAccountStore.repositories(database).auditLog();
        assertThat(log.of(ANA)).hasSize(3).allSatisfy(record -> {
            assertThat(record.action()).isEqualTo(dev.backease.account.AuditAction.HEALTH_DATA_READ);
            assertThat(record.subject()).isEqualTo("session:" + ID.value());
            assertThat(record.client()).isEqualTo("10.0.0.8");
        });
        assertThat(log.of(BEN)).isEmpty();
    }

    @OnBothDatabases
    void a_session_kept_by_one_instance_reads_at_the_version_another_instance_saved(Database database) {
        JdbiSessions one = sessions(database);
        JdbiSessions two = anotherInstance(database);
        opened(one);
        SessionState started = send(one, new SessionEvent.Start(null));
        assertThat(two.findById(ANA, ID)).contains(started);
        assertThat(one.findById(ANA, ID).orElseThrow()).isSameAs(one.findById(ANA, ID).orElseThrow());

        clock.advance(Duration.ofSeconds(30));
        SessionState paused = ((Outcome.Applied) new ApplyingSessionEvent(two, engine)
                .apply(ANA, ID, new SessionEvent.Pause(null)).orElseThrow()).state();

        // The first instance kept version 2; the database holds 3, so it reads 3.
        assertThat(one.findById(ANA, ID)).contains(paused);
        assertThat(one.findById(ANA, ID).orElseThrow().status().id()).isEqualTo("paused");
        assertThat(one.findById(BEN, ID)).isEmpty();
    }

    @OnBothDatabases
    void an_event_sent_through_an_instance_that_kept_an_older_version_is_applied_to_the_latest(Database database) {
        JdbiSessions one = sessions(database);
        JdbiSessions two = anotherInstance(database);
        opened(one);
        send(one, new SessionEvent.Start(null));
        assertThat(two.lastKnown(ANA, ID).map(SessionState::version)).isEmpty();
        assertThat(two.findById(ANA, ID).orElseThrow().version()).isEqualTo(2);

        // The first instance goes on; the second still keeps version 2 (running).
        send(one, new SessionEvent.Pause(null));
        assertThat(two.lastKnown(ANA, ID).orElseThrow().version()).isEqualTo(2);

        // Through the second: resume (refused by version 2, which is running) and stop (made from it,
        // not saved, applied to the latest).
        clock.advance(Duration.ofSeconds(30));
        assertThat(new ApplyingSessionEvent(two, engine).apply(ANA, ID, new SessionEvent.Resume(null)).orElseThrow())
                .isInstanceOf(Outcome.Applied.class);
        send(one, new SessionEvent.Pause(null));
        clock.advance(Duration.ofSeconds(30));
        assertThat(new ApplyingSessionEvent(two, engine).apply(ANA, ID, new SessionEvent.StopSignal(null)).orElseThrow())
                .isInstanceOf(Outcome.Applied.class);

        SessionState stored = one.findById(ANA, ID).orElseThrow();
        assertThat(stored.version()).isEqualTo(6);
        assertThat(stored.status().id()).isEqualTo("stopped");
        assertThat(storedEventTypes(database)).containsExactly("start", "pause", "resume", "pause", "stop_signal");
        assertThat(two.findById(BEN, ID)).isEmpty();
        assertThat(two.lastKnown(BEN, ID)).isEmpty();
    }

    @OnBothDatabases
    void an_event_on_a_session_erased_meanwhile_finds_nothing_and_writes_nothing(Database database) {
        JdbiSessions sessions = sessions(database);
        JdbiSessions elsewhere = anotherInstance(database);
        opened(sessions);
        send(sessions, new SessionEvent.Start(null));
        assertThat(elsewhere.findById(ANA, ID)).isPresent(); // the other instance keeps it now

        var repositories = JdbiAccountStore.repositories(database);
        repositories.personalData().eraseAccount(repositories.accounts().byId(ANA).orElseThrow());

        assertThat(new ApplyingSessionEvent(elsewhere, engine).apply(ANA, ID, new SessionEvent.Pause(null))).isEmpty();
        assertThat(storedPlans(database)).isEmpty();
        assertThat(storedEventTypes(database)).isEmpty();
    }

    @OnBothDatabases
    void an_erased_account_leaves_no_session_behind_in_what_the_process_keeps(Database database) {
        JdbiSessions sessions = sessions(database);
        opened(sessions);
        send(sessions, new SessionEvent.Start(null));
        assertThat(database.sessions().size()).isEqualTo(1);

        var repositories = JdbiAccountStore.repositories(database);
        repositories.personalData().eraseAccount(repositories.accounts().byId(ANA).orElseThrow());

        assertThat(database.sessions().size()).isZero();
        assertThat(sessions.findById(ANA, ID)).isEmpty();
    }
}
