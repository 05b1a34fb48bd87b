package dev.backease.web.pages;

import dev.backease.journal.Advice;
import dev.backease.screening.Reason;
import dev.backease.screening.Referral;
import java.util.List;

/**
 * Follow-up advice as the pages show it: how soon to see someone in one sentence, then what to do
 * and why. An emergency puts the number to call before anything else.
 */
public record JournalAdviceView(Referral referral, String sentence, String emergencyNumber, List<String> actions,
        List<Reason> reasons) {

    public static JournalAdviceView of(Advice advice, String emergencyNumber) {
        String sentence = advice.referral() == Referral.NONE
                ? "Nothing in your journal calls for a professional right now."
                : Words.referral(advice.referral(), emergencyNumber);
        return new JournalAdviceView(advice.referral(), sentence, emergencyNumber, advice.actions(), advice.reasons());
    }

    public boolean emergency() {
        return referral == Referral.EMERGENCY;
    }

    /** Urgent and emergency advice is announced to screen readers as soon as the page loads. */
    public boolean pressing() {
        return referral.compareTo(Referral.URGENT) >= 0;
    }

    public boolean none() {
        return referral == Referral.NONE;
    }

    public String referralId() {
        return referral.id();
    }
}
