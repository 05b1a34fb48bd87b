package dev.backease.session;

import dev.backease.account.AccountId;
import dev.backease.planning.Plan;
import dev.backease.planning.PlanStep;
import dev.backease.screening.Reason;
import dev.backease.screening.Referral;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One immutable snapshot of a live session (the contract's SessionState, plus what storage needs).
 *
 * @param stepIndex the current step; stays on the last step reached once the session is over
 * @param comfortMax the receiver's agreed comfort ceiling, 0-10
 * @param pressureTarget what the giver should use now, 0-10; 0 once the session is over
 * @param stepCeiling the most pressure allowed for the rest of the current step; lowered when the
 *     receiver shows discomfort so that the target cannot creep back up within the step
 * @param stopReason null unless stopped: stop_signal, symptom_NAME or skin_change_CHANGE
 * @param reasons why the session stopped (the stop rule that fired); empty otherwise
 * @param events every accepted event, in order, each with its time
 * @param version counts saved changes, for optimistic locking; 1 for a new session
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
        List<SessionEvent> events,
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
        events = List.copyOf(events);
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

        /** The next snapshot, keeping the event that caused it. */
        SessionState recorded(SessionEvent event, Instant now) {
            List<SessionEvent> events = new ArrayList<>(from.events);
            events.add(event);
            return new SessionState(from.id, from.owner, status, stepIndex, from.comfortMax, pressureTarget,
                    stepCeiling, referral, stopReason, actions, reasons, from.plan, events, from.createdAt, now,
                    from.version + 1);
        }
    }
}
