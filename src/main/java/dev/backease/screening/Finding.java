package dev.backease.screening;

import dev.backease.content.Condition;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What one rule found: how far massage may go, how soon to see someone, the limits that follow,
 * a sentence the person can read, and the specific things to do about it.
 *
 * @param needsClearanceFrom whose approval is needed (empty unless the decision is needs_clearance)
 * @param liftedByClearanceOf the condition whose recorded clearance lifts this finding; only a
 *     needs_clearance finding can have one
 * @param actions steps specific to this finding; the general ones (call, see a doctor, do not
 *     massage) are written once for the whole result by {@link Screening}
 */
public record Finding(
        Decision decision,
        Referral referral,
        Limits limits,
        List<Clinician> needsClearanceFrom,
        Optional<Condition> liftedByClearanceOf,
        String message,
        List<String> actions) {

    public Finding {
        needsClearanceFrom = List.copyOf(needsClearanceFrom);
        actions = List.copyOf(actions);
        if (liftedByClearanceOf.isPresent() && decision != Decision.NEEDS_CLEARANCE) {
            throw new IllegalArgumentException("only a needs_clearance finding can be lifted by a clearance");
        }
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("every finding needs a reason a person can read");
        }
    }

    public static Finding doNotMassage(Referral referral, String message) {
        return new Finding(Decision.DO_NOT_MASSAGE, referral, Limits.NONE, List.of(), Optional.empty(), message,
                List.of());
    }

    public static Finding needsClearance(Clinician from, Referral referral, String message) {
        return new Finding(Decision.NEEDS_CLEARANCE, referral, Limits.NONE, List.of(from), Optional.empty(), message,
                List.of());
    }

    public static Finding withCare(Limits limits, String message) {
        return new Finding(Decision.PROCEED_WITH_CARE, Referral.NONE, limits, List.of(), Optional.empty(), message,
                List.of());
    }

    /** Massage may go ahead as usual, but a professional should see the pain. */
    public static Finding referral(Referral referral, String message) {
        return new Finding(Decision.PROCEED, referral, Limits.NONE, List.of(), Optional.empty(), message, List.of());
    }

    public Finding withReferral(Referral newReferral) {
        return new Finding(decision, newReferral, limits, needsClearanceFrom, liftedByClearanceOf, message, actions);
    }

    public Finding liftedBy(Condition condition) {
        return new Finding(decision, referral, limits, needsClearanceFrom, Optional.of(condition), message, actions);
    }

    public Finding withActions(String... more) {
        List<String> all = Stream.concat(actions.stream(), Stream.of(more)).toList();
        return new Finding(decision, referral, limits, needsClearanceFrom, liftedByClearanceOf, message, all);
    }

    /**
     * What is left once a clinician has approved massage for this finding's condition: the hold is
     * gone, but the referral stays (a clearance never lifts a referral), and so does the reason.
     */
    public Finding cleared() {
        return new Finding(Decision.PROCEED, referral, Limits.NONE, List.of(), Optional.empty(),
                message + " A clinician has approved massage for this; keep any follow-up they asked for.",
                List.of());
    }

    /** True when the intake records a clinician's clearance for exactly this finding's condition. */
    public boolean isLiftedFor(Intake intake) {
        return liftedByClearanceOf.filter(intake::cleared).isPresent();
    }
}
