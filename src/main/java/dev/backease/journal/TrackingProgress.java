package dev.backease.journal;

import dev.backease.account.AccountId;
import java.time.Clock;

/** Use case: a person looks at how their back is doing and what works for them. */
public final class TrackingProgress {
    private final JournalEntries journal;
    private final ProgressReport report;
    private final Clock clock;

    public TrackingProgress(JournalEntries journal, Clock clock) {
        this.journal = journal;
        this.report = new ProgressReport(clock.getZone());
        this.clock = clock;
    }

    public Progress now(AccountId owner) {
        return report.of(clock.instant(), journal.list(owner, null, clock.instant()));
    }

    /** The planner's hint from this person's journal. */
    public PlanPreference preference(AccountId owner) {
        return now(owner).preference();
    }
}
