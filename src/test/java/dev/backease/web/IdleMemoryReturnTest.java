package dev.backease.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.account.TestClock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IdleMemoryReturnTest {
    private final TestClock clock = new TestClock("2026-11-25T10:00:00Z");
    private final AtomicInteger collections = new AtomicInteger();
    private final IdleMemoryReturn idle = new IdleMemoryReturn(clock, Duration.ofSeconds(15), collections::incrementAndGet);

    @Test
    void a_server_that_saw_no_requests_is_left_alone() {
        clock.advance(Duration.ofMinutes(5));

        assertThat(idle.check()).isFalse();
        assertThat(collections).hasValue(0);
    }

    @Test
    void memory_is_given_back_once_the_server_has_been_quiet_for_the_whole_period_after_a_burst() {
        idle.requestSeen();
        clock.advance(Duration.ofSeconds(14));
        assertThat(idle.check()).as("still within the quiet period").isFalse();

        clock.advance(Duration.ofSeconds(1));
        assertThat(idle.check()).isTrue();
        assertThat(collections).hasValue(1);
    }

    @Test
    void a_long_quiet_spell_costs_one_collection_not_one_per_check() {
        idle.requestSeen();
        clock.advance(Duration.ofSeconds(20));
        idle.check();
        clock.advance(Duration.ofMinutes(10));
        idle.check();

        assertThat(collections).hasValue(1);
    }

    @Test
    void requests_that_keep_coming_put_it_off_and_the_next_quiet_spell_collects_again() {
        idle.requestSeen();
        clock.advance(Duration.ofSeconds(20));
        idle.check();
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofSeconds(5));
            idle.requestSeen();
            assertThat(idle.check()).isFalse();
        }
        clock.advance(Duration.ofSeconds(15));

        assertThat(idle.check()).isTrue();
        assertThat(collections).hasValue(2);
    }
}
