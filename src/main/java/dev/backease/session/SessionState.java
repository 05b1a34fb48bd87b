package dev.backease.session;

import dev.backease.account.AccountId;
import dev.backease.planning.Plan;
import dev.backease.planning.PlanStep;
import dev.backease.screening.Reason;
import dev.backease.screening.Referral;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One immutable snapshot of a live session (the contract's SessionState, plus what storage needs).
 * It does not hold the session's history: no rule looks back further than this snapshot (the stop
 * rules look at one event; the pressure rules at the target and the step's ceiling), so applying an
 * event costs the same at the thousandth event as at the first. Every event is kept by
 * {@link Sessions}, which appends {@link #lastEvent()} when it saves the snapshot that event made.
 *
 * @param stepIndex the current step; stays on the last step reached once the session is over
 * @param comfortMax the receiver's agreed comfort ceiling, 0-10
 * @param pressureTarget what the giver should use now, 0-10; 0 once the session is over
 * @param stepCeiling the most pressure allowed for the rest of the current step; lowered when the
 *     receiver shows discomfort so that the target cannot creep back up within the step
 * @param stopReason null unless stopped: stop_signal, symptom_NAME or skin_change_CHANGE
 * @param reasons why the session stopped (the stop rule that fired); empty otherwise
 * @param eventCount how many events the session has accepted; also the sequence number the next one gets
 * @param lastEvent the event that made this snapshot, with its time; null while no event was accepted
 * @param version counts saved changes, for optimistic locking; 1 for a new session, and each accepted
 *     event adds one, so it is always {@code eventCount + 1}
 */
public record SessionState(
        SessionId id,
        AccountId owner,
        SessionStatus status,
        int stepIndex,
        int comfortMax,
        int pressureTarget,
        int stepCeiling,
        Referral referral,
        String stopReason,
        List<String> actions,
        List<Reason> reasons,
        Plan plan,
        int eventCount,
        SessionEvent lastEvent,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public SessionState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(plan, "plan");
        actions = List.copyOf(actions);
        reasons = List.copyOf(reasons);
        if (eventCount < 0 || (lastEvent == null) != (eventCount == 0)) {
            throw new IllegalArgumentException("a session with " + eventCount + " events must "
                    + (eventCount == 0 ? "have no" : "have a") + " last event");
        }
    }

    /** The current plan step; null when the plan has no steps. */
    public PlanStep step() {
        return plan.steps().isEmpty() ? null : plan.steps().get(stepIndex);
    }

    public boolean isLastStep() {
        return stepIndex >= plan.steps().size() - 1;
    }

    Draft draft() {
        return new Draft(this);
    }

    /** A mutable copy used only while the engine builds the next snapshot. */
    static final class Draft {
        private final SessionState from;
        SessionStatus status;
        int stepIndex;
        int pressureTarget;
        int stepCeiling;
        Referral referral;
        String stopReason;
        List<String> actions;
        List<Reason> reasons;

        private Draft(SessionState from) {
            this.from = from;
            this.status = from.status;
            this.stepIndex = from.stepIndex;
            this.pressureTarget = from.pressureTarget;
            this.stepCeiling = from.stepCeiling;
            this.referral = from.referral;
            this.stopReason = from.stopReason;
            this.actions = from.actions;
            this.reasons = from.reasons;
        }

        /** The next snapshot, counting the event that caused it and keeping it as the last one. */
        SessionState recorded(SessionEvent event, Instant now) {
            return new SessionState(from.id, from.owner, status, stepIndex, from.comfortMax, pressureTarget,
                    stepCeiling, referral, stopReason, actions, reasons, from.plan, from.eventCount + 1, event,
                    from.createdAt, now, from.version + 1);
        }
    }
}
