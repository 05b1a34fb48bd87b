package dev.backease.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backease.account.Account;
import dev.backease.account.AccountId;
import dev.backease.account.TestClock;
import dev.backease.account.Username;
import dev.backease.content.Symptom;
import dev.backease.json.IntakeReader;
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
        assertThat(found.events()).hasSize(7);
        assertThat(found.events().get(1).at()).isEqualTo(Instant.parse("2026-11-20T18:00:45.123456789Z"));
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
                started.stopReason(), started.actions(), started.reasons(), started.plan(), started.events(),
                started.createdAt(), started.updatedAt(), started.version());

        assertThatThrownBy(() -> sessions.save(asBen)).isInstanceOf(SessionChangedMeanwhile.class);
        assertThat(sessions.findById(ANA, ID)).contains(ready);
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

    private static List<String> storedEventTypes(Database database) {
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT json FROM session_events WHERE session_id = :id ORDER BY seq")
                .bind("id", ID.value()).mapTo(String.class).list())
                .stream().map(json -> dev.backease.json.Json.parse(json).get("type").textValue()).toList();
    }
}
