package org.claimgraph.bench;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.*;
import java.util.*;
import org.claimgraph.testing.LargeNotes;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;

/**
 * Extract + map of two builds in one JVM, against commonmark-java parsing the same text: per round
 * parse, A, B, B, A, parse (ABBA), medians. Each build's classes ({@code target/classes} of a checkout)
 * load in a class loader of their own; Jena and commonmark are shared. Notes as in {@link LargeNoteBench}.
 * Run with the test classes and the dependencies on the class path, <em>not</em> {@code target/classes}
 * (the parent loader would then answer for both builds):
 * <pre>java -cp target/test-classes:$(cat target/cp.txt) org.claimgraph.bench.LargeNoteAbBench A_CLASSES B_CLASSES ROUNDS MB…</pre>
 *
 * <p>Before the first size, {@code -Dwarm=N} (default {@value #WARM}) rounds of parse, A and B on a
 * 0.2 MB note: with 3, as before, the first size (0.1 MB) was still timed while the JIT compiled (session
 * 10: parse and extract + map both ≈ 1.8× their time after 20 rounds), and with 20 it still was (session 13, B
 * = main at db19180: 0.1 MB extract + map 19–45 ms per round after 20 rounds, 11.6–14.2 after 200, 10.8 median
 * after 400; 1 MB 137, 107, 101 ms; parse 3.3, 2.8, 2.7 ms: two builds in two class loaders are twice the code
 * for the JIT to compile, and a round of 0.2 MB calls each method too few times). Times are taken in microseconds and
 * printed in ms (a 4 ms parse was truncated to whole ms). Before each size's timed rounds, {@code -Dsettle=N}
 * (default {@value #SETTLE}) untimed rounds on that size's note: session 11 saw the times of a new size fall for
 * several rounds (the heap grows to the size, the JIT meets longer texts), which moved the 4 → 16 MB ratio
 * between runs by almost 1. With {@code -Dgc=true}, a {@code System.gc()} (untimed) before every timed parse and
 * extract + map, so that each starts from a heap holding only the text (as the one note of a new process does)
 * instead of one that still holds the garbage of the calls before it (JMH's {@code -gc true}).
 */
public final class LargeNoteAbBench {
    static final int WARM = 400;

    /** Untimed rounds of parse, A and B on each size's own note before its timed rounds. */
    static final int SETTLE = 2;

    /** {@code -Dgc=true}: a collection before every timed call. */
    static final boolean GC = Boolean.getBoolean("gc");

    record Impl(Method extract, Method map) {
        long run(String text) throws Exception {
            LargeNoteBench.CountingSink s = new LargeNoteBench.CountingSink();
            map.invoke(null, extract.invoke(null, "big.md", text), s);
            return s.adds();
        }
    }

    static Impl load(String dir) throws Exception {
        ClassLoader cl =
                new URLClassLoader(new URL[] {Path.of(dir).toUri().toURL()}, LargeNoteAbBench.class.getClassLoader());
        Class<?> ex = cl.loadClass("org.claimgraph.extract.NoteExtractor");
        Class<?> model = cl.loadClass("org.claimgraph.extract.Model$Note");
        Class<?> nm = cl.loadClass("org.claimgraph.rdf.NoteMapper");
        if (ex.getClassLoader() != cl || nm.getClassLoader() != cl)
            throw new IllegalStateException("the build's classes are on the class path: both runs would use them");
        return new Impl(
                ex.getMethod("extract", String.class, String.class),
                nm.getMethod("map", model, org.apache.jena.graph.Graph.class));
    }

    interface Call {
        void run() throws Exception;
    }

    /** One timed call in microseconds, after a collection when {@code -Dgc=true}. */
    static long micros(Call c) throws Exception {
        if (GC) System.gc();
        long t0 = System.nanoTime();
        c.run();
        return (System.nanoTime() - t0) / 1_000;
    }

    public static void main(String[] a) throws Exception {
        if (a.length < 4) throw new IllegalArgumentException("A_CLASSES B_CLASSES ROUNDS MB...");
        Impl A = load(a[0]), B = load(a[1]);
        int rounds = Integer.parseInt(a[2]);
        List<String> ex = LargeNotes.examples();
        Parser parser =
                Parser.builder().extensions(List.of(TablesExtension.create())).build();
        String warm = LargeNotes.of(ex, 200_000);
        for (int i = 0, n = Integer.getInteger("warm", WARM); i < n; i++) {
            parser.parse(warm);
            A.run(warm);
            B.run(warm);
        }
        System.out.println("a collection before each timed call (-Dgc): " + GC);
        System.out.println(
                "| size MB | commonmark parse ms | A extract+map ms | B extract+map ms | A / parse | B / parse | B / A |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (int k = 3; k < a.length; k++) {
            String text = LargeNotes.of(ex, (long) (Double.parseDouble(a[k]) * 1_000_000));
            for (int i = 0, n = Integer.getInteger("settle", SETTLE); i < n; i++) {
                parser.parse(text);
                A.run(text);
                B.run(text);
            }
            List<Long> p = new ArrayList<>(), ta = new ArrayList<>(), tb = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                p.add(micros(() -> parser.parse(text)));
                ta.add(micros(() -> A.run(text)));
                tb.add(micros(() -> B.run(text)));
                tb.add(micros(() -> B.run(text)));
                ta.add(micros(() -> A.run(text)));
                p.add(micros(() -> parser.parse(text)));
            }
            long ca = A.run(text), cb = B.run(text);
            if (ca != cb) throw new IllegalStateException("triple counts differ " + ca + " " + cb);
            double mp = LargeNoteBench.median(p), ma = LargeNoteBench.median(ta), mb = LargeNoteBench.median(tb);
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %.1f | %.1f | %.1f | %.2f | %.2f | %.2f |%n",
                    a[k],
                    mp / 1000,
                    ma / 1000,
                    mb / 1000,
                    ma / mp,
                    mb / mp,
                    mb / ma);
            System.out.println("  µs: parse " + p + " A " + ta + " B " + tb);
        }
    }
}
