package dev.backease.account;

import java.time.Instant;
import java.util.Objects;

/**
 * One audit log entry: who (account id, or none when unknown), what (action, and the kind and id of
 * the thing acted on, e.g. "journal_entry:42"), when (UTC), from where (client address).
 * The subject names a record; it never holds its content.
 */
public record AuditEvent(Instant at, AccountId accountId, AuditAction action, String subject, String client) {
    public AuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
    }
}
