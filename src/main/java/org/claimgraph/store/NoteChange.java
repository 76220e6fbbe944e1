package org.claimgraph.store;

import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * One note's graph as it was and as it becomes in one write: the unit that every in-transaction
 * step ({@link ChangeStep}: history events, incremental audit) works from. The diff between
 * {@code before} and {@code after} is what a step needs; both are read-only, in-memory graphs.
 *
 * @param path      the note's path relative to its notes folder (forward slashes), as in its graph IRI
 * @param graphName the note's named graph
 * @param before    the graph the store held for the note before this write; empty when the note is new
 * @param after     the graph the note gets; empty when the note was removed
 * @param sha256    hex SHA-256 of the note file's bytes; null when the note was removed
 */
public record NoteChange(String path, Node graphName, Graph before, Graph after, String sha256) {
    public NoteChange {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(graphName, "graphName");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** The note did not exist in the store before this write. */
    public boolean added() {
        return before.isEmpty() && !after.isEmpty();
    }

    /** The note's file is gone: its graph is dropped. */
    public boolean removed() {
        return sha256 == null;
    }
}
