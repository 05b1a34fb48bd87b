package dev.backease.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class Argon2PasswordHasherTest {
    private static final String PASSWORD = "stiff lower back 42";
    /** Made by password4j 1.8.4 (this program's hasher until 2026-12-07) with the same parameters. */
    private static final String MADE_BY_PASSWORD4J =
            "$argon2id$v=19$m=19456,t=2,p=1$VH5kRNCA3mtv24zMTznVQQ$0yK+2wscnZSYnKmOfirjTGzUucyKQEgimwabhKp9gIg";

    private final Argon2PasswordHasher hasher = new Argon2PasswordHasher();

    @Test
    void a_hash_is_an_argon2id_phc_string_with_owasp_parameters_a_16_byte_salt_and_a_32_byte_hash() {
        String hash = hasher.hash(PASSWORD);

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(PASSWORD);
        String[] parts = hash.split("\\$");
        assertThat(parts).hasSize(6);
        assertThat(Base64.getDecoder().decode(parts[4])).hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[5])).hasSize(32);
    }

    @Test
    void the_same_password_is_hashed_with_a_new_salt_each_time_and_both_hashes_match_it() {
        String first = hasher.hash(PASSWORD);
        String second = hasher.hash(PASSWORD);

        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.matches(PASSWORD, first)).isTrue();
        assertThat(hasher.matches(PASSWORD, second)).isTrue();
    }

    @Test
    void a_wrong_password_does_not_match() {
        String hash = hasher.hash(PASSWORD);

        assertThat(hasher.matches("stiff lower back 43", hash)).isFalse();
        assertThat(hasher.matches("", hash)).isFalse();
    }

    @Test
    void hashes_stored_by_the_earlier_password4j_hasher_still_match() {
        assertThat(hasher.matches(PASSWORD, MADE_BY_PASSWORD4J)).isTrue();
        assertThat(hasher.matches("stiff lower back", MADE_BY_PASSWORD4J)).isFalse();
    }

    @Test
    void a_hash_made_with_other_parameters_is_checked_with_the_parameters_written_in_it() {
        String weaker = new org.springframework.security.crypto.argon2.Argon2PasswordEncoder(16, 32, 1, 8, 1)
                .encode(PASSWORD);

        assertThat(weaker).startsWith("$argon2id$v=19$m=8,t=1,p=1$");
        assertThat(hasher.matches(PASSWORD, weaker)).isTrue();
    }

    @Test
    void malformed_or_foreign_stored_hashes_never_match_and_never_throw() {
        String argon2i = MADE_BY_PASSWORD4J.replace("$argon2id$", "$argon2i$");
        assertThat(hasher.matches(PASSWORD, argon2i)).isFalse();
        assertThat(hasher.matches(PASSWORD, "$argon2id$v=19$m=19456,t=2,p=1$not base64!$x")).isFalse();
        assertThat(hasher.matches(PASSWORD, "$argon2id$v=19$garbage")).isFalse();
        assertThat(hasher.matches(PASSWORD, "")).isFalse();
        assertThat(hasher.matches(PASSWORD, null)).isFalse();
        assertThat(hasher.matches(PASSWORD, "$2a$10$abcdefghijklmnopqrstuu")).isFalse();
    }
}
