package dev.backease.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretsTest {
    @Test
    void a_secret_carries_256_random_bits_and_is_never_repeated() {
        String a = Secrets.newSecret();
        assertThat(Base64.getUrlDecoder().decode(a)).hasSize(32);
        assertThat(Secrets.newSecret()).isNotEqualTo(a);
    }

    @Test
    void only_the_sha256_digest_is_kept_and_it_does_not_contain_the_secret() {
        String secret = Secrets.newSecret();
        assertThat(Secrets.digest(secret)).hasSize(64).doesNotContain(secret).isEqualTo(Secrets.digest(secret));
    }
}
