package org.claimgraph.store;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.Iris;

/**
 * The content hashes the store recorded for its notes, in the named graph
 * {@value Iris#INGEST_GRAPH}: {@code <note graph> cg:contentSha256 "hex" ; cg:extractorFingerprint "hex"}.
 * A separate small graph, not triples in the note graphs, so that every existing query, count and
 * shape over the note graphs answers as before. A note is unchanged when both values equal its
 * file's SHA-256 and {@link ExtractorFingerprint#value()} and its graph is still there (a graph
 * dropped by another writer, e.g. SPARQL Update or the history import, is written again). A graph
 * replaced by another writer under the same name (a GSP PUT) is not noticed: the next
 * ingest of an unchanged file leaves that graph as it is. Every method runs inside the caller's
 * transaction.
 */
final class RecordedHashes {
    private RecordedHashes() {}

    static final Node GRAPH = NodeFactory.createURI(Iris.INGEST_GRAPH);

    /** Note graph → recorded SHA-256, for the notes written by the current extractor. */
    static Map<Node, String> current(DatasetGraph dsg) {
        Node fp = NodeFactory.createLiteralString(ExtractorFingerprint.value());
        Map<Node, String> out = new HashMap<>();
        Iterator<Quad> it = dsg.find(GRAPH, Node.ANY, CG.contentSha256, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            if (dsg.contains(GRAPH, q.getSubject(), CG.extractorFingerprint, fp) && dsg.containsGraph(q.getSubject()))
                out.put(q.getSubject(), q.getObject().getLiteralLexicalForm());
        }
        return out;
    }

    /**
     * Note graph → recorded SHA-256 under the current extractor, read from a copy of the ingest graph
     * (a remote store's, {@link GspSink}); only notes whose graph is among {@code existing} count.
     */
    static Map<Node, String> current(org.apache.jena.graph.Graph ingest, java.util.Set<String> existing) {
        Node fp = NodeFactory.createLiteralString(ExtractorFingerprint.value());
        Map<Node, String> out = new HashMap<>();
        ingest.find(Node.ANY, CG.contentSha256, Node.ANY).forEachRemaining(t -> {
            Node g = t.getSubject();
            if (g.isURI()
                    && existing.contains(g.getURI())
                    && ingest.contains(g, CG.extractorFingerprint, fp)
                    && t.getObject().isLiteral()) out.put(g, t.getObject().getLiteralLexicalForm());
        });
        return out;
    }

    /** The two triples {@link #record} writes for one note, in a graph of hashes (a remote store's copy). */
    static void record(org.apache.jena.graph.Graph ingest, Node graphName, String sha256) {
        ingest.remove(graphName, Node.ANY, Node.ANY);
        for (Quad q : quads(graphName, sha256)) ingest.add(q.asTriple());
    }

    /** The SHA-256 recorded for {@code graphName} under the current extractor, or null. */
    static String current(DatasetGraph dsg, Node graphName) {
        Node fp = NodeFactory.createLiteralString(ExtractorFingerprint.value());
        if (!dsg.contains(GRAPH, graphName, CG.extractorFingerprint, fp) || !dsg.containsGraph(graphName)) return null;
        Iterator<Quad> it = dsg.find(GRAPH, graphName, CG.contentSha256, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }

    /** Whether the store recorded {@code sha256} for {@code graphName} under the current extractor. */
    static boolean isCurrent(DatasetGraph dsg, Node graphName, String sha256) {
        return sha256 != null
                && dsg.contains(GRAPH, graphName, CG.contentSha256, NodeFactory.createLiteralString(sha256))
                && dsg.contains(
                        GRAPH,
                        graphName,
                        CG.extractorFingerprint,
                        NodeFactory.createLiteralString(ExtractorFingerprint.value()))
                && dsg.containsGraph(graphName);
    }

    /** Replaces what is recorded for {@code graphName}; a null {@code sha256} records nothing. */
    static void record(DatasetGraph dsg, Node graphName, String sha256) {
        forget(dsg, graphName);
        if (sha256 == null) return;
        for (Quad q : quads(graphName, sha256)) dsg.add(q);
    }

    /** Drops what is recorded for {@code graphName}. */
    static void forget(DatasetGraph dsg, Node graphName) {
        dsg.deleteAny(GRAPH, graphName, Node.ANY, Node.ANY);
    }

    /** The quads {@link #record} writes, for the bulk loader. */
    static List<Quad> quads(Node graphName, String sha256) {
        return List.of(
                Quad.create(GRAPH, graphName, CG.contentSha256, NodeFactory.createLiteralString(sha256)),
                Quad.create(
                        GRAPH,
                        graphName,
                        CG.extractorFingerprint,
                        NodeFactory.createLiteralString(ExtractorFingerprint.value())));
    }
}
