package dev.backease.account;

import java.time.Clock;
import java.util.Optional;

/** Gathering everything stored about an account into one document (the right of access). */
public final class ExportingData {
    private final AccountRepositories repos;
    private final Clock clock;

    public ExportingData(AccountRepositories repos, Clock clock) {
        this.repos = repos;
        this.clock = clock;
    }

    public Optional<AccountExport> export(AccountId id, String client) {
        Optional<Account> account = repos.accounts().byId(id);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        // Recorded first so that the export itself shows up in the audit trail it contains.
        repos.auditLog().record(new AuditEvent(clock.instant(), id, AuditAction.DATA_EXPORTED, null, client));
        return Optional.of(new AccountExport(
                clock.instant(),
                account.get(),
                repos.tokens().of(id),
                repos.webSessions().of(id),
                repos.auditLog().of(id),
                repos.personalData().liveSessions(id),
                repos.personalData().sessionEvents(id),
                repos.personalData().journalEntries(id),
                repos.personalData().calendarAddressSince(id).orElse(null)));
    }
}
