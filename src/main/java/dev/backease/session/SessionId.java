package dev.backease.session;

import java.util.Objects;
import java.util.UUID;

/** The opaque id of a live session. */
public record SessionId(String value) {
    public SessionId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a session id is never blank");
        }
    }

    /** A fresh id that cannot be guessed, so that ids never reveal other people's sessions. */
    public static SessionId random() {
        return new SessionId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
