package dev.backease.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What makes a password acceptable, after NIST SP 800-63B: long enough, not absurdly long, and not
 * one of the passwords attackers try first. No composition rules (they make passwords worse, not
 * stronger).
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    private static final String COMMON_LIST = "/account/common-passwords.txt";

    private final Set<String> common;

    public PasswordPolicy(Set<String> commonPasswords) {
        this.common = commonPasswords.stream().map(PasswordPolicy::fold).collect(Collectors.toUnmodifiableSet());
    }

    /** The policy with the shipped list of common passwords. */
    public static PasswordPolicy standard() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_LIST)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + COMMON_LIST);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new PasswordPolicy(reader.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toSet()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why this password is refused, if it is; the text is shown to the person choosing it. */
    public Optional<String> problemWith(String password, Username username) {
        if (password == null || password.isEmpty()) {
            return Optional.of("is required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        String folded = fold(password);
        if (common.contains(folded)) {
            return Optional.of("is one of the most common passwords; choose another");
        }
        if (username != null && folded.contains(username.value())) {
            return Optional.of("must not contain the username");
        }
        return Optional.empty();
    }

    public int commonPasswordCount() {
        return common.size();
    }

    private static String fold(String password) {
        return password.toLowerCase(Locale.ROOT);
    }
}
