package dev.backease.session;

import static dev.backease.session.SessionFixture.ALICE;
import static dev.backease.session.SessionFixture.ID;
import static dev.backease.session.SessionFixture.T0;
import static dev.backease.session.SessionFixture.apply;
import static dev.backease.session.SessionFixture.engine;
import static dev.backease.session.SessionFixture.plan;
import static dev.backease.session.SessionFixture.ready;
import static dev.backease.session.SessionFixture.running;
import static dev.backease.session.SessionFixture.screening;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.content.Symptom;
import dev.backease.screening.Decision;
import dev.backease.screening.Referral;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveSessionTransitionsTest {

    @Test
    void a_new_session_is_ready_on_the_first_step_with_light_pressure() {
        SessionState state = ready();

        assertThat(state.status()).isEqualTo(SessionStatus.READY);
        assertThat(state.stepIndex()).isZero();
        assertThat(state.step().name()).isEqualTo("Warm-up strokes");
        assertThat(state.pressureTarget()).isEqualTo(2);
        assertThat(state.comfortMax()).isEqualTo(6);
        assertThat(state.referral()).isEqualTo(Referral.NONE);
        assertThat(state.stopReason()).isNull();
        assertThat(state.eventCount()).isZero();
        assertThat(state.lastEvent()).isNull();
        assertThat(state.version()).isEqualTo(1);
        assertThat(state.createdAt()).isEqualTo(T0);
        assertThat(state.actions()).anySatisfy(action -> assertThat(action).contains("stop word or hand signal"));
    }

    @Test
    void a_session_cannot_be_opened_when_the_screening_does_not_allow_massage() {
        var plan = plan(screening(Decision.NEEDS_CLEARANCE, Referral.ROUTINE, 0), List.of());

        Outcome outcome = engine().open(ID, ALICE, plan, 6);

        assertThat(outcome).isEqualTo(
                new Outcome.Rejected("massage is not allowed: Ask a doctor before any massage.", false));
    }

    @Test
    void a_comfort_ceiling_outside_the_scale_is_refused() {
        assertThat(engine().open(ID, ALICE, plan(), 11)).isInstanceOf(Outcome.Rejected.class);
    }

    @Test
    void start_makes_a_ready_session_run() {
        SessionState state = running();

        assertThat(state.status()).isEqualTo(SessionStatus.RUNNING);
        assertThat(state.actions().get(0)).startsWith("Warm-up strokes: use about 2/10.");
    }

    @Test
    void pause_and_resume_toggle_a_running_session() {
        SessionState paused = apply(running(), new SessionEvent.Pause(null));
        SessionState resumed = apply(paused, new SessionEvent.Resume(null));

        assertThat(paused.status()).isEqualTo(SessionStatus.PAUSED);
        assertThat(paused.actions().get(0)).startsWith("Paused");
        assertThat(resumed.status()).isEqualTo(SessionStatus.RUNNING);
    }

    @Test
    void pausing_a_session_that_has_not_started_is_a_bad_request_and_changes_nothing() {
        SessionState ready = ready();

        Outcome outcome = engine().apply(ready, new SessionEvent.Pause(null));

        assertThat(outcome).isEqualTo(new Outcome.Rejected("cannot pause while the session is ready", false));
    }

    @Test
    void resuming_a_running_session_is_a_bad_request() {
        assertThat(engine().apply(running(), new SessionEvent.Resume(null)))
                .isEqualTo(new Outcome.Rejected("cannot resume while the session is running", false));
    }

    @Test
    void starting_twice_is_a_bad_request() {
        assertThat(engine().apply(running(), new SessionEvent.Start(null)))
                .isEqualTo(new Outcome.Rejected("cannot start while the session is running", false));
    }

    @Test
    void starting_a_paused_session_is_a_bad_request_resume_is_the_way_back() {
        SessionState paused = apply(running(), new SessionEvent.Pause(null));

        assertThat(engine().apply(paused, new SessionEvent.Start(null))).isInstanceOf(Outcome.Rejected.class);
    }

    @Test
    void next_step_moves_on_and_starts_the_step_at_its_lightest_pressure() {
        SessionState state = apply(running(), new SessionEvent.NextStep(null));

        assertThat(state.stepIndex()).isEqualTo(1);
        assertThat(state.step().name()).isEqualTo("Kneading");
        assertThat(state.pressureTarget()).isEqualTo(3);
        assertThat(state.status()).isEqualTo(SessionStatus.RUNNING);
    }

    @Test
    void next_step_while_ready_starts_the_session_implicitly() {
        SessionState state = apply(ready(), new SessionEvent.NextStep(null));

        assertThat(state.status()).isEqualTo(SessionStatus.RUNNING);
        assertThat(state.stepIndex()).isEqualTo(1);
    }

    @Test
    void next_step_while_paused_moves_on_but_stays_paused_until_the_receiver_is_ready() {
        SessionState state = apply(running(), new SessionEvent.Pause(null), new SessionEvent.NextStep(null));

        assertThat(state.status()).isEqualTo(SessionStatus.PAUSED);
        assertThat(state.stepIndex()).isEqualTo(1);
        assertThat(state.actions().get(0)).contains("Next: Kneading");
    }

    @Test
    void next_step_on_the_last_step_completes_the_session_with_no_pressure() {
        SessionState state = apply(running(), new SessionEvent.NextStep(null), new SessionEvent.NextStep(null),
                new SessionEvent.NextStep(null));

        assertThat(state.status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(state.stepIndex()).isEqualTo(2);
        assertThat(state.pressureTarget()).isZero();
        assertThat(state.actions()).contains("Stretch gently afterwards.");
    }

    @Test
    void finish_completes_the_session_from_running_paused_or_ready() {
        assertThat(apply(running(), new SessionEvent.Finish(null)).status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(apply(running(), new SessionEvent.Pause(null), new SessionEvent.Finish(null)).status())
                .isEqualTo(SessionStatus.COMPLETED);
        assertThat(apply(ready(), new SessionEvent.Finish(null)).status()).isEqualTo(SessionStatus.COMPLETED);
    }

    @Test
    void a_completed_session_takes_no_more_events_as_a_conflict() {
        SessionState completed = apply(running(), new SessionEvent.Finish(null));

        Outcome outcome = engine().apply(completed, new SessionEvent.Start(null));

        assertThat(outcome).isEqualTo(new Outcome.Rejected("the session is completed and takes no more events", true));
    }

    @Test
    void a_stopped_session_takes_no_more_events_not_even_another_stop_signal() {
        SessionState stopped = apply(running(), new SessionEvent.StopSignal(null));

        Outcome outcome = engine().apply(stopped, new SessionEvent.StopSignal(null));

        assertThat(outcome).isEqualTo(new Outcome.Rejected("the session is stopped and takes no more events", true));
        assertThat(stopped.pressureTarget()).isZero();
    }

    @Test
    void a_symptom_stops_the_session_from_ready_running_and_paused() {
        var symptom = new SessionEvent.SymptomReported(Symptom.DIZZINESS, null);

        assertThat(apply(ready(), symptom).status()).isEqualTo(SessionStatus.STOPPED);
        assertThat(apply(running(), symptom).status()).isEqualTo(SessionStatus.STOPPED);
        assertThat(apply(running(), new SessionEvent.Pause(null), symptom).status()).isEqualTo(SessionStatus.STOPPED);
    }

    @Test
    void a_stopped_session_reports_why_and_the_rule_that_fired() {
        SessionState stopped = apply(running(), new SessionEvent.SymptomReported(Symptom.PAIN_DOWN_LEG, null));

        assertThat(stopped.stopReason()).isEqualTo("symptom_pain_down_leg");
        assertThat(stopped.reasons()).singleElement()
                .satisfies(reason -> assertThat(reason.source()).isEqualTo("Signs to Stop the Massage"));
        assertThat(stopped.pressureTarget()).isZero();
    }

    @Test
    void a_stop_keeps_the_more_urgent_referral_of_the_plan() {
        SessionState state = apply(ready(SessionFixture.planWithReferral(Referral.ROUTINE), 6),
                new SessionEvent.SkinChangeSeen(SkinChange.REDNESS, null));

        assertThat(state.referral()).isEqualTo(Referral.ROUTINE);
    }

    @Test
    void a_stop_raises_the_referral_when_the_stop_is_more_urgent() {
        SessionState state = apply(ready(SessionFixture.planWithReferral(Referral.SOON), 6),
                new SessionEvent.SymptomReported(Symptom.CHEST_PAIN, null));

        assertThat(state.referral()).isEqualTo(Referral.EMERGENCY);
    }

    @Test
    void every_accepted_event_is_counted_and_the_last_one_is_kept_with_its_time() {
        MutableClock clock = new MutableClock(T0);
        LiveSession engine = engine(clock);
        SessionState state = SessionFixture.applied(engine.open(ID, ALICE, plan(), 6));
        Instant reported = T0.plusSeconds(5);

        state = SessionFixture.applied(engine.apply(state, new SessionEvent.Start(null)));
        clock.advance(Duration.ofSeconds(30));
        state = SessionFixture.applied(engine.apply(state, new SessionEvent.PressureReport(4, reported)));
        engine.apply(state, new SessionEvent.Resume(null)); // rejected: not kept

        assertThat(state.eventCount()).isEqualTo(2);
        assertThat(state.lastEvent()).isEqualTo(new SessionEvent.PressureReport(4, reported));
        assertThat(state.updatedAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(state.version()).isEqualTo(3);
    }

    @Test
    void a_plan_without_steps_has_no_current_step_and_no_pressure_and_next_step_completes_it() {
        SessionState state = ready(plan(screening(Decision.PROCEED, Referral.NONE, 6), List.of()), 6);

        assertThat(state.step()).isNull();
        assertThat(state.pressureTarget()).isZero();
        assertThat(apply(state, new SessionEvent.NextStep(null)).status()).isEqualTo(SessionStatus.COMPLETED);
    }
}
