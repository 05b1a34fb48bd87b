package dev.backease.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConcurrencyGateTest {
    @Test
    void no_more_than_the_allowed_number_of_callers_work_at_once_and_every_caller_gets_its_answer() throws Exception {
        ConcurrencyGate gate = new ConcurrencyGate(2);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch allStarted = new CountDownLatch(8);
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int caller = i;
                answers.add(callers.submit(() -> {
                    allStarted.countDown();
                    allStarted.await();
                    return gate.run(() -> {
                        most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        sleep(20);
                        inside.decrementAndGet();
                        return caller;
                    });
                }));
            }
            for (int i = 0; i < 8; i++) {
                assertThat(answers.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(i);
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void a_failing_caller_gives_its_place_back() {
        ConcurrencyGate gate = new ConcurrencyGate(1);
        assertThatThrownBy(() -> gate.run(() -> {
            throw new IllegalStateException("broken");
        })).hasMessage("broken");

        assertThat(gate.run(() -> "next")).isEqualTo("next");
    }

    @Test
    void a_gate_that_lets_nobody_through_is_refused() {
        assertThatThrownBy(() -> new ConcurrencyGate(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
