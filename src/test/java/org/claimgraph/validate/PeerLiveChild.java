package org.claimgraph.validate;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.claimgraph.bench.ChildJvm;
import org.claimgraph.rdf.Iris;

/**
 * Child JVM of the peer benchmark's incremental part: {@code NOTES SEED EDITS ROUNDS all|core}. Loads the
 * generated corpus into an in-memory store with a stored full audit ({@link LiveAuditHarness#load}), then, ROUNDS
 * times, applies each of the {@link PeerBenchData#edits} (the same one-note edits RDF4J gets) the way the one
 * write path does (replace the note's graph and run {@link LiveAudit} in one write transaction) and undoes it the
 * same way. Prints the live step's time ({@code stepMs}, what {@code ingest} reports as "re-validated 1 note in N
 * ms"), the whole write ({@code writeMs}), and the note's findings after the edit. {@code core}: the live audit
 * runs the Core-only shapes (the ones RDF4J gets); {@code all}: the shipped shapes.
 */
public final class PeerLiveChild {
    private PeerLiveChild() {}

    public static void main(String[] args) {
        ChildJvm.runAndExit(args, PeerLiveChild::run);
    }

    private static void run(String[] args) {
        int n = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        int count = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        Graph all = ShapesLoader.graph(Path.of("shapes"));
        Graph shapes = args[4].equals("core") ? CoreShapes.coreOnly(all) : all;
        Map<String, String> corpus = CorpusEdits.corpus(n, seed);
        List<Map.Entry<String, String>> edits = PeerBenchData.edits(corpus, count);
        LiveAuditHarness h = new LiveAuditHarness(shapes, PeerBenchData.AS_OF);
        long t0 = System.nanoTime();
        h.load(corpus);
        ChildJvm.result("loadAndAuditMs", (System.nanoTime() - t0) / 1e6);
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < edits.size(); k++) {
                String path = edits.get(k).getKey();
                measure("", h, Map.of(path, edits.get(k).getValue()), k, r, path);
                measure("undo", h, Map.of(path, corpus.get(path)), k, r, path);
            }
        }
    }

    private static void measure(
            String prefix, LiveAuditHarness h, Map<String, String> change, int k, int r, String path) {
        long w0 = System.nanoTime();
        LiveAudit.Outcome o = h.apply(change);
        double write = (System.nanoTime() - w0) / 1e6;
        if (o.skipped() || o.full()) throw new IllegalStateException("the live audit did not run incrementally: " + o);
        ChildJvm.result(prefix + "stepMs", o.millis());
        ChildJvm.result(prefix + "writeMs", write);
        if (prefix.isEmpty())
            ChildJvm.result("edit", k + " round=" + r + " notes=" + o.notes() + " findings=" + findings(h, path));
    }

    private static int findings(LiveAuditHarness h, String path) {
        Node note = NodeFactory.createURI(Iris.noteIri(path));
        return Txn.calculateRead(
                h.ds,
                () -> h.ds.asDatasetGraph()
                        .getGraph(AuditGraph.NAME)
                        .find(Node.ANY, CGA.note, note)
                        .toList()
                        .size());
    }
}
