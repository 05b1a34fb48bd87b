package dev.backease.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UsernameTest {
    @Test
    void a_name_is_case_insensitive_so_two_people_cannot_share_it_by_changing_case() {
        assertThat(Username.of("  Ana.Lopez ")).isEqualTo(Username.of("ana.lopez"));
    }

    @Test
    void a_name_must_be_three_to_thirty_two_characters() {
        assertThat(Username.problemWith("ab")).contains("must be 3 to 32 characters");
        assertThat(Username.problemWith("a".repeat(33))).contains("must be 3 to 32 characters");
        assertThat(Username.problemWith("abc")).isEmpty();
    }

    @Test
    void a_name_with_spaces_or_symbols_is_refused() {
        assertThat(Username.problemWith("ana lopez")).isPresent();
        assertThat(Username.problemWith("ana<script>")).isPresent();
        assertThat(Username.problemWith("-ana")).isPresent();
        assertThat(Username.problemWith("")).contains("is required");
    }
}
