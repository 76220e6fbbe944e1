package org.claimgraph.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.DatabaseConnection;
import org.claimgraph.store.NotePipeline;
import org.claimgraph.store.Stores;

/**
 * Child JVM for the ingest benchmark. Modes:
 * <ul>
 * <li>{@code export NOTES OUT.nq} — ingest into memory, write every quad as N-Quads (the baseline's input),
 * and print the rows of {@code queries/stats.rq} and {@code queries/status-counts.rq} when present;</li>
 * <li>{@code build NOTES DIR} — ingest into a TDB2 store that is kept (for the server benchmarks);</li>
 * <li>{@code claimgraph NOTES WARM RUNS TMP [KEEP]} — {@code NotePipeline.ingest} into a fresh TDB2 per run
 * (the bulk-loader path of a first ingest); the last run's store is moved to {@code KEEP} when given;</li>
 * <li>{@code claimgraph-batched NOTES WARM RUNS TMP} — the same into a fresh TDB2 that holds one stand-in
 * note, so the batched path (64 notes per transaction on a background writer) runs; the stand-in
 * note is written and dropped inside the timing;</li>
 * <li>{@code loader-phased|loader-basic|loader-sequential FILE.nq WARM.nq RUNS TMP} — Jena's TDB2 bulk loader
 * (the {@code tdb2.tdbloader --loader=…} code path) into a fresh TDB2 per run.</li>
 * </ul>
 * Warm-up: two untimed runs on {@code WARM} (a smaller input) first. Prints {@code ms} per run,
 * {@code quads} (named-graph quads: claimgraph writes nothing to the stored default graph) and {@code peakRssMiB} (VmHWM of this JVM, warm-up included).
 */
public final class IngestChild {
    /** The loaders report progress through this; the benchmark keeps them quiet. */
    private static final org.apache.jena.system.progress.MonitorOutput QUIET = (fmt, a) -> {};

    /** The stand-in note of {@code claimgraph-batched}. */
    private static final String SEED_NOTE = "zz-bench-seed.md";

    private IngestChild() {}

    public static void main(String[] args) {
        ChildJvm.runAndExit(args, IngestChild::run);
    }

    private static void run(String[] args) throws Exception {
        String mode = args[0];
        if (mode.equals("export")) {
            export(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        if (mode.equals("build")) {
            Dataset ds = Stores.tdb2(Path.of(args[2]));
            long t0 = System.nanoTime();
            var report = NotePipeline.of(ds).ingest(List.of(Path.of(args[1])));
            ChildJvm.result("ms", (System.nanoTime() - t0) / 1e6);
            ChildJvm.result("failures", report.failures().size());
            ChildJvm.result("quads", countQuads(ds.asDatasetGraph()));
            return;
        }
        Path input = Path.of(args[1]);
        Path warm = Path.of(args[2]);
        int runs = Integer.parseInt(args[3]);
        Path tmp = Path.of(args[4]);
        Path keep = args.length > 5 && !args[5].isEmpty() ? Path.of(args[5]) : null;
        for (int i = 0; i < 2; i++) {
            once(mode, warm, tmp.resolve("warm-" + i));
            deleteTree(tmp.resolve("warm-" + i + ".kept"));
        }
        long quads = 0;
        for (int i = 0; i < runs; i++) {
            Path dir = tmp.resolve("run-" + i);
            long[] r = once(mode, input, dir);
            ChildJvm.result("ms", r[0] / 1e6);
            quads = r[1];
            Path kept = dir.resolveSibling(dir.getFileName() + ".kept");
            if (keep != null && i == runs - 1) {
                // the last run's store is kept for the server benchmarks
                Files.createDirectories(keep.getParent());
                deleteTree(keep);
                Files.move(kept, keep);
            } else {
                deleteTree(kept);
            }
        }
        ChildJvm.result("quads", quads);
        ChildJvm.result("peakRssMiB", Proc.peakRssMiB());
    }

    /**
     * One run: a fresh store, then the timed part (open, load, commit), then, untimed, the quad
     * count. Returns {nanoseconds, quads}; the store is left at {@code DIR.kept}.
     */
    static long[] once(String mode, Path input, Path dir) throws IOException {
        deleteTree(dir);
        Files.createDirectories(dir);
        long quads;
        long nanos;
        long t0 = System.nanoTime();
        if (mode.startsWith("claimgraph")) {
            Dataset ds = Stores.tdb2(dir);
            boolean batched = mode.equals("claimgraph-batched");
            // a store that holds a note already takes the batched path (no bulk loader); the
            // stand-in note is dropped again so both modes store the same quads
            if (batched)
                NotePipeline.of(ds).ingestText(SEED_NOTE, "# seed\n\nA note that makes the store non-empty.\n");
            var report = NotePipeline.of(ds).ingest(List.of(input));
            if (batched) NotePipeline.of(ds).drop(SEED_NOTE);
            nanos = System.nanoTime() - t0;
            if (!report.failures().isEmpty()) {
                System.err.println("ingest failures: " + report.failures().size() + " first: "
                        + report.failures().get(0));
            }
            quads = countQuads(ds.asDatasetGraph());
        } else {
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
            DataLoader loader = switch (mode) {
                case "loader-phased" -> LoaderFactory.phasedLoader(dsg, QUIET);
                case "loader-basic" -> LoaderFactory.basicLoader(dsg, QUIET);
                case "loader-sequential" -> LoaderFactory.sequentialLoader(dsg, QUIET);
                default -> throw new IllegalArgumentException("mode " + mode);
            };
            loader.startBulk();
            try {
                loader.load(input.toString());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            nanos = System.nanoTime() - t0;
            quads = countQuads(dsg);
        }
        DatabaseConnection.internalExpel(Location.create(dir), false);
        Path kept = dir.resolveSibling(dir.getFileName() + ".kept");
        deleteTree(kept);
        Files.move(dir, kept); // the caller deletes or keeps it, outside the timed part
        return new long[] {nanos, quads};
    }

    static long countQuads(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            var it = dsg.findNG(
                    org.apache.jena.graph.Node.ANY,
                    org.apache.jena.graph.Node.ANY,
                    org.apache.jena.graph.Node.ANY,
                    org.apache.jena.graph.Node.ANY);
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    private static void export(Path notes, Path out) throws IOException {
        Dataset ds = Stores.inMemory();
        var report = NotePipeline.of(ds).ingest(List.of(notes));
        ChildJvm.result("failures", report.failures().size());
        try (OutputStream os = Files.newOutputStream(out)) {
            DatasetGraph dsg = ds.asDatasetGraph();
            Txn.executeRead(
                    dsg,
                    () -> RDFDataMgr.writeQuads(
                            os,
                            dsg.findNG(
                                    org.apache.jena.graph.Node.ANY,
                                    org.apache.jena.graph.Node.ANY,
                                    org.apache.jena.graph.Node.ANY,
                                    org.apache.jena.graph.Node.ANY)));
        }
        ChildJvm.result("quads", countQuads(ds.asDatasetGraph()));
        ChildJvm.result("claims", report.claims());
        ChildJvm.result("blocks", report.provenanceBlocks());
        ChildJvm.result("statusAssertions", report.statusAssertions());
        for (String q : List.of("stats", "status-counts")) {
            Path file = Path.of("queries", q + ".rq");
            if (!Files.exists(file)) continue;
            String text = Files.readString(file);
            Txn.executeRead(ds, () -> {
                try (var qe = org.apache.jena.query.QueryExecutionFactory.create(text, ds)) {
                    var rs = qe.execSelect();
                    while (rs.hasNext()) {
                        var b = rs.next();
                        StringBuilder row = new StringBuilder();
                        b.varNames().forEachRemaining(v -> {
                            var n = b.get(v);
                            row.append(row.length() == 0 ? "" : ";")
                                    .append(v)
                                    .append('=')
                                    .append(n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                        });
                        ChildJvm.result("query." + q, row.toString().replace(',', ' '));
                    }
                }
            });
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
