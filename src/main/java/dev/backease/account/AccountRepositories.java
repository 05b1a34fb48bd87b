package dev.backease.account;

/** The storage that accounts need, handed over by the composition root. */
public record AccountRepositories(
        Accounts accounts,
        ApiTokens tokens,
        WebSessions webSessions,
        AuditLog auditLog,
        SignInFailures signInFailures,
        PersonalData personalData) {
}
