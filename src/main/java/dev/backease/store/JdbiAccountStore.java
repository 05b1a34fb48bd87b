package dev.backease.store;

import dev.backease.account.AccountRepositories;

/** The Jdbi implementations of every account repository, on one database. */
public final class JdbiAccountStore {
    private JdbiAccountStore() {
    }

    public static AccountRepositories repositories(Database database) {
        return new AccountRepositories(
                new JdbiAccounts(database),
                new JdbiApiTokens(database),
                new JdbiWebSessions(database),
                new JdbiAuditLog(database),
                new JdbiSignInFailures(database),
                new JdbiPersonalData(database));
    }
}
