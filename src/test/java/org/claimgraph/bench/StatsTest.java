package org.claimgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The harness's statistics, checked against values worked out by hand. */
class StatsTest {
    @Test
    void medianMinMaxOfOddAndEvenSamples() {
        assertEquals(new Stats(3, 1, 9, 5), Stats.of(9, 1, 3, 4, 2));
        assertEquals(new Stats(2.5, 1, 4, 4), Stats.of(4, 1, 3, 2));
        assertThrows(IllegalArgumentException.class, Stats::of);
    }

    @Test
    void nearestRankPercentiles() {
        long[] v = {50, 10, 40, 20, 30, 60, 70, 80, 90, 100, 0, 0};
        assertEquals(50, Stats.percentile(v, 10, 50));
        assertEquals(100, Stats.percentile(v, 10, 99));
        assertEquals(10, Stats.percentile(v, 10, 1));
        assertEquals(Double.NaN, Stats.percentile(v, 0, 50));
    }

    @Test
    void formatShowsMedianAndRange() {
        assertEquals("2.0 (1.0–4.0)", Stats.of(1, 2, 4).format(1));
    }
}
