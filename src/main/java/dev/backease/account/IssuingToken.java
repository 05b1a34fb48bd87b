package dev.backease.account;

import java.time.Clock;

/** Issuing an API token to a signed-in account. The secret is returned once and never stored. */
public final class IssuingToken {
    private final ApiTokens tokens;
    private final AuditLog audit;
    private final Clock clock;

    public IssuingToken(ApiTokens tokens, AuditLog audit, Clock clock) {
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    public String issueFor(Account account, String client) {
        String secret = Secrets.newSecret();
        tokens.add(new ApiToken(Secrets.digest(secret), account.id(), clock.instant(), null));
        audit.record(new AuditEvent(clock.instant(), account.id(), AuditAction.TOKEN_ISSUED, null, client));
        return secret;
    }
}
