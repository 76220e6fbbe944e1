package org.claimgraph.extract;

/** Limits shared by the readers. */
final class NoteExtractorLimits {
    private NoteExtractorLimits() {}

    /** Longest line the readers analyse; longer lines are reported as unparsed with their length. */
    static final int MAX_LINE = 100_000;
}
