package org.claimgraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.claimgraph.extract.NoteExtractor;
import org.claimgraph.rdf.NoteMapper;
import org.claimgraph.store.NotePipeline;
import org.claimgraph.store.Stores;
import org.claimgraph.testing.LargeNotes;
import org.claimgraph.validate.DataGraph;
import org.claimgraph.validate.ShapesLoader;
import org.claimgraph.validate.Validation;

/**
 * The shapes of two folders over the data graph of one large note, in one JVM: per round A, B, B, A
 * (ABBA), medians. The data graph is built once per size, as {@code audit} builds it
 * ({@link DataGraph#of(Graph, LocalDate)}: note, ontology, audit parameters, derived {@code
 * cga:enclosedBy}), and both sides validate it with {@link Validation#results} as {@code audit} does.
 * Notes as in {@link LargeNoteBench} (the examples repeated to the size), or, where a size is a folder, the notes
 * in it (a {@code gen-corpus} output) ingested into memory. Every round checks that both
 * sides give the same results (focus node, severity, message, value, path; counted, as a multiset).
 * <pre>java -Xmx6g -cp target/classes:target/test-classes:$(cat target/cp.txt) org.claimgraph.bench.LargeNoteAuditBench A_SHAPES_DIR B_SHAPES_DIR ROUNDS MB_OR_FOLDER…</pre>
 */
public final class LargeNoteAuditBench {
    private LargeNoteAuditBench() {}

    public static void main(String[] a) throws Exception {
        if (a.length < 4) throw new IllegalArgumentException("A_SHAPES_DIR B_SHAPES_DIR ROUNDS MB_OR_FOLDER...");
        Shapes shapesA = ShapesLoader.shapes(Path.of(a[0])), shapesB = ShapesLoader.shapes(Path.of(a[1]));
        int rounds = Integer.parseInt(a[2]);
        List<String> ex = LargeNotes.examples();
        Graph warm = data(LargeNotes.of(ex, 50_000));
        for (int i = 0; i < 5; i++) {
            Validation.results(warm, shapesA);
            Validation.results(warm, shapesB);
        }
        System.out.println("| size MB or folder | triples | A ms | B ms | B / A | results |");
        System.out.println("|---|---|---|---|---|---|");
        for (int k = 3; k < a.length; k++) {
            Graph data = Files.isDirectory(Path.of(a[k]))
                    ? corpus(Path.of(a[k]))
                    : data(LargeNotes.of(ex, (long) (Double.parseDouble(a[k]) * 1_000_000)));
            List<Long> ta = new ArrayList<>(), tb = new ArrayList<>();
            Map<String, Integer> ra = null, rb = null;
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                ra = key(Validation.results(data, shapesA));
                long t1 = System.nanoTime();
                rb = key(Validation.results(data, shapesB));
                long t2 = System.nanoTime();
                rb = key(Validation.results(data, shapesB));
                long t3 = System.nanoTime();
                ra = key(Validation.results(data, shapesA));
                long t4 = System.nanoTime();
                ta.add((t1 - t0) / 1_000_000);
                ta.add((t4 - t3) / 1_000_000);
                tb.add((t2 - t1) / 1_000_000);
                tb.add((t3 - t2) / 1_000_000);
                if (!ra.equals(rb))
                    throw new IllegalStateException("A and B give different results at " + a[k] + " MB");
            }
            int n = ra.values().stream().mapToInt(Integer::intValue).sum();
            double ma = LargeNoteBench.median(ta), mb = LargeNoteBench.median(tb);
            System.out.printf(
                    Locale.ROOT, "| %s | %d | %.0f | %.0f | %.3f | %d |%n", a[k], data.size(), ma, mb, mb / ma, n);
            System.out.println("  ms: A " + ta + " B " + tb);
        }
    }

    private static Graph data(String text) {
        Graph g = GraphFactory.createDefaultGraph();
        NoteMapper.map(NoteExtractor.extract("big.md", text), g);
        return DataGraph.of(g, LocalDate.of(2026, 12, 4));
    }

    /** A folder of notes (a generated corpus) ingested into memory, and its data graph as {@code audit} builds it. */
    private static Graph corpus(Path dir) {
        Dataset ds = Stores.inMemory();
        NotePipeline.of(ds).ingest(List.of(dir));
        return DataGraph.of(ds, LocalDate.of(2026, 12, 4));
    }

    /** The results as a multiset of what a reader sees (the shapes' own nodes differ between two parses). */
    private static Map<String, Integer> key(List<ReportEntry> entries) {
        Map<String, Integer> m = new TreeMap<>();
        for (ReportEntry e : entries)
            m.merge(
                    e.focusNode() + "|" + e.severity().level() + "|" + e.message() + "|" + e.value() + "|"
                            + e.resultPath(),
                    1,
                    Integer::sum);
        return m;
    }
}
