package dev.backease.store;

import dev.backease.account.Account;
import dev.backease.account.AccountId;
import dev.backease.account.Accounts;
import dev.backease.account.Username;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

final class JdbiAccounts implements Accounts {
    private static final RowMapper<Account> ACCOUNT = (rs, ctx) -> new Account(
            new AccountId(rs.getString("id")), new Username(rs.getString("username")),
            rs.getString("password_hash"), Rows.instant(rs, "created_at"));

    private final Jdbi jdbi;
    private final Writes writes;

    JdbiAccounts(Database database) {
        this.jdbi = database.jdbi();
        this.writes = database.writes();
    }

    @Override
    public boolean add(Account account) {
        // ON CONFLICT keeps "is the name free?" and "take it" one atomic step, across instances too.
        return writes.inTransaction(h -> h.createUpdate("""
                        INSERT INTO accounts (id, username, password_hash, created_at)
                        VALUES (:id, :username, :hash, :createdAt) ON CONFLICT (username) DO NOTHING""")
                .bind("id", account.id().value())
                .bind("username", account.username().value())
                .bind("hash", account.passwordHash())
                .bind("createdAt", account.createdAt())
                .execute()) == 1;
    }

    @Override
    public Optional<Account> byUsername(Username username) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM accounts WHERE username = :name")
                .bind("name", username.value()).map(ACCOUNT).findOne());
    }

    @Override
    public Optional<Account> byId(AccountId id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM accounts WHERE id = :id")
                .bind("id", id.value()).map(ACCOUNT).findOne());
    }
}
