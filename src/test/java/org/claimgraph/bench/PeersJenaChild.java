package org.claimgraph.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.claimgraph.validate.Audit;
import org.claimgraph.validate.PeerBenchData;
import org.claimgraph.validate.ShapesLoader;
import org.claimgraph.validate.Validation;

/**
 * claimgraph's side of the peer SHACL benchmark ({@code bench.PeersBench}), in its own JVM:
 *
 * <ul>
 *   <li>{@code core DATA.nt SHAPES.ttl RUNS WARMUPS REPORT}: the data graph and the Core-only shapes every
 *       engine reads, validated by {@code validate.Validation} (Jena SHACL, what {@code claimgraph validate}
 *       runs); the last report written as N-Triples to REPORT.</li>
 *   <li>{@code audit DATA.nq SHAPES_DIR RUNS WARMUPS}: today's full audit path, {@code Audit.run} over the
 *       ingested store (data graph built from the store, every shape including SHACL-SPARQL, the coverage and
 *       multiplier checks, findings).</li>
 * </ul>
 */
public final class PeersJenaChild {
    private PeersJenaChild() {}

    public static void main(String[] args) {
        ChildJvm.runAndExit(args, PeersJenaChild::run);
    }

    private static void run(String[] args) throws Exception {
        int runs = Integer.parseInt(args[3]);
        int warmups = Integer.parseInt(args[4]);
        if (args[0].equals("core")) core(args[1], args[2], runs, warmups, Path.of(args[5]));
        else audit(args[1], Path.of(args[2]), runs, warmups);
    }

    private static void core(String data, String shapesFile, int runs, int warmups, Path reportOut) throws Exception {
        long t0 = System.nanoTime();
        Graph g = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(g, data);
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(shapesFile));
        ChildJvm.result("loadMs", (System.nanoTime() - t0) / 1e6);
        ChildJvm.result("statements", g.size());
        ValidationReport last = null;
        for (int i = 0; i < warmups + runs; i++) {
            long s = System.nanoTime();
            last = Validation.validate(g, shapes);
            long e = System.nanoTime();
            if (i >= warmups) ChildJvm.result("validateMs", (e - s) / 1e6);
        }
        ChildJvm.result("results", last.getEntries().size());
        try (OutputStream out = Files.newOutputStream(reportOut)) {
            RDFDataMgr.write(out, last.getGraph(), Lang.NTRIPLES);
        }
        ChildJvm.result("peakRssMiB", Proc.peakRssMiB());
    }

    private static void audit(String data, Path shapesDir, int runs, int warmups) {
        long t0 = System.nanoTime();
        Dataset ds = DatasetFactory.createTxnMem();
        RDFDataMgr.read(ds, data);
        Graph shapes = ShapesLoader.graph(shapesDir);
        ChildJvm.result("loadMs", (System.nanoTime() - t0) / 1e6);
        Audit.Result last = null;
        for (int i = 0; i < warmups + runs; i++) {
            long s = System.nanoTime();
            last = Audit.run(ds, shapes, PeerBenchData.AS_OF, "en");
            long e = System.nanoTime();
            if (i >= warmups) ChildJvm.result("validateMs", (e - s) / 1e6);
        }
        ChildJvm.result(
                "results",
                last.findings().stream().filter(f -> f.focus() != null).count()); // one finding per SHACL result
        ChildJvm.result("findings", last.findings().size());
        ChildJvm.result("peakRssMiB", Proc.peakRssMiB());
    }
}
