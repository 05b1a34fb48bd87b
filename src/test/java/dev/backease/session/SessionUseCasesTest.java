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
import java.util.Optional;
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

    /**
     * Sessions as another instance sees them: it knows the session at whatever version it last saw,
     * and counts the reads it makes.
     */
    private final class KnownElsewhere implements Sessions {
        SessionState known;
        int reads;

        @Override
        public Optional<SessionState> lastKnown(dev.backease.account.AccountId owner, SessionId id) {
            return Optional.ofNullable(known).filter(state -> state.id().equals(id));
        }

        @Override
        public void save(SessionState state) {
            sessions.save(state);
        }

        @Override
        public void save(SessionState state, dev.backease.account.AuditEvent record) {
            sessions.save(state, record);
        }

        @Override
        public Optional<SessionState> findById(dev.backease.account.AccountId owner, SessionId id) {
            reads++;
            return sessions.findById(owner, id);
        }

        @Override
        public Optional<SessionState> read(dev.backease.account.AccountId owner, SessionId id,
                dev.backease.account.AuditEvent record) {
            reads++;
            return sessions.read(owner, id, record);
        }

        @Override
        public Optional<List<SessionEvent>> events(dev.backease.account.AccountId owner, SessionId id) {
            return sessions.events(owner, id);
        }
    }

    @Test
    void an_event_on_the_session_as_last_known_is_saved_without_reading_it_when_that_is_the_latest() {
        starting.start(ALICE, intake, plan());
        KnownElsewhere here = new KnownElsewhere();
        here.known = sessions.findById(ALICE, ID).orElseThrow();

        Outcome outcome = new ApplyingSessionEvent(here, engine()).apply(ALICE, ID, new SessionEvent.Start(null)).orElseThrow();

        assertThat(outcome).isInstanceOf(Outcome.Applied.class);
        assertThat(here.reads).isZero();
        assertThat(sessions.findById(ALICE, ID).orElseThrow().status()).isEqualTo(SessionStatus.RUNNING);
        assertThat(sessions.findById(ALICE, ID).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void an_event_on_an_out_of_date_session_is_applied_to_the_latest_one_and_nothing_is_lost() {
        starting.start(ALICE, intake, plan());
        KnownElsewhere here = new KnownElsewhere();
        here.known = sessions.findById(ALICE, ID).orElseThrow(); // version 1, ready
        applying.apply(ALICE, ID, new SessionEvent.Start(null)); // another instance: version 2, running
        applying.apply(ALICE, ID, new SessionEvent.Pause(null)); // version 3, paused

        // Resuming is refused by the out-of-date state (never started) and taken by the latest (paused).
        Outcome resumed = new ApplyingSessionEvent(here, engine()).apply(ALICE, ID, new SessionEvent.Resume(null)).orElseThrow();
        assertThat(resumed).isInstanceOf(Outcome.Applied.class);
        assertThat(here.reads).isEqualTo(1);

        // A stop made from the out-of-date state (version 1) cannot be saved; it is applied to the latest.
        here.known = sessions.findById(ALICE, ID).orElseThrow();
        applying.apply(ALICE, ID, new SessionEvent.Pause(null)); // version 5 meanwhile
        Outcome stopped = new ApplyingSessionEvent(here, engine()).apply(ALICE, ID, new SessionEvent.StopSignal(null)).orElseThrow();
        assertThat(stopped).isInstanceOf(Outcome.Applied.class);

        SessionState latest = sessions.findById(ALICE, ID).orElseThrow();
        assertThat(latest.version()).isEqualTo(6);
        assertThat(latest.status()).isEqualTo(SessionStatus.STOPPED);
        assertThat(sessions.events(ALICE, ID).orElseThrow()).extracting(event -> event.getClass().getSimpleName())
                .containsExactly("Start", "Pause", "Resume", "Pause", "StopSignal");
    }

    @Test
    void a_session_last_known_as_another_accounts_is_never_a_starting_point() {
        starting.start(ALICE, intake, plan());
        KnownElsewhere here = new KnownElsewhere();
        here.known = sessions.findById(ALICE, ID).orElseThrow();

        assertThat(new ApplyingSessionEvent(here, engine()).apply(BOB, ID, new SessionEvent.StopSignal(null))).isEmpty();
        assertThat(sessions.findById(ALICE, ID).orElseThrow().status()).isEqualTo(SessionStatus.READY);
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
