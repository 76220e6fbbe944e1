package org.claimgraph.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs tasks on a few worker threads and hands their results to the caller in the order the
 * tasks were submitted, never more than {@code window} results ahead of it. Ingest uses it to
 * read, extract and map the next notes while the caller stores the previous ones: on a small
 * folder extraction, not storage, is what the bulk loader waits for (BENCHMARKS.md).
 *
 * @param <T> a task's result
 */
final class OrderedWorkers<T> implements AutoCloseable {
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ExecutorService pool;
    private final Deque<Future<T>> pending = new ArrayDeque<>();
    private final int window;

    /** {@code threads} workers; {@code window} results at most computed ahead of the consumer. */
    OrderedWorkers(int threads, int window) {
        int id = POOLS.incrementAndGet();
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "claimgraph-prepare-" + id + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.window = window;
    }

    /** Submits {@code task}; while {@code window} results are pending, the oldest goes to {@code done} first. */
    void submit(Callable<T> task, Consumer<T> done) {
        while (pending.size() >= window) done.accept(Futures.await(pending.removeFirst(), "reading notes"));
        pending.addLast(pool.submit(task));
    }

    /** Hands every pending result to {@code done}, in submission order. */
    void drain(Consumer<T> done) {
        while (!pending.isEmpty()) done.accept(Futures.await(pending.removeFirst(), "reading notes"));
    }

    /** Stops the workers; results nobody drained are dropped (the tasks only compute). */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
