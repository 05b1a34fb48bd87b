package dev.backease.account;

import java.time.Clock;
import java.util.Optional;

/** Revoking an API token: from then on it authenticates nobody, on every server instance. */
public final class RevokingToken {
    private final ApiTokens tokens;
    private final AuditLog audit;
    private final Clock clock;

    public RevokingToken(ApiTokens tokens, AuditLog audit, Clock clock) {
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    /** Says whether a token was revoked. */
    public boolean revoke(String secret, String client) {
        String digest = Secrets.digest(secret);
        Optional<ApiToken> token = tokens.byDigest(digest);
        if (token.isEmpty() || !tokens.remove(digest)) {
            return false;
        }
        audit.record(new AuditEvent(clock.instant(), token.get().accountId(), AuditAction.TOKEN_REVOKED, null, client));
        return true;
    }
}
