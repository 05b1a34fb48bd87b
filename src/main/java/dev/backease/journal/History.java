package dev.backease.journal;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A journal as it stood at {@code asOf}: entries written later are left out, the rest sorted by time.
 * Follow-up rules read the journal only through this view, so "later" can never leak in.
 */
public final class History {
    /** Single check-ins and symptoms set the urgency only inside this window; older ones still remind. */
    public static final Duration RECENT = Duration.ofDays(14);

    private final Instant asOf;
    private final List<JournalEntry> entries;
    /** Session entries oldest first, and by the sessionId they carry: rules look these up once per check-in. */
    private final List<JournalEntry> sessions;
    private final Map<String, List<JournalEntry>> sessionsById;

    public History(Instant asOf, List<JournalEntry> allEntries) {
        this.asOf = asOf;
        this.entries = allEntries.stream()
                .filter(e -> !e.at().isAfter(asOf))
                .sorted(Comparator.comparing(JournalEntry::at))
                .toList();
        this.sessions = entries.stream().filter(JournalEntry::isSession).toList();
        this.sessionsById = sessions.stream().filter(s -> s.sessionId() != null)
                .collect(Collectors.groupingBy(JournalEntry::sessionId));
    }

    public List<JournalEntry> entries() {
        return entries;
    }

    /**
     * Whether the entry lies inside {@link #RECENT} of {@code asOf}. This and which entries are visible
     * are the only ways the moment reaches a rule (there is deliberately no getter for {@code asOf}):
     * {@link FollowUp#advise(Instant, Journal)} relies on it to keep advice while neither changes.
     */
    public boolean isRecent(JournalEntry entry) {
        return !entry.at().isBefore(recentFrom(asOf));
    }

    /** The oldest moment still recent as of {@code asOf}. */
    static Instant recentFrom(Instant asOf) {
        return asOf.minus(RECENT);
    }

    public List<JournalEntry> checkIns() {
        return entries.stream().filter(JournalEntry::isCheckIn).toList();
    }

    /**
     * The session a check-in follows: the session entry it names by sessionId if there is one before it,
     * otherwise the latest session entry before it.
     */
    public Optional<JournalEntry> sessionBefore(JournalEntry checkIn) {
        if (checkIn.sessionId() != null) {
            Optional<JournalEntry> named = latestBefore(sessionsById.getOrDefault(checkIn.sessionId(), List.of()),
                    checkIn.at());
            if (named.isPresent()) {
                return named;
            }
        }
        return latestBefore(sessions, checkIn.at());
    }

    /** The last of the time-ordered entries strictly before {@code at}: a binary search, as journals grow long. */
    private static Optional<JournalEntry> latestBefore(List<JournalEntry> ordered, Instant at) {
        int low = 0;
        int high = ordered.size(); // the answer's index + 1 lies in [low, high]
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (ordered.get(middle).at().isBefore(at)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low == 0 ? Optional.empty() : Optional.of(ordered.get(low - 1));
    }

    /** Time from the session a check-in follows to the check-in. */
    public Optional<Duration> sinceSession(JournalEntry checkIn) {
        return sessionBefore(checkIn).map(session -> Duration.between(session.at(), checkIn.at()));
    }
}
