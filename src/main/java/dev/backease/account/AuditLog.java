package dev.backease.account;

import java.util.List;

/**
 * The audit trail. Features that read or write health data call {@link #record} with
 * {@link AuditAction#HEALTH_DATA_READ} or {@link AuditAction#HEALTH_DATA_WRITTEN} and a subject such
 * as "session:ID" or "journal_entry:ID" (never the data itself).
 */
public interface AuditLog {
    void record(AuditEvent event);

    List<AuditEvent> of(AccountId accountId);
}
