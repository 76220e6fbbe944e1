package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The minimum request data rate as {@link BodyLimit} applies it: from the first read of the body,
 * after a grace period. Jetty's own rate counted from the start of the request and answered 408 to
 * a normal 300-byte body that a loaded machine read 0.3 s after its headers.
 */
class BodyRateTest {
    private static final long RATE = 1024;

    private static long ms(long n) {
        return TimeUnit.MILLISECONDS.toNanos(n);
    }

    @Test
    void aSmallBodyReadLateIsNotTooSlow() {
        assertFalse(BodyLimit.tooSlow(ms(300), 300, RATE), "300 bytes after 0.3 s: within the grace period");
        assertFalse(BodyLimit.tooSlow(ms(1_999), 1, RATE), "anything within the grace period");
    }

    @Test
    void aTrickleIsCutAfterTheGracePeriod() {
        assertTrue(BodyLimit.tooSlow(ms(3_000), 6, RATE), "2 bytes/s for 3 s");
        assertTrue(BodyLimit.tooSlow(ms(2_500), 100, RATE), "100 bytes in 0.5 s past the grace period is < 512");
    }

    @Test
    void aBodyAtTheRateOrFasterPasses() {
        assertFalse(BodyLimit.tooSlow(ms(3_000), 1024, RATE), "1 KiB one second past the grace period");
        assertFalse(BodyLimit.tooSlow(ms(10_000), 64 * 1024, RATE), "64 KiB in 10 s");
    }

    @Test
    void noMinimumMeansNeverTooSlow() {
        assertFalse(BodyLimit.tooSlow(ms(60_000), 0, 0));
    }
}
