package dev.backease.account;

import java.time.Clock;
import java.util.Optional;

/** Making, finding and ending an account's secret calendar address. */
public final class KeepingCalendarFeed {
    private final CalendarFeeds feeds;
    private final AuditLog audit;
    private final Clock clock;

    public KeepingCalendarFeed(CalendarFeeds feeds, AuditLog audit, Clock clock) {
        this.feeds = feeds;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new secret for the account's feed (shown once); any earlier address stops working. */
    public String renew(AccountId owner, String client) {
        String secret = Secrets.newSecret();
        feeds.replace(owner, Secrets.digest(secret), clock.instant());
        audit.record(new AuditEvent(clock.instant(), owner, AuditAction.TOKEN_ISSUED, "calendar_feed", client));
        return secret;
    }

    public Optional<AccountId> ownerOf(String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        return feeds.ownerOf(Secrets.digest(secret));
    }

    public boolean end(AccountId owner, String client) {
        boolean had = feeds.remove(owner);
        if (had) {
            audit.record(new AuditEvent(clock.instant(), owner, AuditAction.TOKEN_REVOKED, "calendar_feed", client));
        }
        return had;
    }
}
