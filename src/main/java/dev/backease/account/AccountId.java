package dev.backease.account;

import java.util.Objects;

/** The opaque id of an account. Sessions and journal entries belong to exactly one. */
public record AccountId(String value) {
    public AccountId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an account id is never blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
