package dev.backease.account;

import java.time.Clock;

/** Every account use case, wired from the repositories; the composition root builds one of these. */
public record AccountActions(
        SigningUp signingUp,
        SigningIn signingIn,
        IssuingToken issuingToken,
        RevokingToken revokingToken,
        Authenticating authenticating,
        KeepingWebSessions webSessions,
        ExportingData exportingData,
        DeletingAccount deletingAccount,
        AuditLog auditLog,
        Accounts accounts) {

    public static AccountActions create(AccountRepositories repos, PasswordHasher hasher, PasswordPolicy policy, Clock clock) {
        SignInThrottle throttle = new SignInThrottle(repos.signInFailures(), clock);
        return new AccountActions(
                new SigningUp(repos.accounts(), hasher, policy, repos.auditLog(), clock),
                new SigningIn(repos.accounts(), hasher, throttle, repos.auditLog(), clock),
                new IssuingToken(repos.tokens(), repos.auditLog(), clock),
                new RevokingToken(repos.tokens(), repos.auditLog(), clock),
                new Authenticating(repos.tokens(), repos.auditLog(), clock),
                new KeepingWebSessions(repos.webSessions(), repos.auditLog(), clock),
                new ExportingData(repos, clock),
                new DeletingAccount(repos.accounts(), repos.personalData(), repos.auditLog(), clock),
                repos.auditLog(),
                repos.accounts());
    }
}
