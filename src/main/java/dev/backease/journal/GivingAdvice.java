package dev.backease.journal;

import dev.backease.account.AccountId;
import java.time.Clock;
import java.time.Instant;

/** Use case: a person asks whether their journal calls for a professional. */
public final class GivingAdvice {
    private final JournalEntries journal;
    private final FollowUp followUp;
    private final Clock clock;

    public GivingAdvice(JournalEntries journal, FollowUp followUp, Clock clock) {
        this.journal = journal;
        this.followUp = followUp;
        this.clock = clock;
    }

    public Advice now(AccountId owner) {
        return asOf(owner, clock.instant());
    }

    /** Advice as it would have been given at {@code asOf}: later entries are not seen. */
    public Advice asOf(AccountId owner, Instant asOf) {
        return followUp.advise(asOf, journal.journal(owner));
    }
}
