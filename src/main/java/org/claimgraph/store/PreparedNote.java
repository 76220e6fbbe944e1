package org.claimgraph.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * What {@link NoteProducer} hands to a {@link NoteSink} for one note: mapped (a graph to store),
 * unchanged (same bytes and extractor as recorded: nothing to store), or failed (only a report).
 *
 * @param path      the note's path relative to its root, '/' separated; null when the file never got one
 * @param graphName the note's named graph; null for a failed note
 * @param graph     the note's new graph; null unless mapped
 * @param sha256    hex SHA-256 of the note's bytes; null for a failed note
 * @param report    what storing it will add to the run's report
 */
record PreparedNote(String path, Node graphName, Graph graph, String sha256, IngestReport report) {
    static PreparedNote failed(IngestReport report) {
        return new PreparedNote(null, null, null, null, report);
    }

    static PreparedNote unchanged(String path, Node graphName, String sha256) {
        return new PreparedNote(path, graphName, null, sha256, IngestReport.unchangedNote());
    }

    /** A graph to store. */
    boolean mapped() {
        return graph != null;
    }

    /** Recognised by its hash: nothing to store, nothing to tell the steps. */
    boolean unchanged() {
        return graph == null && graphName != null;
    }
}
