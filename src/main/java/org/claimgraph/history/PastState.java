package org.claimgraph.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.rdf.CGH;
import org.claimgraph.rdf.Iris;

/**
 * The store's named graphs as they were at an earlier time, rebuilt in memory from the current
 * graphs by undoing, newest first, every note version written after that time: its added triples
 * are taken out, its removed triples put back, and a note that was new is dropped. Graphs that
 * history does not track (ontology, parameters) are copied as they are; the history and audit
 * graphs are left out.
 */
public final class PastState {
    private PastState() {}

    /** A note version written by a run at {@code time}. */
    private record Version(Instant time, String runIri, String path, boolean newNote, String added, String removed) {}

    /** The named graphs of {@code current} as they were at {@code t}, as a new in-memory dataset. */
    public static Dataset at(Dataset current, Instant t) {
        DatasetGraph out = DatasetGraphFactory.createTxnMem();
        Node audit = NodeFactory.createURI(Iris.AUDIT_GRAPH);
        List<Version> later = new ArrayList<>();
        Txn.executeRead(current, () -> {
            DatasetGraph dsg = current.asDatasetGraph();
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (g.equals(CGH.historyGraph) || g.equals(audit)) return;
                Graph copy = out.getGraph(g);
                dsg.getGraph(g).find().forEachRemaining(copy::add);
            });
            later.addAll(versionsAfter(dsg.getGraph(CGH.historyGraph), t));
        });
        later.sort(Comparator.comparing(Version::time)
                .thenComparing(Version::runIri)
                .reversed());
        for (Version v : later) undo(out, v);
        return DatasetFactory.wrap(out);
    }

    private static void undo(DatasetGraph out, Version v) {
        Node gn = NodeFactory.createURI(Iris.graphIri(v.path()));
        if (v.newNote()) {
            out.removeGraph(gn);
            return;
        }
        Graph g = out.getGraph(gn);
        if (v.added() != null) TripleText.read(v.added()).find().forEachRemaining(g::delete);
        if (v.removed() != null) TripleText.read(v.removed()).find().forEachRemaining(g::add);
    }

    private static List<Version> versionsAfter(Graph h, Instant t) {
        List<Version> out = new ArrayList<>();
        h.find(Node.ANY, RDF.type.asNode(), CGH.NoteVersion).forEachRemaining(x -> {
            Node v = x.getSubject();
            Node run = HistoryQuery.one(h, v, CGH.wasGeneratedBy);
            Instant time = run == null ? null : StatusTimeline.instant(HistoryQuery.one(h, run, CGH.startedAtTime));
            if (time == null || !time.isAfter(t)) return;
            Node isNew = HistoryQuery.one(h, v, CGH.newNote);
            out.add(new Version(
                    time,
                    run.getURI(),
                    lex(HistoryQuery.one(h, v, CGH.path)),
                    isNew != null && "true".equals(isNew.getLiteralLexicalForm()),
                    lexOrNull(HistoryQuery.one(h, v, CGH.addedTriples)),
                    lexOrNull(HistoryQuery.one(h, v, CGH.removedTriples))));
        });
        return out;
    }

    /** The times of the recorded runs, oldest first. Call inside a read transaction. */
    public static List<Instant> runTimes(Graph history) {
        List<Instant> out = new ArrayList<>();
        history.find(Node.ANY, RDF.type.asNode(), CGH.Run).forEachRemaining(t -> {
            Instant i = StatusTimeline.instant(HistoryQuery.one(history, t.getSubject(), CGH.startedAtTime));
            if (i != null) out.add(i);
        });
        out.sort(null);
        return out;
    }

    private static String lex(Node n) {
        return n == null ? "" : n.getLiteralLexicalForm();
    }

    private static String lexOrNull(Node n) {
        return n == null ? null : n.getLiteralLexicalForm();
    }
}
