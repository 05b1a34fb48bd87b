package dev.backease.journal;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A journal as it stood at {@code asOf}: entries written later are left out, the rest sorted by time.
 * Follow-up rules read the journal only through this view, so "later" can never leak in.
 */
public final class History {
    /** Single check-ins and symptoms set the urgency only inside this window; older ones still remind. */
    public static final Duration RECENT = Duration.ofDays(14);

    private final Instant asOf;
    private final List<JournalEntry> entries;

    public History(Instant asOf, List<JournalEntry> allEntries) {
        this.asOf = asOf;
        this.entries = allEntries.stream()
                .filter(e -> !e.at().isAfter(asOf))
                .sorted(Comparator.comparing(JournalEntry::at))
                .toList();
    }

    public Instant asOf() {
        return asOf;
    }

    public List<JournalEntry> entries() {
        return entries;
    }

    public boolean isRecent(JournalEntry entry) {
        return !entry.at().isBefore(asOf.minus(RECENT));
    }

    public List<JournalEntry> checkIns() {
        return entries.stream().filter(JournalEntry::isCheckIn).toList();
    }

    /**
     * The session a check-in follows: the session entry it names by sessionId if there is one before it,
     * otherwise the latest session entry before it.
     */
    public Optional<JournalEntry> sessionBefore(JournalEntry checkIn) {
        List<JournalEntry> earlier = entries.stream()
                .filter(JournalEntry::isSession)
                .filter(e -> e.at().isBefore(checkIn.at()))
                .toList();
        if (checkIn.sessionId() != null) {
            Optional<JournalEntry> named = earlier.stream()
                    .filter(e -> checkIn.sessionId().equals(e.sessionId()))
                    .reduce((first, second) -> second);
            if (named.isPresent()) {
                return named;
            }
        }
        return earlier.isEmpty() ? Optional.empty() : Optional.of(earlier.get(earlier.size() - 1));
    }

    /** Time from the session a check-in follows to the check-in. */
    public Optional<Duration> sinceSession(JournalEntry checkIn) {
        return sessionBefore(checkIn).map(session -> Duration.between(session.at(), checkIn.at()));
    }
}
