package org.claimgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.claimgraph.extract.NoteExtractor;
import org.claimgraph.rdf.NoteMapper;
import org.claimgraph.store.IngestReport;
import org.claimgraph.store.NotePipeline;
import org.claimgraph.store.Stores;
import org.claimgraph.testing.LargeNotes;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;

/**
 * Large notes: extract + map against commonmark-java parsing the same text, in one JVM, ABBA order
 * (parse, ours, ours, parse) repeated {@code -Drounds=N} times (default 1), medians. Notes are the
 * project's own examples ({@code examples/*.md}) repeated up to 0.1, 1, 4 and 16 MB (UTF-8 bytes).
 * "Ours" maps into a sink that counts the triples and keeps none, as ingest does since the mapper
 * writes straight into the store's graph (storing them is the store's cost, not extraction's).
 *
 * <p>Memory, above the heap in use before the run (after a full GC, the note's text already held):
 * <ul>
 *   <li>peak (sampled): one more extract + map into the sink while another thread runs a full
 *       collection every {@value #SAMPLE_MS} ms and records the heap in use after it: live data
 *       only (no garbage), sampled, so a spike shorter than the interval can be missed;</li>
 *   <li>peak into TDB2: the same sampling while {@code NotePipeline.ingestText} stores the note in a
 *       new TDB2 database in a temporary folder (the real write path), for notes up to
 *       {@code -Dtdb.mb=4} MB;</li>
 *   <li>graph: the note's graph as an in-memory Jena graph (what ingest built before it mapped into
 *       the store), held after the run.</li>
 * </ul>
 * <pre>bench/large-notes.sh [sizes in MB …]</pre>
 */
public final class LargeNoteBench {
    static final int ROUNDS = Integer.getInteger("rounds", 1);
    static final int SAMPLE_MS = 100;
    static final double TDB_MB = Double.parseDouble(System.getProperty("tdb.mb", "4"));

    public static void main(String[] args) throws Exception {
        List<String> examples = LargeNotes.examples();
        double[] sizesMb = args.length > 0
                ? Arrays.stream(args).mapToDouble(Double::parseDouble).toArray()
                : new double[] {0.1, 1, 4, 16};
        Parser parser =
                Parser.builder().extensions(List.of(TablesExtension.create())).build();
        // warm-up: the JIT compiles extractor, mapper and parser on a small note first, as many rounds as
        // LargeNoteAbBench (-Dwarm=N, default 20): with 3, the first size was timed while the JIT still compiled
        String warm = LargeNotes.of(examples, 200_000);
        for (int i = 0, n = Integer.getInteger("warm", LargeNoteAbBench.WARM); i < n; i++) {
            parser.parse(warm);
            extractAndMap(warm);
        }
        System.out.println("| size MB | lines | commonmark parse ms | extract+map ms | ratio | peak MB (x file)"
                + " | peak into TDB2 MB (x file) | graph in memory MB (x file) | triples |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (double mb : sizesMb) {
            String text = LargeNotes.of(examples, (long) (mb * 1_000_000));
            long bytes = text.getBytes(StandardCharsets.UTF_8).length;
            List<Long> parse = new ArrayList<>(), ours = new ArrayList<>();
            long[] adds = new long[1];
            for (int r = 0; r < ROUNDS; r++) {
                parse.add(micros(() -> parser.parse(text)));
                ours.add(micros(() -> adds[0] = extractAndMap(text)));
                ours.add(micros(() -> adds[0] = extractAndMap(text)));
                parse.add(micros(() -> parser.parse(text)));
            }
            long peak = sampledPeak(() -> extractAndMap(text));
            long tdbPeak = mb <= TDB_MB ? sampledPeak(() -> intoTdb2(text)) : -1;
            long base = usedAfterGc();
            Graph kept = NoteMapper.map(NoteExtractor.extract("big.md", text));
            long graph = usedAfterGc() - base;
            if (adds[0] < kept.size()) throw new IllegalStateException("the sink got fewer triples than the graph");
            double p = median(parse) / 1000, o = median(ours) / 1000;
            System.out.printf(
                    Locale.ROOT,
                    "| %.1f | %d | %.1f | %.1f | %.2f | %s | %s | %s | %d |%n",
                    bytes / 1e6,
                    text.lines().count(),
                    p,
                    o,
                    o / p,
                    mbTimes(peak, bytes),
                    tdbPeak < 0 ? "–" : mbTimes(tdbPeak, bytes),
                    mbTimes(graph, bytes),
                    kept.size());
        }
    }

    private static String mbTimes(long used, long bytes) {
        return String.format(Locale.ROOT, "%.0f (%.0fx)", used / 1e6, (double) used / bytes);
    }

    /** Extracts and maps {@code text} into a sink that keeps no triple; the number of triples added. */
    static long extractAndMap(String text) {
        CountingSink sink = new CountingSink();
        NoteMapper.map(NoteExtractor.extract("big.md", text), sink);
        return sink.adds();
    }

    /** The real write path: the note stored in a new TDB2 database in a temporary folder. */
    static void intoTdb2(String text) {
        Path dir;
        try {
            dir = Files.createTempDirectory("large-note-tdb2");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Dataset ds = Stores.tdb2(dir);
        try {
            IngestReport r = NotePipeline.of(ds).ingestText("big.md", text);
            // problems in the examples (half-written blocks) are reported as failures; the note is stored
            if (r.notes() != 1 || r.triples() == 0)
                throw new IllegalStateException(r.failures().toString());
        } finally {
            org.apache.jena.tdb2.sys.TDBInternal.expel(Stores.tdb2Underneath(ds.asDatasetGraph()));
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder())
                        .forEach(f -> f.toFile().delete());
            } catch (java.io.IOException e) {
                System.err.println("could not delete " + dir + ": " + e);
            }
        }
    }

    /**
     * The largest heap in use after a full collection, minus the heap in use before, while {@code r}
     * runs; a thread collects every {@value #SAMPLE_MS} ms (live data only, sampled).
     */
    static long sampledPeak(Runnable r) throws InterruptedException {
        long base = usedAfterGc();
        AtomicLong peak = new AtomicLong(base);
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        Thread sampler = new Thread(() -> {
            while (!done.get()) {
                peak.accumulateAndGet(usedAfterGc(), Math::max);
                try {
                    Thread.sleep(SAMPLE_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        try {
            r.run();
        } finally {
            done.set(true);
            sampler.join();
        }
        return peak.get() - base;
    }

    /** A graph that keeps no triple, only counts the adds (the mapper repeats a few triples). */
    static final class CountingSink extends org.apache.jena.graph.impl.GraphBase {
        private long adds;

        @Override
        public void performAdd(org.apache.jena.graph.Triple t) {
            adds++;
        }

        @Override
        protected org.apache.jena.util.iterator.ExtendedIterator<org.apache.jena.graph.Triple> graphBaseFind(
                org.apache.jena.graph.Triple m) {
            return org.apache.jena.util.iterator.NullIterator.instance();
        }

        long adds() {
            return adds;
        }
    }

    /** Microseconds {@code r} took (a 0.1 MB parse takes a few ms: whole ms were too coarse). */
    static long micros(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return (System.nanoTime() - t0) / 1_000;
    }

    static double median(List<Long> xs) {
        long[] a = xs.stream().mapToLong(Long::longValue).sorted().toArray();
        return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2.0;
    }

    static long usedAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(b -> b.getType() == MemoryType.HEAP)
                .mapToLong(b -> b.getUsage().getUsed())
                .sum();
    }
}
