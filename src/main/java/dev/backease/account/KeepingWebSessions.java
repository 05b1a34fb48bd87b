package dev.backease.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Starting, finding and ending browser sessions. A session ends after {@link #IDLE} without use or
 * {@link #ABSOLUTE} after sign-in, whichever comes first; every sign-in gets a new id, so an id
 * planted before sign-in is worthless (no session fixation).
 */
public final class KeepingWebSessions {
    public static final Duration IDLE = Duration.ofMinutes(30);
    public static final Duration ABSOLUTE = Duration.ofHours(12);

    private final WebSessions sessions;
    private final AuditLog audit;
    private final Clock clock;

    public KeepingWebSessions(WebSessions sessions, AuditLog audit, Clock clock) {
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    public NewWebSession start(Account account, String client) {
        String secret = Secrets.newSecret();
        Instant now = clock.instant();
        WebSession session = new WebSession(Secrets.digest(secret), account.id(), Secrets.newSecret(), now, now);
        sessions.add(session);
        audit.record(new AuditEvent(now, account.id(), AuditAction.WEB_SESSION_STARTED, null, client));
        return new NewWebSession(secret, session);
    }

    /** The live session behind a cookie secret; an expired one is removed and not returned. */
    public Optional<WebSession> find(String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        String digest = Secrets.digest(secret);
        Optional<WebSession> found = sessions.byDigest(digest);
        Instant now = clock.instant();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (expired(found.get(), now)) {
            sessions.remove(digest);
            return Optional.empty();
        }
        sessions.touch(digest, now);
        return Optional.of(found.get().seenAt(now));
    }

    public void end(String secret, String client) {
        find(secret).ifPresent(session -> {
            sessions.remove(session.digest());
            audit.record(new AuditEvent(clock.instant(), session.accountId(), AuditAction.WEB_SESSION_ENDED, null, client));
        });
    }

    private static boolean expired(WebSession session, Instant now) {
        return !now.isBefore(session.lastSeenAt().plus(IDLE)) || !now.isBefore(session.createdAt().plus(ABSOLUTE));
    }
}
