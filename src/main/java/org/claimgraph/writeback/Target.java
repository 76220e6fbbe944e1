package org.claimgraph.writeback;

import org.claimgraph.extract.Model;

/** What a FILE:LINE names: an assessment of an existing block, or a claim that has no block yet. */
sealed interface Target {
    /** An assessment (with at least one status) of a provenance block. */
    record Existing(Model.ProvenanceBlock block, Model.Assessment assessment) implements Target {}

    /** A claim without provenance: a new block goes right after line {@code insertAfter}. */
    record Missing(Model.Claim claim, int insertAfter) implements Target {}
}
