package dev.backease.journal;

import dev.backease.screening.Reason;
import dev.backease.screening.Referral;
import java.util.List;

/**
 * Pain that keeps returning after short relief deserves a professional look. A return is a session
 * that lowered the pain followed by an entry whose pain is back to the session's starting level or
 * higher; three returns make the pattern.
 */
public final class ReturnsAgainAndAgain implements FollowUpRule {
    static final int RETURNS = 3;

    @Override
    public String id() {
        return "returns_again_and_again";
    }

    @Override
    public String source() {
        return "Identifying Persistent or Severe Pain";
    }

    @Override
    public List<Finding> check(History history) {
        int returns = countReturns(history.entries());
        if (returns < RETURNS) {
            return List.of();
        }
        String message = "Massage eased the pain " + returns
                + " times, but each time it came back; pain that returns after short relief should be checked.";
        return List.of(new Finding(Referral.ROUTINE,
                "Book a visit with a doctor or physical therapist: the relief from massage does not last.",
                new Reason(id(), message, source())));
    }

    private static int countReturns(List<JournalEntry> entries) {
        int returns = 0;
        for (int i = 0; i + 1 < entries.size(); i++) {
            JournalEntry session = entries.get(i);
            if (session.isSession() && session.painAfter() < session.painBefore()
                    && entries.get(i + 1).standingPain() >= session.painBefore()) {
                returns++;
            }
        }
        return returns;
    }
}
