package dev.backease.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
    private final TestClock clock = new TestClock("2026-11-20T10:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle(new InMemorySignInFailures(), clock);
    private final Username ana = Username.of("ana");

    @Test
    void four_failures_do_not_lock_the_account() {
        fail(4, "10.0.0.1");
        assertThat(throttle.lockedFor(ana, "10.0.0.1")).isEmpty();
    }

    @Test
    void five_failures_in_fifteen_minutes_lock_the_account_for_fifteen_minutes_from_any_address() {
        fail(5, "10.0.0.1");
        assertThat(throttle.lockedFor(ana, "10.0.0.2")).contains(Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.lockedFor(ana, "10.0.0.2")).contains(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.lockedFor(ana, "10.0.0.2")).isEmpty();
    }

    @Test
    void failures_spread_over_more_than_the_window_do_not_lock() {
        for (int i = 0; i < 6; i++) {
            throttle.failed(ana, "10.0.0.1");
            clock.advance(Duration.ofMinutes(4));
        }
        assertThat(throttle.lockedFor(ana, "10.0.0.1")).isEmpty();
    }

    @Test
    void one_address_guessing_many_names_is_locked_after_twenty_failures() {
        for (int i = 0; i < 20; i++) {
            throttle.failed(Username.of("user" + i), "10.0.0.9");
        }
        assertThat(throttle.lockedFor(Username.of("someone-else"), "10.0.0.9")).isPresent();
        assertThat(throttle.lockedFor(Username.of("someone-else"), "10.0.0.10")).isEmpty();
    }

    @Test
    void a_correct_password_clears_the_count_for_the_name() {
        fail(4, "10.0.0.1");
        throttle.succeeded(ana);
        fail(4, "10.0.0.1");
        assertThat(throttle.lockedFor(ana, "10.0.0.1")).isEmpty();
    }

    private void fail(int times, String client) {
        for (int i = 0; i < times; i++) {
            throttle.failed(ana, client);
        }
    }
}
