package dev.backease.journal;

import dev.backease.screening.Reason;
import dev.backease.screening.Referral;
import java.time.Duration;
import java.util.List;

/**
 * Pain lasting more than two weeks needs professional care. The pain counts as lasting from the
 * first entry of the current unbroken run of entries with pain above 0; gaps between entries are
 * assumed to have been painful too, because nothing says otherwise.
 */
public final class PainPastTwoWeeks implements FollowUpRule {
    public static final Duration LIMIT = Duration.ofDays(14);

    @Override
    public String id() {
        return "pain_past_two_weeks";
    }

    @Override
    public String source() {
        return "When to Seek Professional Help";
    }

    @Override
    public List<Finding> check(History history) {
        List<JournalEntry> entries = history.entries();
        int start = entries.size();
        while (start > 0 && entries.get(start - 1).standingPain() > 0) {
            start--;
        }
        if (start == entries.size()) {
            return List.of();
        }
        Duration lasted = Duration.between(entries.get(start).at(), entries.get(entries.size() - 1).at());
        return lasted.compareTo(LIMIT) > 0 ? List.of(finding(lasted)) : List.of();
    }

    private Finding finding(Duration lasted) {
        String message = "Your journal shows pain for " + lasted.toDays()
                + " days in a row; pain that lasts more than two weeks should be seen by a professional.";
        return new Finding(Referral.ROUTINE,
                "Book a visit with a doctor or physical therapist: the pain has lasted more than two weeks.",
                new Reason(id(), message, source()));
    }
}
