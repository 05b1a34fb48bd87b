package dev.backease.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Finding the account behind an API token; every use is audited and stamped on the token. */
public final class Authenticating {
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
            tokens.markUsed(digest, now);
            audit.record(new AuditEvent(now, found.accountId(), AuditAction.TOKEN_USED, null, client));
        });
        return token.map(ApiToken::accountId);
    }
}
