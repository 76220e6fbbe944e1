package org.claimgraph.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.extract.Model;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.NoteMapper;

/**
 * What {@link NoteProducer} hands to a {@link NoteSink} for one note: mapped (triples to store),
 * unchanged (same bytes and extractor as recorded: nothing to store), or failed (only a report).
 *
 * <p>A mapped note normally carries its extracted {@code note}, not its graph: the sink maps it
 * straight into the store ({@link #writeTo}, inside the write transaction), so the note's whole
 * graph is never built in memory first (for a large note the graph is ≈ 40× the file, the
 * extracted note ≈ 5×; BENCHMARKS.md "large notes"). A sink that needs a graph object (Graph
 * Store Protocol, the bulk loader) asks for {@link #inMemory}.
 *
 * @param path      the note's path relative to its root, '/' separated; null when the file never got one
 * @param graphName the note's named graph; null for a failed note
 * @param graph     the note's graph when it was built already (tests); else null
 * @param note      the extracted note, mapped when written; null unless mapped and {@code graph} is null
 * @param sha256    hex SHA-256 of the note's bytes; null for a failed note
 * @param report    what storing it will add to the run's report, without the counts of its triples
 *                  ({@link #reportFor} adds those from the written graph)
 */
record PreparedNote(String path, Node graphName, Graph graph, Model.Note note, String sha256, IngestReport report) {
    /** Triples per note line assumed before a note is mapped (the dense examples give ≈ 6). */
    static final int TRIPLES_PER_LINE = 8;

    /** A note whose graph was built already. */
    PreparedNote(String path, Node graphName, Graph graph, String sha256, IngestReport report) {
        this(path, graphName, graph, null, sha256, report);
    }

    static PreparedNote failed(IngestReport report) {
        return new PreparedNote(null, null, null, null, null, report);
    }

    static PreparedNote unchanged(String path, Node graphName, String sha256) {
        return new PreparedNote(path, graphName, null, null, sha256, IngestReport.unchangedNote());
    }

    /** An extracted note, mapped only when a sink writes it. */
    static PreparedNote extracted(Model.Note note, Node graphName, String sha256, IngestReport report) {
        return new PreparedNote(note.path(), graphName, null, note, sha256, report);
    }

    /** Triples to store. */
    boolean mapped() {
        return graph != null || note != null;
    }

    /** Recognised by its hash: nothing to store, nothing to tell the steps. */
    boolean unchanged() {
        return !mapped() && graphName != null;
    }

    /** The note's graph in memory: the one given, or the note mapped now into a fresh graph. */
    Graph inMemory() {
        return graph != null ? graph : NoteMapper.map(note);
    }

    /**
     * Adds the note's triples to {@code target} (the store's graph of the note, inside a write
     * transaction) as the mapper makes them. A failure of the mapper (not of the store) becomes a
     * {@link StoreException} saying so.
     */
    void writeTo(Graph target) {
        if (graph != null) {
            GraphUtil.addInto(target, graph);
            return;
        }
        try {
            NoteMapper.map(note, target);
        } catch (StoreException | org.apache.jena.shared.JenaException e) {
            throw e; // the store's own failure (a full disk …), not the mapper's
        } catch (RuntimeException e) {
            throw new StoreException("could not be mapped to RDF (" + e + ")", e);
        }
    }

    /** Roughly how many triples the note makes (to size write batches before mapping). */
    long estimatedTriples() {
        return graph != null ? graph.size() : (long) TRIPLES_PER_LINE * note.lineCount();
    }

    /** {@link #report} with the claims, status assertions and triples counted in {@code written}. */
    IngestReport reportFor(Graph written) {
        return report.plus(new IngestReport(
                IngestReport.NoteCounts.NONE,
                new IngestReport.Written(
                        count(written, CG.Claim), 0, count(written, CG.StatusAssertion), written.size()),
                java.util.List.of(),
                java.util.List.of()));
    }

    private static int count(Graph g, Node type) {
        return (int) g.stream(Node.ANY, RDF.type.asNode(), type).count();
    }
}
