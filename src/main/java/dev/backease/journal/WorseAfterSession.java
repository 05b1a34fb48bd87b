package dev.backease.journal;

import dev.backease.screening.Reason;
import dev.backease.screening.Referral;
import java.time.Duration;
import java.util.List;

/**
 * Pain that is worse than before the massage more than 24 hours afterwards calls for follow-up.
 * The guide says only "follow-up"; we say within a few days (soon) because worsening after a
 * massage may mean the massage itself did harm. Older than {@link History#RECENT} it still earns a
 * routine reminder.
 */
public final class WorseAfterSession implements FollowUpRule {
    public static final Duration LIMIT = Duration.ofHours(24);

    @Override
    public String id() {
        return "worse_24_hours_after_session";
    }

    @Override
    public String source() {
        return "Signs to Stop the Massage";
    }

    @Override
    public List<Finding> check(History history) {
        return history.checkIns().stream()
                .filter(c -> history.sessionBefore(c)
                        .filter(s -> Duration.between(s.at(), c.at()).compareTo(LIMIT) > 0)
                        .filter(s -> c.painLevel() > s.painBefore())
                        .isPresent())
                .reduce((first, second) -> second)
                .map(c -> List.of(finding(c, history.sessionBefore(c).orElseThrow(), history.isRecent(c))))
                .orElse(List.of());
    }

    private Finding finding(JournalEntry checkIn, JournalEntry session, boolean recent) {
        String message = "Pain was " + checkIn.painLevel() + "/10 more than 24 hours after a massage that began at "
                + session.painBefore() + "/10; pain that stays worse after a session needs follow-up.";
        if (!recent) {
            return new Finding(Referral.ROUTINE, "Book a visit with a healthcare professional: your journal shows pain"
                    + " that stayed worse than before a massage, and nothing says it was checked.",
                    new Reason(id(), message, source()));
        }
        return new Finding(Referral.SOON,
                "Pause massage and see a healthcare professional within the next few days: your pain is worse"
                        + " than before the last session.",
                new Reason(id(), message, source()));
    }
}
