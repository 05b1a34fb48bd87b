package dev.backease.account;

import java.time.Instant;

/** A signed-in browser, as stored: the digest of its cookie id and its CSRF token. */
public record WebSession(String digest, AccountId accountId, String csrfToken, Instant createdAt, Instant lastSeenAt) {
    public WebSession seenAt(Instant at) {
        return new WebSession(digest, accountId, csrfToken, createdAt, at);
    }
}
