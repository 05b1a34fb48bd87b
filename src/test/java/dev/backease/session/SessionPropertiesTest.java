package dev.backease.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.content.Symptom;
import dev.backease.planning.Plan;
import dev.backease.planning.PlanStep;
import dev.backease.screening.Decision;
import dev.backease.screening.Referral;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

class SessionPropertiesTest {

    @Property(tries = 300)
    void the_pressure_target_never_passes_any_ceiling_and_an_ended_session_never_changes(
            @ForAll("plans") Plan plan, @ForAll @IntRange(min = 0, max = 10) int comfortMax,
            @ForAll("events") List<SessionEvent> events) {
        LiveSession engine = SessionFixture.engine();
        SessionState state = SessionFixture.applied(engine.open(SessionFixture.ID, SessionFixture.ALICE, plan, comfortMax));
        assertWithinCeilings(state);

        for (SessionEvent event : events) {
            Outcome outcome = engine.apply(state, event);
            if (state.status().isOver()) {
                assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
                assertThat(((Outcome.Rejected) outcome).conflict()).isTrue();
                continue;
            }
            if (outcome instanceof Outcome.Applied applied) {
                assertThat(applied.state().eventCount()).isEqualTo(state.eventCount() + 1);
                assertThat(applied.state().lastEvent().type()).isEqualTo(event.type());
                assertThat(applied.state().version()).isEqualTo(applied.state().eventCount() + 1L);
                state = applied.state();
            }
            assertWithinCeilings(state);
        }
    }

    private static void assertWithinCeilings(SessionState state) {
        if (state.status().isOver()) {
            assertThat(state.pressureTarget()).isZero();
            return;
        }
        PlanStep step = state.step();
        int stepMax = step == null ? 0 : step.pressure().max();
        int ceiling = Math.min(stepMax, Math.min(state.plan().screening().maxPressure(), state.comfortMax()));
        assertThat(state.pressureTarget()).isBetween(0, ceiling);
    }

    @Provide
    Arbitrary<Plan> plans() {
        Arbitrary<PlanStep> steps = Combinators.combine(Arbitraries.integers().between(0, 10),
                        Arbitraries.integers().between(0, 10))
                .as((a, b) -> SessionFixture.step("effleurage", "Step", Math.min(a, b), Math.max(a, b)));
        return Combinators.combine(steps.list().ofMaxSize(5), Arbitraries.integers().between(0, 10),
                        Arbitraries.of(Referral.class))
                .as((list, maxPressure, referral) -> SessionFixture.plan(
                        SessionFixture.screening(Decision.PROCEED_WITH_CARE, referral, maxPressure), list));
    }

    @Provide
    Arbitrary<List<SessionEvent>> events() {
        Arbitrary<SessionEvent> event = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(new SessionEvent.Start(null))),
                Tuple.of(2, Arbitraries.just(new SessionEvent.Pause(null))),
                Tuple.of(2, Arbitraries.just(new SessionEvent.Resume(null))),
                Tuple.of(3, Arbitraries.just(new SessionEvent.NextStep(null))),
                Tuple.of(1, Arbitraries.just(new SessionEvent.Finish(null))),
                Tuple.of(10, Arbitraries.integers().between(0, 10)
                        .map(value -> new SessionEvent.PressureReport(value, null))),
                Tuple.of(3, Arbitraries.just(new SessionEvent.Guarding(null))),
                Tuple.of(1, Arbitraries.of(Symptom.class)
                        .map(symptom -> new SessionEvent.SymptomReported(symptom, null))),
                Tuple.of(1, Arbitraries.just(new SessionEvent.StopSignal(null))),
                Tuple.of(1, Arbitraries.of(SkinChange.class)
                        .map(change -> new SessionEvent.SkinChangeSeen(change, null))));
        return event.list().ofMaxSize(40);
    }
}
