package dev.backease.account;

import java.time.Instant;

/** A person who signs in. The password is only ever held as a hash. */
public record Account(AccountId id, Username username, String passwordHash, Instant createdAt) {
}
