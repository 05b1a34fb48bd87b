package dev.backease.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthenticatingTest {
    private final TestClock clock = new TestClock("2026-11-20T10:00:00Z");
    private final Map<String, ApiToken> stored = new HashMap<>();
    private final List<AuditEvent> audited = new ArrayList<>();
    private final AccountId ana = new AccountId("ana-id");

    private final ApiTokens tokens = new ApiTokens() {
        @Override
        public void add(ApiToken token) {
            stored.put(token.digest(), token);
        }

        @Override
        public Optional<ApiToken> byDigest(String digest) {
            return Optional.ofNullable(stored.get(digest));
        }

        @Override
        public void markUsed(String digest, Instant at) {
            ApiToken old = stored.get(digest);
            stored.put(digest, new ApiToken(digest, old.accountId(), old.createdAt(), at));
        }

        @Override
        public boolean remove(String digest) {
            return stored.remove(digest) != null;
        }

        @Override
        public List<ApiToken> of(AccountId accountId) {
            return List.copyOf(stored.values());
        }
    };

    private final AuditLog audit = new AuditLog() {
        @Override
        public void record(AuditEvent event) {
            audited.add(event);
        }

        @Override
        public List<AuditEvent> of(AccountId accountId) {
            return audited;
        }
    };

    @Test
    void a_token_in_steady_use_is_audited_once_a_minute_not_on_every_request() {
        String secret = "a-secret";
        tokens.add(new ApiToken(Secrets.digest(secret), ana, clock.instant(), null));
        Authenticating authenticating = new Authenticating(tokens, audit, clock);

        for (int i = 0; i < 5; i++) {
            assertThat(authenticating.byToken(secret, "10.0.0.1")).contains(ana);
            clock.advance(Duration.ofSeconds(10));
        }
        assertThat(audited).hasSize(1);
        clock.advance(Duration.ofSeconds(15));
        authenticating.byToken(secret, "10.0.0.1");

        assertThat(audited).hasSize(2).allMatch(event -> event.action() == AuditAction.TOKEN_USED);
        assertThat(stored.get(Secrets.digest(secret)).lastUsedAt()).isEqualTo(clock.instant());
    }

    @Test
    void an_unknown_token_finds_nobody_and_records_nothing() {
        assertThat(new Authenticating(tokens, audit, clock).byToken("made-up", "10.0.0.1")).isEmpty();
        assertThat(audited).isEmpty();
    }
}
