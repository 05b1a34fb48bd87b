package dev.backease.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Creating an account with a username and a password that passes the policy. */
public final class SigningUp {
    public sealed interface Result {
    }

    public record SignedUp(Account account) implements Result {
    }

    public record Invalid(List<FieldProblem> problems) implements Result {
    }

    public record NameTaken(Username username) implements Result {
    }

    private final Accounts accounts;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final AuditLog audit;
    private final Clock clock;

    public SigningUp(Accounts accounts, PasswordHasher hasher, PasswordPolicy policy, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    public Result signUp(String typedName, String password, String client) {
        List<FieldProblem> problems = new ArrayList<>();
        Username.problemWith(typedName).ifPresent(p -> problems.add(new FieldProblem("username", p)));
        Username name = problems.isEmpty() ? Username.of(typedName) : null;
        if (LocalAccount.NAME.equals(name)) {
            problems.add(new FieldProblem("username", "is reserved for the command line; choose another"));
        }
        policy.problemWith(password, name).ifPresent(p -> problems.add(new FieldProblem("password", p)));
        if (!problems.isEmpty()) {
            return new Invalid(List.copyOf(problems));
        }
        if (accounts.byUsername(name).isPresent()) {
            return new NameTaken(name);
        }
        Account account = new Account(new AccountId(UUID.randomUUID().toString()), name, hasher.hash(password), clock.instant());
        if (!accounts.add(account)) {
            return new NameTaken(name);
        }
        audit.record(new AuditEvent(clock.instant(), account.id(), AuditAction.ACCOUNT_CREATED, null, client));
        return new SignedUp(account);
    }
}
