package dev.backease.account;

import java.util.Optional;

/** All accounts. */
public interface Accounts {
    /** Adds the account unless its username is taken; says whether it was added. */
    boolean add(Account account);

    Optional<Account> byUsername(Username username);

    Optional<Account> byId(AccountId id);
}
