package dev.backease.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
    private static final PasswordPolicy POLICY = PasswordPolicy.standard();
    private static final Username ANA = Username.of("ana");

    @Test
    void the_shipped_list_holds_thousands_of_common_passwords() {
        assertThat(POLICY.commonPasswordCount()).isGreaterThan(3000);
    }

    @Test
    void a_password_shorter_than_eight_characters_is_refused() {
        assertThat(POLICY.problemWith("k7#pQ2x", ANA)).contains("must be at least 8 characters");
    }

    @Test
    void a_long_passphrase_of_sixty_four_characters_and_more_is_accepted_up_to_128() {
        assertThat(POLICY.problemWith("correct horse battery staple ".repeat(3).substring(0, 64), ANA)).isEmpty();
        assertThat(POLICY.problemWith("x9".repeat(64), ANA)).isEmpty();
        assertThat(POLICY.problemWith("x".repeat(129), ANA)).contains("must be at most 128 characters");
    }

    @Test
    void common_passwords_are_refused_whatever_their_case() {
        assertThat(POLICY.problemWith("password", ANA)).contains("is one of the most common passwords; choose another");
        assertThat(POLICY.problemWith("Password123", ANA)).isPresent();
        assertThat(POLICY.problemWith("QWERTYUIOP", ANA)).isPresent();
        assertThat(POLICY.problemWith("football2019", ANA)).isPresent();
    }

    @Test
    void no_composition_rules_apply_to_an_uncommon_password() {
        assertThat(POLICY.problemWith("lanterns drift over quiet harbours", ANA)).isEmpty();
    }

    @Test
    void a_password_containing_the_username_is_refused() {
        assertThat(POLICY.problemWith("my-ana-secret-phrase", ANA)).contains("must not contain the username");
    }
}
