package dev.backease.journal;

import dev.backease.screening.Reason;
import dev.backease.screening.Referral;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Pain that has not improved after 10 to 14 days of self-care needs a clinician. We use the lower
 * end, 10 days: the latest pain is compared with the latest entry at least 10 days before it, and
 * "no lower" counts as no improvement.
 */
public final class NoImprovement implements FollowUpRule {
    public static final Duration SPAN = Duration.ofDays(10);

    @Override
    public String id() {
        return "no_improvement_10_to_14_days";
    }

    @Override
    public String source() {
        return "Identifying Persistent or Severe Pain";
    }

    @Override
    public List<Finding> check(History history) {
        List<JournalEntry> entries = history.entries();
        if (entries.isEmpty()) {
            return List.of();
        }
        JournalEntry latest = entries.get(entries.size() - 1);
        if (latest.standingPain() == 0) {
            return List.of();
        }
        return earlierReference(entries, latest)
                .filter(earlier -> latest.standingPain() >= earlier.standingPain())
                .map(earlier -> List.of(finding(earlier, latest)))
                .orElse(List.of());
    }

    private static Optional<JournalEntry> earlierReference(List<JournalEntry> entries, JournalEntry latest) {
        return entries.stream()
                .filter(e -> !e.at().isAfter(latest.at().minus(SPAN)))
                .reduce((first, second) -> second);
    }

    private Finding finding(JournalEntry earlier, JournalEntry latest) {
        long days = Duration.between(earlier.at(), latest.at()).toDays();
        String message = "Pain is " + latest.standingPain() + "/10 now and was " + earlier.standingPain()
                + "/10 " + days + " days ago: it has not improved with self-care over 10 days or more.";
        return new Finding(Referral.ROUTINE,
                "Book a visit with a doctor or physical therapist: the pain has not improved after more than"
                        + " 10 days of self-care.",
                new Reason(id(), message, source()));
    }
}
