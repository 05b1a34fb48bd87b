package dev.backease.account;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A sign-in name. Case does not matter (stored lower case) so that "Ana" and "ana" can never be two
 * people. Letters, digits, dot, dash and underscore only: no spaces or look-alike characters that
 * could make two names appear identical.
 */
public record Username(String value) {
    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 32;
    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    public Username {
        Optional<String> problem = problemWith(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    /** Parses what a person typed; trims and lower-cases it. */
    public static Username of(String typed) {
        return new Username(normalise(typed));
    }

    /** Why this text cannot be a username, if it cannot. */
    public static Optional<String> problemWith(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.of("is required");
        }
        String name = normalise(typed);
        if (name.length() < MIN_LENGTH || name.length() > MAX_LENGTH) {
            return Optional.of("must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
        }
        if (!ALLOWED.matcher(name).matches()) {
            return Optional.of("may contain only letters, digits, '.', '-' and '_', starting with a letter or digit");
        }
        return Optional.empty();
    }

    private static String normalise(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
