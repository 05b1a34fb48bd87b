package dev.backease.store;

import dev.backease.account.AccountId;
import dev.backease.account.WebSession;
import dev.backease.account.WebSessions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

final class JdbiWebSessions implements WebSessions {
    private static final RowMapper<WebSession> SESSION = (rs, ctx) -> new WebSession(
            rs.getString("session_digest"), new AccountId(rs.getString("account_id")), rs.getString("csrf_token"),
            Rows.instant(rs, "created_at"), Rows.instant(rs, "last_seen_at"));

    private final Jdbi jdbi;
    private final Writes writes;

    JdbiWebSessions(Database database) {
        this.jdbi = database.jdbi();
        this.writes = database.writes();
    }

    @Override
    public void add(WebSession session) {
        writes.useTransaction(h -> h.createUpdate("""
                        INSERT INTO web_sessions (session_digest, account_id, csrf_token, created_at, last_seen_at)
                        VALUES (:digest, :account, :csrf, :createdAt, :lastSeenAt)""")
                .bind("digest", session.digest())
                .bind("account", session.accountId().value())
                .bind("csrf", session.csrfToken())
                .bind("createdAt", session.createdAt())
                .bind("lastSeenAt", session.lastSeenAt())
                .execute());
    }

    @Override
    public Optional<WebSession> byDigest(String digest) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM web_sessions WHERE session_digest = :digest")
                .bind("digest", digest).map(SESSION).findOne());
    }

    @Override
    public void touch(String digest, Instant at) {
        writes.useTransaction(h -> h.createUpdate("UPDATE web_sessions SET last_seen_at = :at WHERE session_digest = :digest")
                .bind("at", at).bind("digest", digest).execute());
    }

    @Override
    public void remove(String digest) {
        writes.useTransaction(h -> h.createUpdate("DELETE FROM web_sessions WHERE session_digest = :digest")
                .bind("digest", digest).execute());
    }

    @Override
    public List<WebSession> of(AccountId accountId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM web_sessions WHERE account_id = :account ORDER BY created_at")
                .bind("account", accountId.value()).map(SESSION).list());
    }
}
