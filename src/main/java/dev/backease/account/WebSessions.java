package dev.backease.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Signed-in browsers, kept in the database so that every server instance knows them. */
public interface WebSessions {
    void add(WebSession session);

    Optional<WebSession> byDigest(String digest);

    void touch(String digest, Instant at);

    void remove(String digest);

    List<WebSession> of(AccountId accountId);
}
