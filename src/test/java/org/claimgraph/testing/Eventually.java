package org.claimgraph.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waiting on an event that has no latch to count down (a file watcher, another process, an HTTP
 * server): polls the condition until it holds. The deadline is generous on purpose
 * ({@link #DEADLINE}): it can only fail a test that would otherwise hang, never make a slow but
 * correct run fail or a wrong run pass. No test asserts how fast something happened.
 */
public final class Eventually {
    private Eventually() {}

    /** Long enough for a loaded 2-core machine running several builds at once. */
    public static final Duration DEADLINE = Duration.ofMinutes(3);

    /** Polls {@code condition} until it is true; fails naming {@code what} after {@link #DEADLINE}. */
    public static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) fail("never happened within " + DEADLINE.toMinutes() + " min: " + what);
            Thread.sleep(25);
        }
    }
}
