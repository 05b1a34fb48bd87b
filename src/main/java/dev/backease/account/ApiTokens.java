package dev.backease.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Issued API tokens, found by the digest of their secret. */
public interface ApiTokens {
    void add(ApiToken token);

    Optional<ApiToken> byDigest(String digest);

    void markUsed(String digest, Instant at);

    /** Says whether there was such a token. */
    boolean remove(String digest);

    List<ApiToken> of(AccountId accountId);
}
