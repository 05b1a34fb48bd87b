package dev.backease.account;

import java.time.Clock;
import java.util.UUID;

/**
 * The account the command line acts for: created on first use, against the same database as
 * {@code serve}. Its password is a random secret nobody is told, so it cannot be signed into over
 * the web; its data can still be exported or deleted like any other account's.
 */
public final class LocalAccount {
    public static final Username NAME = Username.of("local");

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
        return accounts.byUsername(NAME).orElseGet(this::create).id();
    }

    private Account create() {
        Account account = new Account(new AccountId(UUID.randomUUID().toString()), NAME,
                hasher.hash(Secrets.newSecret()), clock.instant());
        if (accounts.add(account)) {
            return account;
        }
        // Another process created it between our look-up and our insert: use theirs.
        return accounts.byUsername(NAME).orElseThrow();
    }
}
