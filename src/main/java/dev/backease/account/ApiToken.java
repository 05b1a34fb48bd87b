package dev.backease.account;

import java.time.Instant;

/** An issued API token as stored: only the SHA-256 digest of the secret, never the secret. */
public record ApiToken(String digest, AccountId accountId, Instant createdAt, Instant lastUsedAt) {
}
