package org.openasc.performance;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One run at a time of an expensive read, per key, shared by the callers who ask while it waits to start. A caller
 * joins a run only if it has not started yet, so every caller gets a result read after they asked (nothing computed
 * earlier is handed out); callers arriving once a run has started form the next run, which starts when it ends.
 * Under load, however many people open the scorecard at once, the month in progress is read at most twice at a time
 * (one running, one waiting), not once each.
 */
final class SharedRuns<K, V> {

    /** A run waiting to start (its callers share it) and the lock each run holds while it runs. */
    private static final class Slot<V> {
        final ReentrantLock running = new ReentrantLock();
        CompletableFuture<V> waiting;
        int callers;
    }

    private final Map<K, Slot<V>> slots = new HashMap<>();

    V get(K key, Supplier<V> read) {
        Slot<V> slot;
        CompletableFuture<V> run;
        boolean leads;
        synchronized (slots) {
            slot = slots.computeIfAbsent(key, k -> new Slot<>());
            slot.callers++;
            leads = slot.waiting == null;
            if (leads) {
                slot.waiting = new CompletableFuture<>();
            }
            run = slot.waiting;
        }
        try {
            if (!leads) {
                return run.join();
            }
            slot.running.lock();
            try {
                synchronized (slots) {
                    // Started: anyone asking from now on waits for the next run.
                    slot.waiting = null;
                }
                V value = read.get();
                run.complete(value);
                return value;
            } catch (RuntimeException | Error e) {
                run.completeExceptionally(e);
                throw e;
            } finally {
                slot.running.unlock();
            }
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } finally {
            synchronized (slots) {
                if (--slot.callers == 0) {
                    slots.remove(key);
                }
            }
        }
    }
}
