package dev.backease.store;

import dev.backease.account.AccountRepositories;

/** The Jdbi implementations of every account repository, on one database. */
public final class JdbiAccountStore {
    private JdbiAccountStore() {
    }

    public static AccountRepositories repositories(Database database) {
        var jdbi = database.jdbi();
        return new AccountRepositories(
                new JdbiAccounts(jdbi),
                new JdbiApiTokens(jdbi),
                new JdbiWebSessions(jdbi),
                new JdbiAuditLog(jdbi),
                new JdbiSignInFailures(jdbi),
                new JdbiPersonalData(jdbi, database.journals()));
    }
}
