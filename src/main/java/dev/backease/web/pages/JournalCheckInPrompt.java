package dev.backease.web.pages;

import dev.backease.journal.JournalEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Whether to ask "How is your back today?": the follow-up rules need a check-in in the days after a
 * session (soreness past 48 hours, pain above the session's starting level after 24 hours), so the
 * question is put while those rules can still use the answer, 1 to 3 days after the last session.
 */
public final class JournalCheckInPrompt {
    static final Duration FROM = Duration.ofDays(1);
    static final Duration UNTIL = Duration.ofDays(3);

    private JournalCheckInPrompt() {}

    public static boolean due(List<JournalEntry> entries, Instant now) {
        Optional<JournalEntry> lastSession = entries.stream()
                .filter(e -> e.isSession() && !e.at().isAfter(now))
                .max(Comparator.comparing(JournalEntry::at));
        if (lastSession.isEmpty()) {
            return false;
        }
        Instant sessionAt = lastSession.get().at();
        Duration age = Duration.between(sessionAt, now);
        boolean answered = entries.stream().anyMatch(e -> e.isCheckIn() && e.at().isAfter(sessionAt));
        return !answered && age.compareTo(FROM) >= 0 && age.compareTo(UNTIL) <= 0;
    }
}
