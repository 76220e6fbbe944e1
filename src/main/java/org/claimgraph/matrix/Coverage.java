package org.claimgraph.matrix;

/**
 * How many of the cells an operator needed were present. {@code needed} counts the cells that
 * enter the formula (for weighted sums: the cells with a non-zero weight), {@code present} those
 * among them that were not missing.
 */
public record Coverage(long present, long needed) {
    public Coverage {
        if (present < 0 || needed < 0 || present > needed)
            throw new IllegalArgumentException("coverage " + present + "/" + needed);
    }

    /** {@code present / needed}, or 1 when nothing was needed. */
    public double fraction() {
        return needed == 0 ? 1.0 : (double) present / needed;
    }

    /** True when no needed cell was missing. */
    public boolean complete() {
        return present == needed;
    }

    public long missing() {
        return needed - present;
    }

    @Override
    public String toString() {
        return present + "/" + needed + " cells present";
    }
}
