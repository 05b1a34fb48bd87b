package dev.backease.account;

import java.time.Clock;

/**
 * The account the command line acts for: created on first use, against the same database as
 * {@code serve}. Its password is a random secret nobody is told, so it cannot be signed into over
 * the web; its data can still be exported or deleted like any other account's.
 */
public final class LocalAccount {
    public static final Username NAME = Username.of("local");
    /** A fixed id that sign-up (random UUIDs) can never hand out, so nobody can sign up as the CLI. */
    public static final AccountId ID = new AccountId("local");

    private final Accounts accounts;
    private final PasswordHasher hasher;
    private final Clock clock;

    public LocalAccount(Accounts accounts, PasswordHasher hasher, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** The local account's id, creating the account when it does not exist yet. */
    public AccountId id() {
        return accounts.byId(ID).orElseGet(this::create).id();
    }

    private Account create() {
        Account account = new Account(ID, NAME, hasher.hash(Secrets.newSecret()), clock.instant());
        if (accounts.add(account)) {
            return account;
        }
        // Another process created it between our look-up and our insert: use theirs. Never fall back
        // to an account found by name alone: that could be a person's, and the CLI's data is private.
        return accounts.byId(ID).orElseThrow(() -> new IllegalStateException(
                "the username '" + NAME + "' is already used by a web account; the command line cannot use it"));
    }
}
