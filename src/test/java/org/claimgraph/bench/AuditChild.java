package org.claimgraph.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.tdb2.sys.DatabaseConnection;
import org.claimgraph.cli.Main;
import org.claimgraph.store.Stores;
import org.claimgraph.validate.Audit;
import org.claimgraph.validate.CoreShapes;
import org.claimgraph.validate.DataGraph;
import org.claimgraph.validate.Finding;
import org.claimgraph.validate.ShapesLoader;
import picocli.CommandLine;

/**
 * Child JVM for the audit benchmark: {@code DB RUNS WARMUPS [core,full,alone]} (default {@code core,full}). Runs what a user runs,
 * {@code claimgraph audit --db DB --as-of 2025-12-01 --out FILE} (Markdown, the packaged shapes), through
 * the command line in-process, and the same with {@code --shapes} of the Core-only subset
 * ({@code validate.CoreShapes}), alternating, after {@code WARMUPS} rounds. Each command starts as a new
 * process would: the heap collected, the TDB2 database not connected (expelled after every command
 * whether the command let go of it or not). Per command: {@code *WallMs}, the whole command (open,
 * data graph, validation, audit graph written, report written); {@code *TimingMs}, the command's own
 * timing line (data graph built + validated, as {@code validated N notes in M ms} prints it);
 * {@code *GcMs}, collector time during the command ({@code core}: Core-only shapes, {@code full}: all). With {@code alone}: also the data graph built by
 * the child ({@code dataGraphMs}) and {@code Audit.run} over it timed alone with the store let go
 * ({@code *AloneMs}; the same code in every build, a control).
 */
public final class AuditChild {
    /** The fixed audit date of the SHACL benches, so date rules give the same results in every run. */
    private static final LocalDate AS_OF = ShaclChild.AS_OF;

    private static final Pattern TIMING = Pattern.compile("validated (\\d+) notes? in (\\d+) ms");

    private AuditChild() {}

    public static void main(String[] args) {
        ChildJvm.runAndExit(args, AuditChild::run);
    }

    private static void run(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        int warmups = Integer.parseInt(args[2]);
        Set<String> modes = Set.of((args.length > 3 ? args[3] : "core,full").split(","));
        boolean alone = modes.contains("alone");
        Path tmp = Files.createTempDirectory("audit-bench");
        Path coreDir = Files.createDirectories(tmp.resolve("core-shapes"));
        Graph allShapes = ShapesLoader.defaultShapesGraph();
        Graph coreShapes = CoreShapes.coreOnly(allShapes);
        try (var out = Files.newOutputStream(coreDir.resolve("core.ttl"))) {
            RDFDataMgr.write(out, coreShapes, RDFFormat.TURTLE);
        }
        Path report = tmp.resolve("audit.md");
        List<String> common =
                List.of("audit", "--db", db.toString(), "--as-of", AS_OF.toString(), "--out", report.toString());
        List<String> all = common;
        List<String> core = new ArrayList<>(common);
        core.addAll(List.of("--shapes", coreDir.toString()));
        Shapes allParsed = Shapes.parse(allShapes);
        Shapes coreParsed = Shapes.parse(coreShapes);
        ChildJvm.result("maxHeapMiB", Runtime.getRuntime().maxMemory() >> 20);
        for (int i = 0; i < warmups + runs; i++) {
            boolean measured = i >= warmups;
            if (modes.contains("core")) command(db, core, measured ? "core" : null);
            if (modes.contains("full")) command(db, all, measured ? "full" : null);
            if (alone) alone(db, coreShapes, coreParsed, allShapes, allParsed, measured);
        }
        ChildJvm.result("peakRssMiB", Proc.peakRssMiB());
    }

    /**
     * The validation alone, the store let go: the Core-only shapes over the whole graph once, then all shapes
     * over the whole graph ({@code Audit.run(Graph, …)}, W) and note by note ({@code Audit.run(Parts, …)}, P,
     * what {@code audit} runs) in the order W P P W, so that neither is always first after the collection; the child
     * fails when the two runs' findings differ (the same list in the same order, as {@code AuditPartsTest} asserts).
     */
    private static void alone(
            Path db, Graph coreShapes, Shapes coreParsed, Graph allShapes, Shapes allParsed, boolean measured) {
        expel(db);
        long d0 = System.nanoTime();
        Dataset ds = Stores.tdb2Existing(db);
        Graph data = DataGraph.of(ds, AS_OF);
        double dataMs = (System.nanoTime() - d0) / 1e6;
        DataGraph.Parts parts = DataGraph.parts(ds, AS_OF);
        expel(db);
        System.gc();
        long t0 = System.nanoTime();
        Audit.Result rc = Audit.run(data, coreShapes, coreParsed, AS_OF, "en");
        double coreMs = (System.nanoTime() - t0) / 1e6;
        List<Double> whole = new ArrayList<>(), byNote = new ArrayList<>();
        List<Finding> wholeFindings = null, partsFindings = null;
        for (boolean p : new boolean[] {false, true, true, false}) {
            System.gc();
            long s = System.nanoTime();
            Audit.Result r = p
                    ? Audit.run(parts, allShapes, allParsed, AS_OF, "en")
                    : Audit.run(data, allShapes, allParsed, AS_OF, "en");
            (p ? byNote : whole).add((System.nanoTime() - s) / 1e6);
            if (p) partsFindings = r.findings();
            else wholeFindings = r.findings();
        }
        if (!wholeFindings.equals(partsFindings))
            throw new IllegalStateException("the whole-graph and note-by-note audits differ: " + wholeFindings.size()
                    + " and " + partsFindings.size() + " findings");
        if (!measured) return;
        ChildJvm.result("dataGraphMs", dataMs);
        ChildJvm.result("triples", data.size());
        ChildJvm.result("coreAloneMs", coreMs);
        for (int i = 0; i < 2; i++) {
            ChildJvm.result("fullAloneMs", whole.get(i));
            ChildJvm.result("partsAloneMs", byNote.get(i));
        }
        ChildJvm.result("coreAloneFindings", rc.findings().size());
        ChildJvm.result("fullAloneFindings", wholeFindings.size());
    }

    /** One {@code claimgraph audit} in-process, as a new process would start it; results under {@code key} when measured. */
    private static void command(Path db, List<String> args, String key) {
        expel(db);
        System.gc();
        long gc0 = gcMillis();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        long t0 = System.nanoTime();
        int exit = cl.execute(args.toArray(String[]::new));
        long t1 = System.nanoTime();
        long gc = gcMillis() - gc0;
        if (exit != 0) throw new IllegalStateException("audit exited with " + exit + ": " + err);
        Matcher m = TIMING.matcher(err.toString());
        if (!m.find()) throw new IllegalStateException("no timing line in: " + err);
        if (key == null) return;
        ChildJvm.result(key + "WallMs", (t1 - t0) / 1e6);
        ChildJvm.result(key + "TimingMs", m.group(2));
        ChildJvm.result(key + "GcMs", gc);
        ChildJvm.result("notes", m.group(1));
        Matcher f = Pattern.compile("\\((\\d+) findings\\)").matcher(err.toString());
        if (f.find()) ChildJvm.result(key + "Findings", f.group(1));
    }

    /** Lets go of the database as a process exit would (a no-op when the command already did). */
    private static void expel(Path db) {
        DatabaseConnection.internalExpel(Location.create(db.toString()), false);
    }

    private static long gcMillis() {
        long ms = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans())
            ms += Math.max(0, b.getCollectionTime());
        return ms;
    }
}
