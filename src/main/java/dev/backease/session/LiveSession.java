package dev.backease.session;

import dev.backease.account.AccountId;
import dev.backease.planning.CarePoint;
import dev.backease.planning.Plan;
import dev.backease.planning.PlanStep;
import dev.backease.screening.ScreeningResult;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The live session engine: opens a session from a plan and applies events to it, one at a time.
 * It never changes a snapshot; it returns the next one or a rejection that leaves the session as it was.
 *
 * <p>Choices the contract leaves open, made here:
 * <ul>
 *   <li>{@code next_step} or {@code finish} while ready starts the session implicitly: moving on is a
 *       clear sign the massage is under way, and refusing it would only get in the giver's way.</li>
 *   <li>{@code next_step} while paused moves on but stays paused: only the receiver lifts a pause.</li>
 *   <li>{@code start} is only taken while ready, {@code pause} only while running and {@code resume}
 *       only while paused; anything else is a bad request.</li>
 *   <li>Pressure reports and guarding are taken in every open state. Lowering the target is always safe;
 *       raising it happens only while running, and only for a report below the comfort ceiling: a report
 *       exactly at the ceiling holds the pressure, since one more step would pass it.</li>
 * </ul>
 */
public final class LiveSession {
    private final Clock clock;
    private final StopRules stopRules;

    public LiveSession(Clock clock, StopRules stopRules) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.stopRules = Objects.requireNonNull(stopRules, "stopRules");
    }

    public LiveSession(Clock clock) {
        this(clock, new StopRules());
    }

    /** A new session, ready to start, or a rejection when the plan's screening does not allow massage. */
    public Outcome open(SessionId id, AccountId owner, Plan plan, int comfortMax) {
        ScreeningResult screening = plan.screening();
        if (!screening.massageAllowed()) {
            String first = screening.actions().isEmpty() ? screening.decision().id() : screening.actions().get(0);
            return Outcome.Rejected.badRequest("massage is not allowed: " + first);
        }
        if (comfortMax < 0 || comfortMax > 10) {
            return Outcome.Rejected.badRequest("comfortMax must be 0 to 10, was " + comfortMax);
        }
        int target = PressureLimits.start(plan, 0, comfortMax);
        int ceiling = PressureLimits.ceiling(plan, plan.steps().isEmpty() ? null : plan.steps().get(0), comfortMax);
        Instant now = clock.instant();
        return new Outcome.Applied(new SessionState(id, owner, SessionStatus.READY, 0, comfortMax, target, ceiling,
                screening.referral(), null, readyActions(plan, target), List.of(), plan, 0, null, now, now, 1));
    }

    /** Applies one event. An event without a time happened now, by this engine's clock. */
    public Outcome apply(SessionState state, SessionEvent event) {
        if (state.status().isOver()) {
            return Outcome.Rejected.conflict("the session is " + state.status().id() + " and takes no more events");
        }
        Instant now = clock.instant();
        SessionEvent stamped = event.at() == null ? event.at(now) : event;
        Optional<Stop> stop = stopRules.check(stamped);
        if (stop.isPresent()) {
            return applied(stopped(state, stop.get()), stamped, now);
        }
        return transition(state, stamped).map(draft -> applied(draft, stamped, now))
                .orElseGet(() -> Outcome.Rejected.badRequest(
                        "cannot " + stamped.type().replace('_', ' ') + " while the session is " + state.status().id()));
    }

    private static Outcome applied(SessionState.Draft draft, SessionEvent event, Instant now) {
        return new Outcome.Applied(draft.recorded(event, now));
    }

    private Optional<SessionState.Draft> transition(SessionState state, SessionEvent event) {
        SessionStatus status = state.status();
        if (event instanceof SessionEvent.Start) {
            return status == SessionStatus.READY ? Optional.of(running(state)) : Optional.empty();
        }
        if (event instanceof SessionEvent.Pause) {
            return status == SessionStatus.RUNNING ? Optional.of(paused(state)) : Optional.empty();
        }
        if (event instanceof SessionEvent.Resume) {
            return status == SessionStatus.PAUSED ? Optional.of(running(state)) : Optional.empty();
        }
        if (event instanceof SessionEvent.NextStep) {
            return Optional.of(state.isLastStep() ? completed(state) : nextStep(state));
        }
        if (event instanceof SessionEvent.Finish) {
            return Optional.of(completed(state));
        }
        if (event instanceof SessionEvent.PressureReport report) {
            return Optional.of(pressureReported(state, report.value()));
        }
        if (event instanceof SessionEvent.Guarding) {
            return Optional.of(easedOff(state, "they tensed up or winced"));
        }
        // Symptoms, stop signals and skin changes always stop; a new event type must be handled above.
        return Optional.empty();
    }

    private static SessionState.Draft running(SessionState state) {
        SessionState.Draft draft = state.draft();
        draft.status = SessionStatus.RUNNING;
        draft.actions = stepActions(state.step(), draft.pressureTarget);
        return draft;
    }

    private static SessionState.Draft paused(SessionState state) {
        SessionState.Draft draft = state.draft();
        draft.status = SessionStatus.PAUSED;
        draft.actions = List.of("Paused: take your hands away and let them rest.",
                "Resume when they say they are ready; stop instead if anything feels wrong.");
        return draft;
    }

    private static SessionState.Draft nextStep(SessionState state) {
        SessionState.Draft draft = state.draft();
        draft.stepIndex = state.stepIndex() + 1;
        PlanStep step = state.plan().steps().get(draft.stepIndex);
        draft.pressureTarget = PressureLimits.start(state.plan(), draft.stepIndex, state.comfortMax());
        draft.stepCeiling = PressureLimits.ceiling(state.plan(), step, state.comfortMax());
        if (state.status() == SessionStatus.READY) {
            draft.status = SessionStatus.RUNNING;
        }
        draft.actions = draft.status == SessionStatus.PAUSED
                ? List.of("Paused. Next: " + step.name() + " at about " + draft.pressureTarget + "/10; resume when they are ready.")
                : stepActions(step, draft.pressureTarget);
        return draft;
    }

    private static SessionState.Draft completed(SessionState state) {
        SessionState.Draft draft = over(state);
        draft.status = SessionStatus.COMPLETED;
        List<String> actions = new ArrayList<>();
        actions.add("Session complete: lift your hands slowly and let them rest for a moment.");
        state.plan().aftercare().stream().map(CarePoint::text).forEach(actions::add);
        actions.add("If soreness lasts more than 48 hours, or numbness, weakness or severe shooting pain appears, "
                + "see a health professional.");
        draft.actions = actions;
        return draft;
    }

    private static SessionState.Draft stopped(SessionState state, Stop stop) {
        SessionState.Draft draft = over(state);
        draft.status = SessionStatus.STOPPED;
        draft.stopReason = stop.stopReason();
        draft.referral = state.plan().screening().referral().moreUrgent(stop.referral());
        draft.actions = stop.actions();
        draft.reasons = List.of(stop.reason());
        return draft;
    }

    /** An ended session asks for no pressure at all. */
    private static SessionState.Draft over(SessionState state) {
        SessionState.Draft draft = state.draft();
        draft.pressureTarget = 0;
        draft.stepCeiling = 0;
        return draft;
    }

    private static SessionState.Draft pressureReported(SessionState state, int felt) {
        if (felt > state.comfortMax()) {
            return easedOff(state, "they rated it " + felt + ", above their comfort limit of " + state.comfortMax());
        }
        SessionState.Draft draft = state.draft();
        boolean mayRise = felt < state.comfortMax() && state.status() == SessionStatus.RUNNING
                && state.pressureTarget() < state.stepCeiling();
        if (mayRise) {
            draft.pressureTarget = state.pressureTarget() + 1;
            draft.actions = List.of("Comfortable: you may increase gently to " + draft.pressureTarget
                    + "/10 if it stays comfortable.");
        } else if (felt == state.comfortMax()) {
            draft.actions = List.of("They are at their comfort limit: keep the pressure at "
                    + state.pressureTarget() + "/10 and go no deeper.");
        } else {
            draft.actions = List.of("Keep the pressure at " + state.pressureTarget() + "/10.");
        }
        return draft;
    }

    /** Lowers the target at once and keeps it down for the rest of the step. */
    private static SessionState.Draft easedOff(SessionState state, String why) {
        SessionState.Draft draft = state.draft();
        draft.pressureTarget = PressureLimits.eased(state.pressureTarget());
        draft.stepCeiling = Math.min(state.stepCeiling(), draft.pressureTarget);
        List<String> actions = new ArrayList<>();
        actions.add("Ease off: " + why + ". Lower the pressure to " + draft.pressureTarget
                + "/10 now and keep it there for the rest of this step.");
        if (draft.pressureTarget == state.pressureTarget()) {
            actions.add("If even this light pressure is too much, switch to longer, gentler strokes or stop.");
        }
        actions.add("Ask how it feels before you go on.");
        draft.actions = actions;
        return draft;
    }

    private static List<String> readyActions(Plan plan, int target) {
        if (plan.steps().isEmpty()) {
            return List.of("This plan has no massage steps; finish the session and follow the plan's advice.");
        }
        return List.of("Agree on the 0-10 pressure scale and a stop word or hand signal that means stop at once.",
                "When ready, start with " + plan.steps().get(0).name() + " at about " + target + "/10.");
    }

    private static List<String> stepActions(PlanStep step, int target) {
        if (step == null) {
            return List.of("This plan has no massage steps; finish the session.");
        }
        List<String> actions = new ArrayList<>();
        actions.add(step.name() + ": use about " + target + "/10. " + step.instructions());
        actions.addAll(step.cautions());
        actions.add("Check comfort often on the 0-10 scale; stop at once on the stop word or hand signal.");
        return actions;
    }
}
