package org.claimgraph.matrix;

/** What an operator does when a cell it needs is missing ({@code NaN}). */
public enum MissingPolicy {
    /** Throw {@link MissingCellException} naming the first missing cell. */
    FAIL,
    /** Leave the missing cell out, as documented per operator, and count it in the {@link Coverage}. */
    IGNORE
}
