package dev.backease.journal;

import dev.backease.screening.Reason;
import dev.backease.screening.Referral;
import java.time.Duration;
import java.util.List;

/**
 * Soreness that is still there more than 48 hours after a massage should be seen by a professional.
 * However long ago it was, it stays a reason to book a visit: nothing in the journal says it was checked.
 */
public final class SorenessPast48Hours implements FollowUpRule {
    public static final Duration LIMIT = Duration.ofHours(48);

    @Override
    public String id() {
        return "soreness_past_48_hours";
    }

    @Override
    public String source() {
        return "Stretching and Aftercare";
    }

    @Override
    public List<Finding> check(History history) {
        return history.checkIns().stream()
                .filter(JournalEntry::soreness)
                .filter(c -> history.sinceSession(c).filter(d -> d.compareTo(LIMIT) > 0).isPresent())
                .reduce((first, second) -> second)
                .map(c -> List.of(finding(history.sinceSession(c).orElseThrow())))
                .orElse(List.of());
    }

    private Finding finding(Duration since) {
        String message = "Soreness from a massage was still there " + since.toHours()
                + " hours later; the guide says soreness lasting more than 48 hours should be checked.";
        return new Finding(Referral.ROUTINE,
                "Book a visit with a healthcare professional about soreness that has lasted more than 48 hours"
                        + " after massage, and keep the next sessions gentle.",
                new Reason(id(), message, source()));
    }
}
