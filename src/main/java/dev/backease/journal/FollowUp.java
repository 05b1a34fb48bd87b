package dev.backease.journal;

import dev.backease.screening.Reason;
import dev.backease.screening.Referral;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads a journal as of a moment and gives follow-up advice: the most urgent finding wins. */
public final class FollowUp {
    static final String ALL_CLEAR = "Nothing in your journal calls for a professional right now. Keep sessions"
            + " to 5-15 minutes once or twice a day, and stop if pain sharpens or runs down a leg.";

    private final List<FollowUpRule> rules;

    public FollowUp(List<FollowUpRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Every rule of the guide, most urgent kinds first. */
    public static FollowUp standard(String emergencyNumber) {
        return new FollowUp(List.of(
                new RedFlagSymptoms(emergencyNumber),
                new SteadilyWorse(),
                new WorseAfterSession(),
                new SorenessPast48Hours(),
                new PainPastTwoWeeks(),
                new NoImprovement(),
                new ReturnsAgainAndAgain()));
    }

    public static FollowUp standard() {
        return standard(RedFlagSymptoms.DEFAULT_EMERGENCY_NUMBER);
    }

    public List<FollowUpRule> rules() {
        return rules;
    }

    /** Entries after {@code asOf} are ignored, as if they had not been written yet. */
    public Advice advise(Instant asOf, List<JournalEntry> entries) {
        return advice(asOf, findings(new History(asOf, entries)));
    }

    /**
     * The same advice as {@link #advise(Instant, List)} over the journal's entries, worked out again only
     * when {@code asOf} sees the journal differently from the last time. Rules see the journal only
     * through {@link History}, where {@code asOf} shows in two ways alone: which entries are visible
     * ({@code at <= asOf}) and which of them are recent ({@link History#isRecent}). The journal is sorted
     * by time, so both are first-n counts, found by binary search; equal counts mean an equal History,
     * so equal findings. A long journal asked for advice again and again costs two binary searches.
     */
    public Advice advise(Instant asOf, Journal journal) {
        int visible = journal.atOrBefore(asOf);
        // Nothing visible, nothing old; and no rule asks isRecent, so neither may this (asOf near Instant.MIN).
        int old = visible == 0 ? 0 : journal.before(History.recentFrom(asOf));
        List<JournalEntry> seen = journal.entries().subList(0, visible);
        return advice(asOf, journal.findings(this, visible, old, () -> findings(new History(asOf, seen))));
    }

    private List<Finding> findings(History history) {
        return rules.stream()
                .flatMap(rule -> rule.check(history).stream())
                .sorted(Comparator.comparing(Finding::referral).reversed())
                .toList();
    }

    private static Advice advice(Instant asOf, List<Finding> findings) {
        if (findings.isEmpty()) {
            return new Advice(Referral.NONE, asOf, List.of(ALL_CLEAR), List.of());
        }
        Set<String> actions = new LinkedHashSet<>();
        findings.forEach(f -> actions.add(f.action()));
        List<Reason> reasons = findings.stream().map(Finding::reason).toList();
        return new Advice(findings.get(0).referral(), asOf, List.copyOf(actions), reasons);
    }
}
