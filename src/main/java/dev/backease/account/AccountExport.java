package dev.backease.account;

import java.time.Instant;
import java.util.List;

/** Everything stored about one account, for the person to download. Secrets appear only as "held as a hash". */
public record AccountExport(
        Instant exportedAt,
        Account account,
        List<ApiToken> tokens,
        List<WebSession> webSessions,
        List<AuditEvent> auditLog,
        List<StoredDocument> liveSessions,
        List<StoredDocument> sessionEvents,
        List<StoredDocument> journalEntries,
        Instant calendarAddressCreatedAt) {
}
