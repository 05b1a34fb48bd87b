package dev.backease.account;

import java.time.Instant;
import java.util.List;

/** Recent failed sign-ins per throttle key, shared by all server instances through the database. */
public interface SignInFailures {
    void add(String key, Instant at);

    /** The failures for this key at or after the given moment, oldest first. */
    List<Instant> since(String key, Instant from);

    void clear(String key);

    /** Forgets failures older than the given moment, for every key. */
    void forgetBefore(Instant moment);
}
