package dev.backease.session;

import static dev.backease.session.SessionFixture.ALICE;
import static dev.backease.session.SessionFixture.BOB;
import static dev.backease.session.SessionFixture.ID;
import static dev.backease.session.SessionFixture.engine;
import static dev.backease.session.SessionFixture.plan;
import static dev.backease.session.SessionFixture.screening;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.content.Mode;
import dev.backease.screening.Decision;
import dev.backease.screening.Intake;
import dev.backease.screening.Referral;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionUseCasesTest {
    private final Sessions sessions = new InMemorySessions();
    private final StartingSession starting = new StartingSession(sessions, engine(), () -> ID);
    private final ApplyingSessionEvent applying = new ApplyingSessionEvent(sessions, engine());
    private final Intake intake = Intake.minimal(Mode.PARTNER, 4, 3);

    @Test
    void starting_a_session_saves_it_ready_with_the_intakes_comfort_ceiling() {
        Outcome outcome = starting.start(ALICE, intake, plan());

        assertThat(outcome).isInstanceOf(Outcome.Applied.class);
        SessionState saved = sessions.findById(ALICE, ID).orElseThrow();
        assertThat(saved.status()).isEqualTo(SessionStatus.READY);
        assertThat(saved.comfortMax()).isEqualTo(Intake.DEFAULT_COMFORT_MAX);
    }

    @Test
    void a_plan_that_does_not_allow_massage_starts_nothing() {
        var plan = plan(screening(Decision.DO_NOT_MASSAGE, Referral.EMERGENCY, 0), List.of());

        Outcome outcome = starting.start(ALICE, intake, plan);

        assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
        assertThat(((Outcome.Rejected) outcome).reason()).startsWith("massage is not allowed: ");
        assertThat(sessions.findById(ALICE, ID)).isEmpty();
    }

    @Test
    void an_applied_event_is_saved() {
        starting.start(ALICE, intake, plan());

        applying.apply(ALICE, ID, new SessionEvent.Start(null));

        assertThat(sessions.findById(ALICE, ID).orElseThrow().status()).isEqualTo(SessionStatus.RUNNING);
    }

    @Test
    void a_rejected_event_changes_nothing_that_is_stored() {
        starting.start(ALICE, intake, plan());

        Outcome outcome = applying.apply(ALICE, ID, new SessionEvent.Resume(null)).orElseThrow();

        assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
        assertThat(sessions.findById(ALICE, ID).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void another_account_cannot_send_events_to_the_session() {
        starting.start(ALICE, intake, plan());

        assertThat(applying.apply(BOB, ID, new SessionEvent.StopSignal(null))).isEmpty();
        assertThat(sessions.findById(ALICE, ID).orElseThrow().status()).isEqualTo(SessionStatus.READY);
    }

    @Test
    void a_change_saved_meanwhile_is_a_conflict() {
        starting.start(ALICE, intake, plan());
        Sessions racing = new Sessions() {
            @Override
            public void save(SessionState state) {
                throw new SessionChangedMeanwhile(state.id(), state.version() - 1, state.version());
            }

            @Override
            public void save(SessionState state, dev.backease.account.AuditEvent record) {
                save(state);
            }

            @Override
            public java.util.Optional<SessionState> findById(dev.backease.account.AccountId owner, SessionId id) {
                return sessions.findById(owner, id);
            }

            @Override
            public java.util.Optional<SessionState> read(dev.backease.account.AccountId owner, SessionId id,
                    dev.backease.account.AuditEvent record) {
                return sessions.read(owner, id, record);
            }

            @Override
            public java.util.Optional<List<SessionEvent>> events(dev.backease.account.AccountId owner, SessionId id) {
                return sessions.events(owner, id);
            }
        };

        Outcome outcome = new ApplyingSessionEvent(racing, engine()).apply(ALICE, ID, new SessionEvent.Start(null))
                .orElseThrow();

        assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
        assertThat(((Outcome.Rejected) outcome).conflict()).isTrue();
    }

    @Test
    void a_change_is_kept_with_its_record_and_a_refused_or_conflicting_one_leaves_none() {
        InMemorySessions kept = new InMemorySessions();
        StartingSession startingRecorded = new StartingSession(kept, engine(), () -> ID);
        ApplyingSessionEvent applyingRecorded = new ApplyingSessionEvent(kept, engine());
        java.time.Instant at = java.time.Instant.parse("2026-11-25T19:00:00Z");
        java.util.function.Function<SessionId, dev.backease.account.AuditEvent> written = id -> new dev.backease.account.AuditEvent(
                at, ALICE, dev.backease.account.AuditAction.HEALTH_DATA_WRITTEN, "session:" + id.value(), "10.0.0.1");

        assertThat(startingRecorded.start(ALICE, intake, plan(), written)).isInstanceOf(Outcome.Applied.class);
        assertThat(applyingRecorded.apply(ALICE, ID, new SessionEvent.Start(null), written.apply(ID)).orElseThrow())
                .isInstanceOf(Outcome.Applied.class);
        assertThat(kept.records()).extracting(dev.backease.account.AuditEvent::subject)
                .containsExactly("session:" + ID.value(), "session:" + ID.value());

        // Refused by the session itself (it is running already): nothing saved, nothing recorded.
        assertThat(applyingRecorded.apply(ALICE, ID, new SessionEvent.Start(null), written.apply(ID)).orElseThrow())
                .isInstanceOf(Outcome.Rejected.class);
        // Someone else's session is not found: nothing recorded either.
        assertThat(applyingRecorded.apply(BOB, ID, new SessionEvent.StopSignal(null), written.apply(ID))).isEmpty();
        assertThat(kept.records()).hasSize(2);
        assertThat(kept.findById(ALICE, ID).orElseThrow().version()).isEqualTo(2);

        // A read is recorded when the owner's session is found, and only then.
        dev.backease.account.AuditEvent read = new dev.backease.account.AuditEvent(
                at, ALICE, dev.backease.account.AuditAction.HEALTH_DATA_READ, "session:" + ID.value(), "10.0.0.1");
        assertThat(kept.read(ALICE, ID, read)).contains(kept.findById(ALICE, ID).orElseThrow());
        assertThat(kept.read(BOB, ID, read)).isEmpty();
        assertThat(kept.records()).hasSize(3).last().isEqualTo(read);
    }
}
