package dev.backease;

import dev.backease.account.AccountActions;
import dev.backease.account.AccountRepositories;
import dev.backease.account.LocalAccount;
import dev.backease.account.PasswordPolicy;
import dev.backease.store.Argon2PasswordHasher;
import dev.backease.store.Database;
import dev.backease.store.JdbiAccountStore;
import dev.backease.web.TokenAuthenticator;
import dev.backease.web.WebCookies;
import java.time.Clock;
import java.util.Map;

/**
 * Everything that lives in the database, opened once per process from the configuration: the
 * accounts and their web sessions, and (wired by the features) sessions and the journal.
 */
record Backend(Database database, AccountActions accounts, LocalAccount localAccount, WebCookies cookies,
        TokenAuthenticator authenticator, Clock clock) implements AutoCloseable {

    static Backend open(Config config, Map<String, String> env, Clock clock) {
        return on(Database.open(config.dbUrl(), env), env, clock);
    }

    /** The parts over a database that is open (its schema may still be migrating: nothing here reads it). */
    static Backend on(Database database, Map<String, String> env, Clock clock) {
        Argon2PasswordHasher hasher = new Argon2PasswordHasher();
        AccountRepositories repos = JdbiAccountStore.repositories(database);
        AccountActions accounts = AccountActions.create(repos, hasher, PasswordPolicy.standard(), clock);
        WebCookies cookies = WebCookies.fromEnvironment(env);
        return new Backend(database, accounts, new LocalAccount(accounts.accounts(), hasher, clock), cookies,
                new TokenAuthenticator(accounts, cookies), clock);
    }

    @Override
    public void close() {
        database.close();
    }
}
