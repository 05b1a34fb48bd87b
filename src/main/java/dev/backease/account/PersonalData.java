package dev.backease.account;

import java.util.List;

/** The health data that belongs to an account, read whole for export and erased whole on deletion. */
public interface PersonalData {
    List<StoredDocument> liveSessions(AccountId accountId);

    List<StoredDocument> sessionEvents(AccountId accountId);

    List<StoredDocument> journalEntries(AccountId accountId);

    /**
     * Erases the account and everything that belongs to it (tokens, web sessions, sessions, events,
     * journal, audit entries, sign-in failures) in one transaction.
     */
    void eraseAccount(Account account);
}
