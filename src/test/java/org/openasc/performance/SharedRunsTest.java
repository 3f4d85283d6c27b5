package org.openasc.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Callers share a reading only if it had not started when they asked; a failure reaches everyone who shared it. */
class SharedRunsTest {

    @Test
    void callersArrivingDuringARunShareTheNextOneNotTheRunningOne() throws Exception {
        SharedRuns<String, Integer> runs = new SharedRuns<>();
        AtomicInteger started = new AtomicInteger();
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Future<Integer> first = pool.submit(() -> runs.get("2026-12-02", () -> {
                int n = started.incrementAndGet();
                firstRunning.countDown();
                await(releaseFirst);
                return n;
            }));
            assertThat(firstRunning.await(10, TimeUnit.SECONDS)).isTrue();
            Future<Integer> second = pool.submit(() -> runs.get("2026-12-02", started::incrementAndGet));
            Future<Integer> third = pool.submit(() -> runs.get("2026-12-02", started::incrementAndGet));
            Thread.sleep(200);
            assertThat(started.get()).as("nobody starts while a run is going").isEqualTo(1);
            releaseFirst.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
            // Both asked while run 1 was going: they get a run started after they asked, and share it when it had not started.
            assertThat(second.get(10, TimeUnit.SECONDS)).isGreaterThan(1);
            assertThat(third.get(10, TimeUnit.SECONDS)).isGreaterThan(1);
            assertThat(started.get()).isBetween(2, 3);
            assertThat(runs.get("2026-12-02", started::incrementAndGet)).as("alone, a caller reads for itself").isEqualTo(started.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedRunFailsItsCallerAndTheNextCallerReadsAgain() {
        SharedRuns<String, Integer> runs = new SharedRuns<>();
        assertThatThrownBy(() -> runs.get("k", () -> {
            throw new IllegalStateException("no figure");
        })).isInstanceOf(IllegalStateException.class).hasMessage("no figure");
        assertThat(runs.get("k", () -> 7)).isEqualTo(7);
        assertThat(runs.get("other", () -> 8)).isEqualTo(8);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
