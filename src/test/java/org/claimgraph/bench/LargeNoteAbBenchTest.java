package org.claimgraph.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LargeNoteAbBenchTest {
    @Test
    void growthPerRoundDividesTheSameRoundsCalls() {
        // round 1: 4 MB calls 100 + 100, 16 MB 400 + 440; round 2, on a machine twice as slow: 200 + 200, 900 + 700
        double[] r = LargeNoteAbBench.perRound(List.of(100L, 100L, 200L, 200L), List.of(400L, 440L, 900L, 700L));
        assertArrayEquals(new double[] {4.2, 4.0}, r, 1e-12);
    }

    @Test
    void sizesOrderIsOneOfTwoWords() {
        assertTrue(LargeNoteAbBench.interleaved("interleaved"));
        assertFalse(LargeNoteAbBench.interleaved("sequential"));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> LargeNoteAbBench.interleaved("interleave"));
        assertTrue(e.getMessage().contains("-Dsizes=interleave:"), e.getMessage());
    }

    @Test
    void refusesSamplesThatAreNotTwoPerRound() {
        assertThrows(
                IllegalArgumentException.class,
                () -> LargeNoteAbBench.perRound(List.of(1L, 2L, 3L), List.of(1L, 2L, 3L)));
        assertThrows(
                IllegalArgumentException.class,
                () -> LargeNoteAbBench.perRound(List.of(1L, 2L), List.of(1L, 2L, 3L, 4L)));
    }
}
