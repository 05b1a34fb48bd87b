package dev.backease.cli;

import dev.backease.account.Account;
import dev.backease.account.AccountId;
import dev.backease.account.Accounts;
import dev.backease.account.PasswordHasher;
import dev.backease.account.Secrets;
import dev.backease.account.Username;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The account the command line acts for, so that CLI sessions and journal entries land in the same
 * database as {@code serve}, owned like any other. It is created on first use.
 *
 * <p>It is found by its fixed id, never by its name: sign-up gives every account a random UUID, so
 * nobody can register their way into the local account by picking the name "local" first. Its
 * password is a random secret that is hashed and then forgotten, so it cannot be signed in to over HTTP.
 */
public final class LocalAccount implements Supplier<AccountId> {
    public static final AccountId ID = new AccountId("local");
    static final String NAME = "local";

    private final Accounts accounts;
    private final PasswordHasher hasher;
    private final Clock clock;

    public LocalAccount(Accounts accounts, PasswordHasher hasher, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public AccountId get() {
        if (accounts.byId(ID).isEmpty()) {
            create();
        }
        return ID;
    }

    private void create() {
        String hash = hasher.hash(Secrets.newSecret());
        // Someone may already hold the name; the id is what counts, so fall back to a unique name.
        if (!accounts.add(new Account(ID, new Username(NAME), hash, clock.instant()))
                && accounts.byId(ID).isEmpty()) {
            String unique = NAME + "-" + Secrets.newSecret().substring(0, 8).toLowerCase(Locale.ROOT);
            accounts.add(new Account(ID, Username.of(unique), hash, clock.instant()));
        }
    }
}
