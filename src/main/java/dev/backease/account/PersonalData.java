package dev.backease.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The health data that belongs to an account, read whole for export and erased whole on deletion. */
public interface PersonalData {
    List<StoredDocument> liveSessions(AccountId accountId);

    List<StoredDocument> sessionEvents(AccountId accountId);

    List<StoredDocument> journalEntries(AccountId accountId);

    /** When the account's secret calendar address was made, if it has one (the secret itself is never stored). */
    Optional<Instant> calendarAddressSince(AccountId accountId);

    /**
     * Erases the account and everything that belongs to it (tokens, web sessions, sessions, events,
     * journal, audit entries, sign-in failures) in one transaction.
     */
    void eraseAccount(Account account);
}
