package dev.backease.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.junit.jupiter.api.Test;

/** The request threads: as many as asked, none parked apart, so every request waits in one queue. */
class ThreadPoolTest {
    @Test
    void has_the_threads_asked_for_and_keeps_none_in_reserve() throws Exception {
        QueuedThreadPool pool = WebServer.threadPool(8);
        pool.start();
        try {
            assertThat(pool.getMaxThreads()).isEqualTo(8);
            assertThat(pool.getName()).isEqualTo("backease-http");
            // Reserved threads let the thread that finds a ready connection run it out of turn.
            assertThat(pool.getReservedThreads()).isZero();
            assertThat(pool.tryExecute(() -> {})).as("a task handed to a reserved thread").isFalse();

            CountDownLatch ran = new CountDownLatch(1);
            pool.execute(ran::countDown);
            assertThat(ran.await(5, TimeUnit.SECONDS)).as("a queued task runs").isTrue();
            assertThat(pool.getAvailableReservedThreads()).isZero();
        } finally {
            pool.stop();
        }
    }
}
