package dev.backease.store;

import dev.backease.account.AccountId;
import dev.backease.account.ApiToken;
import dev.backease.account.ApiTokens;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

final class JdbiApiTokens implements ApiTokens {
    private static final RowMapper<ApiToken> TOKEN = (rs, ctx) -> new ApiToken(
            rs.getString("token_digest"), new AccountId(rs.getString("account_id")),
            Rows.instant(rs, "created_at"), Rows.instant(rs, "last_used_at"));

    private final Jdbi jdbi;
    private final Writes writes;

    JdbiApiTokens(Database database) {
        this.jdbi = database.jdbi();
        this.writes = database.writes();
    }

    @Override
    public void add(ApiToken token) {
        writes.useTransaction(h -> h.createUpdate("""
                        INSERT INTO api_tokens (token_digest, account_id, created_at)
                        VALUES (:digest, :account, :createdAt)""")
                .bind("digest", token.digest())
                .bind("account", token.accountId().value())
                .bind("createdAt", token.createdAt())
                .execute());
    }

    @Override
    public Optional<ApiToken> byDigest(String digest) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM api_tokens WHERE token_digest = :digest")
                .bind("digest", digest).map(TOKEN).findOne());
    }

    @Override
    public void markUsed(String digest, Instant at) {
        writes.useTransaction(h -> h.createUpdate("UPDATE api_tokens SET last_used_at = :at WHERE token_digest = :digest")
                .bind("at", at).bind("digest", digest).execute());
    }

    @Override
    public boolean remove(String digest) {
        return writes.inTransaction(h -> h.createUpdate("DELETE FROM api_tokens WHERE token_digest = :digest")
                .bind("digest", digest).execute()) == 1;
    }

    @Override
    public List<ApiToken> of(AccountId accountId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM api_tokens WHERE account_id = :account ORDER BY created_at")
                .bind("account", accountId.value()).map(TOKEN).list());
    }
}
