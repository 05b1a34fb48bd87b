package dev.backease.account;

import java.time.Instant;
import java.util.Optional;

/**
 * Secret calendar addresses: a calendar app cannot send a bearer token, so each account may have one
 * unguessable address that serves only its routine reminders. Only the secret's digest is stored.
 */
public interface CalendarFeeds {
    /** Gives the account this feed, replacing (and so ending) any earlier one. */
    void replace(AccountId owner, String digest, Instant at);

    Optional<AccountId> ownerOf(String digest);

    /** Says whether the account had a feed. */
    boolean remove(AccountId owner);
}
