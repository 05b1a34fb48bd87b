package dev.backease.session;

import static dev.backease.session.SessionFixture.apply;
import static dev.backease.session.SessionFixture.felt;
import static dev.backease.session.SessionFixture.plan;
import static dev.backease.session.SessionFixture.ready;
import static dev.backease.session.SessionFixture.running;
import static dev.backease.session.SessionFixture.screening;
import static dev.backease.session.SessionFixture.step;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.screening.Decision;
import dev.backease.screening.Referral;
import java.util.List;
import org.junit.jupiter.api.Test;

class PressureTargetTest {
    private static final SessionEvent NEXT = new SessionEvent.NextStep(null);
    private static final SessionEvent GUARDING = new SessionEvent.Guarding(null);

    /** Kneading, 3-6, as the second step: room to go up and down. */
    private static SessionState kneading() {
        return apply(running(), NEXT);
    }

    @Test
    void a_comfortable_report_lets_the_pressure_rise_one_step_at_a_time() {
        SessionState state = apply(kneading(), felt(3));

        assertThat(state.pressureTarget()).isEqualTo(4);
        assertThat(state.actions().get(0)).contains("increase gently to 4/10");
    }

    @Test
    void the_pressure_never_rises_above_the_steps_band() {
        SessionState state = apply(kneading(), felt(2), felt(2), felt(2), felt(2), felt(2));

        assertThat(state.pressureTarget()).isEqualTo(6);
    }

    @Test
    void the_pressure_never_rises_above_the_screenings_cap() {
        var plan = plan(screening(Decision.PROCEED_WITH_CARE, Referral.NONE, 4), SessionFixture.threeSteps());
        SessionState state = apply(ready(plan, 8), new SessionEvent.Start(null), NEXT, felt(1), felt(1), felt(1));

        assertThat(state.pressureTarget()).isEqualTo(4);
    }

    @Test
    void the_pressure_never_rises_above_the_receivers_comfort_ceiling() {
        SessionState state = apply(ready(plan(), 5), new SessionEvent.Start(null), NEXT, felt(1), felt(1), felt(1));

        assertThat(state.pressureTarget()).isEqualTo(5);
    }

    @Test
    void a_step_whose_lightest_pressure_is_above_the_ceiling_starts_at_the_ceiling() {
        var plan = plan(screening(Decision.PROCEED_WITH_CARE, Referral.NONE, 2), List.of(step("petrissage", "Kneading", 3, 6)));

        assertThat(ready(plan, 6).pressureTarget()).isEqualTo(2);
    }

    @Test
    void the_first_step_starts_light_even_when_its_band_starts_higher() {
        var plan = plan(screening(Decision.PROCEED, Referral.NONE, 8), List.of(step("petrissage", "Kneading", 5, 7)));

        assertThat(ready(plan, 8).pressureTarget()).isEqualTo(3);
    }

    @Test
    void a_report_above_comfort_lowers_the_pressure_at_once() {
        SessionState state = apply(kneading(), felt(3), felt(3), felt(8));

        assertThat(state.pressureTarget()).isEqualTo(3);
        assertThat(state.actions().get(0))
                .isEqualTo("Ease off: they rated it 8, above their comfort limit of 6. "
                        + "Lower the pressure to 3/10 now and keep it there for the rest of this step.");
    }

    @Test
    void after_easing_off_the_pressure_stays_down_for_the_rest_of_the_step() {
        SessionState state = apply(kneading(), felt(3), felt(3), felt(8), felt(1), felt(1));

        assertThat(state.pressureTarget()).isEqualTo(3);
    }

    @Test
    void the_next_step_starts_fresh_after_easing_off() {
        SessionState state = apply(kneading(), felt(9), NEXT, felt(1));

        assertThat(state.step().name()).isEqualTo("Finishing strokes");
        assertThat(state.pressureTarget()).isEqualTo(2);
    }

    @Test
    void guarding_lowers_the_pressure_at_once() {
        SessionState state = apply(kneading(), felt(3), felt(3), GUARDING);

        assertThat(state.pressureTarget()).isEqualTo(3);
        assertThat(state.actions().get(0)).startsWith("Ease off: they tensed up or winced.");
    }

    @Test
    void easing_off_never_goes_below_the_lightest_touch() {
        SessionState state = apply(running(), GUARDING, GUARDING, GUARDING);

        assertThat(state.pressureTarget()).isEqualTo(1);
        assertThat(state.actions()).anySatisfy(action -> assertThat(action).contains("gentler strokes or stop"));
    }

    @Test
    void a_report_at_the_comfort_limit_holds_the_pressure() {
        SessionState state = apply(kneading(), felt(6));

        assertThat(state.pressureTarget()).isEqualTo(3);
        assertThat(state.actions().get(0)).contains("comfort limit");
    }

    @Test
    void a_report_while_paused_never_raises_the_pressure_but_pain_still_lowers_it() {
        SessionState paused = apply(kneading(), felt(3), new SessionEvent.Pause(null));

        assertThat(apply(paused, felt(1)).pressureTarget()).isEqualTo(4);
        assertThat(apply(paused, felt(9)).pressureTarget()).isEqualTo(2);
    }

    @Test
    void the_target_is_zero_once_the_session_is_over() {
        assertThat(apply(kneading(), new SessionEvent.Finish(null)).pressureTarget()).isZero();
        assertThat(apply(kneading(), new SessionEvent.StopSignal(null)).pressureTarget()).isZero();
    }
}
