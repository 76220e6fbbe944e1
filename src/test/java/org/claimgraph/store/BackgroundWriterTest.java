package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The writer behind a folder ingest: reports in the order they were added, never more than
 * {@link BackgroundWriter#MAX_QUEUED} batches waiting, every write on one thread, errors passed
 * on, and nothing still writing once it is closed.
 */
class BackgroundWriterTest {

    private static IngestReport failure(String where) {
        return IngestReport.failed(where, "test");
    }

    @Test
    void reportsComeBackInTheOrderTheyWereAdded() {
        List<String> written = new ArrayList<>();
        IngestReport total;
        try (BackgroundWriter<String> w = new BackgroundWriter<>(b -> {
            written.add(b);
            return failure("batch " + b);
        })) {
            w.add(failure("early"));
            w.submit("1");
            w.add(failure("between"));
            w.submit("2");
            w.submit("3");
            total = w.total();
        }
        assertEquals(List.of("1", "2", "3"), written);
        assertEquals(
                List.of("early", "batch 1", "between", "batch 2", "batch 3"),
                total.failures().stream().map(IngestReport.Failure::location).toList());
    }

    @Test
    void submitBlocksWhileTheQueueIsFull() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger started = new AtomicInteger();
        BackgroundWriter<Integer> w = new BackgroundWriter<>(b -> {
            started.incrementAndGet();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return IngestReport.empty();
        });
        AtomicBoolean thirdAccepted = new AtomicBoolean();
        Thread producer = new Thread(() -> {
            for (int i = 0; i < BackgroundWriter.MAX_QUEUED; i++) w.submit(i);
            w.submit(99);
            thirdAccepted.set(true);
        });
        producer.start();
        producer.join(500);
        assertTrue(
                producer.isAlive(),
                "the producer must wait while " + BackgroundWriter.MAX_QUEUED + " batches are queued");
        assertFalse(thirdAccepted.get());
        release.countDown();
        producer.join(30_000);
        assertTrue(thirdAccepted.get());
        w.total();
        w.close();
        assertEquals(BackgroundWriter.MAX_QUEUED + 1, started.get());
    }

    @Test
    void everyWriteRunsOnTheSameThreadButNotTheCallers() {
        List<Thread> threads = new ArrayList<>();
        try (BackgroundWriter<Integer> w = new BackgroundWriter<>(b -> {
            synchronized (threads) {
                threads.add(Thread.currentThread());
            }
            return IngestReport.empty();
        })) {
            for (int i = 0; i < 10; i++) w.submit(i);
            w.total();
        }
        assertEquals(10, threads.size());
        for (Thread t : threads) assertSame(threads.get(0), t);
        assertTrue(threads.get(0) != Thread.currentThread());
    }

    @Test
    void anErrorInTheWriterReachesTheCaller() {
        try (BackgroundWriter<Integer> w = new BackgroundWriter<>(b -> {
            if (b == 2) throw new OutOfMemoryError("simulated");
            return IngestReport.empty();
        })) {
            w.submit(1);
            w.submit(2);
            OutOfMemoryError e = assertThrows(OutOfMemoryError.class, w::total);
            assertEquals("simulated", e.getMessage());
        }
    }

    @Test
    void closeWaitsForTheWriteInProgress() throws Exception {
        CountDownLatch inWrite = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        BackgroundWriter<Integer> w = new BackgroundWriter<>(b -> {
            inWrite.countDown();
            try {
                release.await(); // the write runs until the test lets it end
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            finished.set(true);
            return IngestReport.empty();
        });
        w.submit(1);
        assertTrue(inWrite.await(3, TimeUnit.MINUTES));
        AtomicBoolean finishedWhenCloseReturned = new AtomicBoolean();
        // no total(): the caller gave up, e.g. after an exception of its own
        Thread closer = new Thread(() -> {
            w.close();
            finishedWhenCloseReturned.set(finished.get());
        });
        closer.start();
        // the event: close() is blocked (waiting) or, if it does not wait, already returned
        org.claimgraph.testing.Eventually.await(
                "close() waits or returns",
                () -> closer.getState() == Thread.State.WAITING
                        || closer.getState() == Thread.State.TIMED_WAITING
                        || closer.getState() == Thread.State.TERMINATED);
        release.countDown();
        closer.join();
        assertTrue(finishedWhenCloseReturned.get(), "close returned while a write was still running");
    }
}
