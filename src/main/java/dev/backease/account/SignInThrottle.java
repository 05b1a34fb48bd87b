package dev.backease.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Slows down password guessing: after too many failures within a window, a key (an account name or
 * a client address) is locked for a while. The state lives in the database so that several server
 * instances count the same failures. Addresses get a higher limit because many people may share one.
 */
public final class SignInThrottle {
    public record Rule(int maxFailures, Duration window, Duration lockout) {
    }

    public static final Rule PER_ACCOUNT = new Rule(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
    public static final Rule PER_ADDRESS = new Rule(20, Duration.ofMinutes(15), Duration.ofMinutes(15));

    private final SignInFailures failures;
    private final Clock clock;
    private final Rule perAccount;
    private final Rule perAddress;

    public SignInThrottle(SignInFailures failures, Clock clock) {
        this(failures, clock, PER_ACCOUNT, PER_ADDRESS);
    }

    public SignInThrottle(SignInFailures failures, Clock clock, Rule perAccount, Rule perAddress) {
        this.failures = failures;
        this.clock = clock;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
    }

    /** How long until this name may try again from this address, if it is locked now. */
    public Optional<Duration> lockedFor(Username name, String client) {
        Instant now = clock.instant();
        Optional<Duration> account = lockedFor(accountKey(name), perAccount, now);
        Optional<Duration> address = lockedFor(addressKey(client), perAddress, now);
        if (account.isPresent() && address.isPresent()) {
            return Optional.of(account.get().compareTo(address.get()) >= 0 ? account.get() : address.get());
        }
        return account.isPresent() ? account : address;
    }

    public void failed(Username name, String client) {
        Instant now = clock.instant();
        failures.add(accountKey(name), now);
        failures.add(addressKey(client), now);
        failures.forgetBefore(now.minus(longest()));
    }

    /** A correct password clears the name's count (not the address's: one good account must not reset it). */
    public void succeeded(Username name) {
        failures.clear(accountKey(name));
    }

    public static String accountKey(Username name) {
        return "account:" + name.value();
    }

    private static String addressKey(String client) {
        return "address:" + (client == null ? "unknown" : client);
    }

    private Optional<Duration> lockedFor(String key, Rule rule, Instant now) {
        List<Instant> recent = failures.since(key, now.minus(rule.window()));
        if (recent.size() < rule.maxFailures()) {
            return Optional.empty();
        }
        Instant unlocksAt = recent.get(recent.size() - 1).plus(rule.lockout());
        return unlocksAt.isAfter(now) ? Optional.of(Duration.between(now, unlocksAt)) : Optional.empty();
    }

    private Duration longest() {
        Duration a = perAccount.window().plus(perAccount.lockout());
        Duration b = perAddress.window().plus(perAddress.lockout());
        return a.compareTo(b) >= 0 ? a : b;
    }
}
