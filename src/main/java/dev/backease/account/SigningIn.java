package dev.backease.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Checking a username and password. An unknown name and a wrong password get the same answer, and
 * take about as long (a dummy hash is checked), so the answer never tells which names exist.
 */
public final class SigningIn {
    public sealed interface Result {
    }

    public record SignedIn(Account account) implements Result {
    }

    public record WrongCredentials() implements Result {
    }

    public record Throttled(Duration retryAfter) implements Result {
    }

    private final Accounts accounts;
    private final PasswordHasher hasher;
    private final SignInThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;
    // Made on the first sign-in that needs it, not at start-up: one Argon2 hash is a fifth of a
    // second and 19 MiB that every start would otherwise pay for before serving anything.
    private volatile String dummyHash;

    public SigningIn(Accounts accounts, PasswordHasher hasher, SignInThrottle throttle, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    public Result signIn(String typedName, String password, String client) {
        if (Username.problemWith(typedName).isPresent() || password == null) {
            hasher.matches("", dummyHash());
            audit(null, AuditAction.SIGN_IN_FAILED, client);
            return new WrongCredentials();
        }
        Username name = Username.of(typedName);
        Optional<Duration> locked = throttle.lockedFor(name, client);
        if (locked.isPresent()) {
            audit(accounts.byUsername(name).map(Account::id).orElse(null), AuditAction.SIGN_IN_THROTTLED, client);
            return new Throttled(locked.get());
        }
        Optional<Account> account = accounts.byUsername(name);
        boolean matches = hasher.matches(password, account.map(Account::passwordHash).orElseGet(this::dummyHash));
        if (account.isEmpty() || !matches) {
            throttle.failed(name, client);
            audit(account.map(Account::id).orElse(null), AuditAction.SIGN_IN_FAILED, client);
            return new WrongCredentials();
        }
        throttle.succeeded(name);
        audit(account.get().id(), AuditAction.SIGN_IN_SUCCEEDED, client);
        return new SignedIn(account.get());
    }

    private void audit(AccountId who, AuditAction action, String client) {
        audit.record(new AuditEvent(clock.instant(), who, action, null, client));
    }

    /** A hash of a secret nobody knows, so an unknown name costs as much as a wrong password. */
    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            synchronized (this) {
                hash = dummyHash;
                if (hash == null) {
                    hash = hasher.hash(Secrets.newSecret());
                    dummyHash = hash;
                }
            }
        }
        return hash;
    }
}
