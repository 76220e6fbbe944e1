package org.claimgraph.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Writes batches on one background thread while the caller prepares the next one, so that
 * reading, extracting and mapping notes overlaps the TDB2 write transactions (BENCHMARKS.md:
 * extraction and mapping were ≈ 20 % of a 1 000-note ingest, done while the store sat idle).
 * Reports come back in the order they were added. At most {@link #MAX_QUEUED} batches wait for
 * the writer, so memory stays bounded however large the folder: the caller blocks instead.
 * Every write runs on the same thread, so a store's write transactions never overlap.
 *
 * @param <B> a batch, as {@code write} takes it
 */
final class BackgroundWriter<B> implements AutoCloseable {
    /** Batches handed over but not yet written; one being written plus one ready is enough on two cores. */
    static final int MAX_QUEUED = 2;

    private final Function<B, IngestReport> write;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "claimgraph-ingest-writer");
        t.setDaemon(true);
        return t;
    });
    private final List<Future<IngestReport>> reports = new ArrayList<>();
    private final Deque<Future<IngestReport>> queued = new ArrayDeque<>();

    /** {@code write} stores one batch and returns its report; it should not throw (a throw is passed on by {@link #total}). */
    BackgroundWriter(Function<B, IngestReport> write) {
        this.write = write;
    }

    /** A report for something that never reaches the writer (a note that failed before it could be stored). */
    void add(IngestReport report) {
        reports.add(CompletableFuture.completedFuture(report));
    }

    /** Hands {@code batch} to the writer; blocks while {@link #MAX_QUEUED} batches are waiting already. */
    void submit(B batch) {
        while (queued.size() >= MAX_QUEUED) await(queued.removeFirst());
        Future<IngestReport> f = thread.submit(() -> write.apply(batch));
        queued.addLast(f);
        reports.add(f);
    }

    /** Waits for every batch and adds up all reports, in the order they were added or submitted. */
    IngestReport total() {
        IngestReport total = IngestReport.empty();
        for (Future<IngestReport> f : reports) total = total.plus(await(f));
        return total;
    }

    /** Waits until the writer is idle, so that nobody touches the store after the caller returns. */
    @Override
    public void close() {
        thread.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (thread.awaitTermination(1, TimeUnit.MINUTES)) break;
            } catch (InterruptedException e) {
                interrupted = true; // the write in progress must finish or abort on its own; keep waiting
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    /** The report of {@code f}; what the write threw comes out as it was (a RuntimeException or an Error). */
    private static IngestReport await(Future<IngestReport> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while notes were being written; what was committed stays", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error err) throw err;
            throw new StoreException("writing notes failed: " + cause, cause);
        }
    }
}
