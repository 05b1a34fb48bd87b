package dev.backease.account;

import java.time.Clock;
import java.util.Optional;

/**
 * Erasing an account and everything that belongs to it, ending its tokens and web sessions. Only an
 * anonymous "account_deleted" entry (the opaque id, no name) stays in the audit log, as proof that
 * the erasure was done.
 */
public final class DeletingAccount {
    private final Accounts accounts;
    private final PersonalData personalData;
    private final AuditLog audit;
    private final Clock clock;

    public DeletingAccount(Accounts accounts, PersonalData personalData, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.personalData = personalData;
        this.audit = audit;
        this.clock = clock;
    }

    /** Says whether there was such an account. */
    public boolean delete(AccountId id) {
        Optional<Account> account = accounts.byId(id);
        account.ifPresent(found -> {
            personalData.eraseAccount(found);
            audit.record(new AuditEvent(clock.instant(), id, AuditAction.ACCOUNT_DELETED, null, null));
        });
        return account.isPresent();
    }
}
