package dev.backease.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Finding the account behind an API token. Its use is audited and stamped on the token at most once
 * a minute per token: the audit still shows when each token was in use, and a busy client does not
 * turn every read into two database writes.
 */
public final class Authenticating {
    static final Duration USE_RECORD_INTERVAL = Duration.ofMinutes(1);

    private final ApiTokens tokens;
    private final AuditLog audit;
    private final Clock clock;

    public Authenticating(ApiTokens tokens, AuditLog audit, Clock clock) {
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<AccountId> byToken(String secret, String client) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        String digest = Secrets.digest(secret);
        Optional<ApiToken> token = tokens.byDigest(digest);
        token.ifPresent(found -> {
            Instant now = clock.instant();
            if (found.lastUsedAt() == null || !now.isBefore(found.lastUsedAt().plus(USE_RECORD_INTERVAL))) {
                tokens.markUsed(digest, now);
                audit.record(new AuditEvent(now, found.accountId(), AuditAction.TOKEN_USED, null, client));
            }
        });
        return token.map(ApiToken::accountId);
    }
}
