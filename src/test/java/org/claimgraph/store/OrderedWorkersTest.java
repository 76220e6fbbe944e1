package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Results come back in submission order whatever the tasks' durations; the window bounds what runs ahead. */
class OrderedWorkersTest {

    @Test
    void resultsKeepSubmissionOrderWhenLaterTasksFinishFirst() {
        List<Integer> seen = new ArrayList<>();
        try (OrderedWorkers<Integer> w = new OrderedWorkers<>(3, 5)) {
            for (int i = 0; i < 40; i++) {
                int n = i;
                w.submit(() -> {
                    Thread.sleep((40 - n) % 7); // early tasks tend to be the slow ones
                    return n;
                }, seen::add);
            }
            w.drain(seen::add);
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 40; i++) expected.add(i);
        assertEquals(expected, seen);
    }

    @Test
    void neverMoreThanTheWindowIsPending() {
        AtomicInteger submitted = new AtomicInteger();
        AtomicInteger consumed = new AtomicInteger();
        int window = 4;
        try (OrderedWorkers<Integer> w = new OrderedWorkers<>(2, window)) {
            for (int i = 0; i < 50; i++) {
                w.submit(submitted::incrementAndGet, r -> consumed.incrementAndGet());
                int ahead = (i + 1) - consumed.get();
                assertTrue(ahead <= window, "pending results: " + ahead);
            }
            w.drain(r -> consumed.incrementAndGet());
        }
        assertEquals(50, consumed.get());
    }

    @Test
    void aTaskFailureReachesTheCaller() {
        try (OrderedWorkers<Integer> w = new OrderedWorkers<>(2, 2)) {
            w.submit(() -> 1, r -> { });
            w.submit(() -> { throw new IllegalStateException("bad note"); }, r -> { });
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> w.drain(r -> { }));
            assertEquals("bad note", e.getMessage());
        }
    }
}
