package org.claimgraph.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
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
 *
 * <p>With {@code -Dcpu=true}, a second table: per build and size the medians, over the same timed calls,
 * of the calling thread's user and system CPU and minor page faults ({@code /proc/thread-self/stat}, in
 * clock ticks of 10 ms), the whole process's user and system CPU and minor faults ({@code /proc/self/stat}:
 * the collector's threads too), the collectors' time and count (GC MXBeans: pauses and, for G1, concurrent
 * cycles' pauses) and the MB the thread allocated (HotSpot's thread MXBean), and the per-step growth of each
 * median. It separates what the machine charges for memory (system time, faults, collections) from the work
 * of the code (the thread's user time, its allocation). The first table is the same with or without it. The
 * JVM's flags are printed first: the 16 MB step moves with the heap's settings and the page size (sessions
 * 14, 21, 23).
 *
 * <p>With {@code -Dsizes=interleaved}, every round runs every size (ascending, then descending in the next
 * round) instead of all rounds of one size before the next, and a third table gives each step's growth per
 * round (the larger size's time over the smaller's in the same round, median and range): session 25 saw this
 * machine run every call ≈ 1.5× slower for minutes at a time, which the sequential order charges to whichever
 * size is being timed then.
 *
 * <p>The issue 18 goal figures are taken, since session 25, with the heap fixed and touched before the first
 * call ({@code java -Xms6g -Xmx6g -XX:+AlwaysPreTouch …}). With the JVM's default heap, which starts at 1/64 of
 * the machine's memory and grows while the 16 MB note is timed, slow 16 MB calls took 4 000–290 000 minor page
 * faults of memory the collector had just committed and ran 1.5–2.5× as long as the calls without; the
 * 4 → 16 MB step then measured 3.0–7.0× with the same classes, depending on which calls the growth fell into
 * ({@code -Dcpu.raw}, session 25).
 */
public final class LargeNoteAbBench {
    static final int WARM = 400;

    /** Untimed rounds of parse, A and B on each size's own note before its timed rounds. */
    static final int SETTLE = 2;

    /** {@code -Dgc=true}: a collection before every timed call. */
    static final boolean GC = Boolean.getBoolean("gc");

    /** {@code -Dcpu=true}: CPU, faults and collections per timed call (a second table). */
    static final boolean CPU = Boolean.getBoolean("cpu");

    /**
     * {@code -Dcpu.raw=true} (with {@code -Dcpu}): every timed call's counters as a line, with the JVM's uptime at
     * its start, to set beside {@code -Xlog:gc} (whose stamps are uptime too).
     */
    static final boolean RAW = Boolean.getBoolean("cpu.raw");

    /** Columns of the second table, in the order {@link #counters()} returns them. */
    static final String[] COLS = {
        "wall ms",
        "thread user ms",
        "thread sys ms",
        "thread minflt",
        "proc user ms",
        "proc sys ms",
        "proc minflt",
        "GC ms",
        "GCs",
        "alloc MB"
    };

    /** Fields 10 (minflt), 14 (utime) and 15 (stime) of a {@code /proc/…/stat} line, ticks as ms. */
    static long[] stat(String file) {
        try {
            String l = Files.readString(Path.of(file));
            String[] f = l.substring(l.lastIndexOf(')') + 2).split(" ");
            // f[0] is field 3 (state)
            return new long[] {Long.parseLong(f[7]), Long.parseLong(f[11]) * 10, Long.parseLong(f[12]) * 10};
        } catch (Exception e) {
            return new long[] {0, 0, 0};
        }
    }

    /** The calling thread's allocated bytes (HotSpot's thread MXBean), or 0. */
    static long allocated() {
        return ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                ? t.getCurrentThreadAllocatedBytes()
                : 0;
    }

    /**
     * Wall µs (0 here), thread user, sys ms, minflt, process user, sys ms, minflt, GC ms, GC count, MB the
     * thread allocated.
     */
    static long[] counters() {
        long[] t = stat("/proc/thread-self/stat"), p = stat("/proc/self/stat");
        long gcMs = 0, gcs = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcMs += Math.max(0, b.getCollectionTime());
            gcs += Math.max(0, b.getCollectionCount());
        }
        return new long[] {0, t[1], t[2], t[0], p[1], p[2], p[0], gcMs, gcs, allocated()};
    }

    /** Per-call counter deltas by cell ("A 16"), when {@code -Dcpu=true}. */
    static final Map<String, List<long[]>> SAMPLES = new LinkedHashMap<>();

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
        return micros(null, c);
    }

    /** The same; with {@code -Dcpu=true} the call's counters are kept under {@code cell}. */
    static long micros(String cell, Call c) throws Exception {
        if (GC) System.gc();
        long[] c0 = CPU && cell != null ? counters() : null;
        long t0 = System.nanoTime();
        c.run();
        long us = (System.nanoTime() - t0) / 1_000;
        if (c0 != null) {
            long[] c1 = counters();
            for (int i = 0; i < c1.length; i++) c1[i] -= c0[i];
            c1[0] = us;
            c1[9] /= 1_000_000;
            SAMPLES.computeIfAbsent(cell, k -> new ArrayList<>()).add(c1);
            if (RAW)
                System.out.println("raw " + cell + " at "
                        + (ManagementFactory.getRuntimeMXBean().getUptime() - us / 1000) + " ms: "
                        + Arrays.toString(c1));
        }
        return us;
    }

    static double medianOf(List<long[]> xs, int col) {
        List<Long> v = new ArrayList<>();
        for (long[] x : xs) v.add(x[col]);
        return LargeNoteBench.median(v) / (col == 0 ? 1000.0 : 1.0);
    }

    /** The second table: medians per cell, then each median's growth from one size to the next. */
    static void printCounters(List<String> sizes) {
        System.out.println();
        System.out.println("per timed call, medians (-Dcpu): " + String.join(" | ", COLS));
        System.out.println("| call | size MB | n | " + String.join(" | ", COLS) + " |");
        System.out.println("|---|---|---|" + "---|".repeat(COLS.length));
        for (String who : List.of("parse", "A", "B"))
            for (String mb : sizes) {
                List<long[]> xs = SAMPLES.get(who + " " + mb);
                StringBuilder b = new StringBuilder("| " + who + " | " + mb + " | " + xs.size() + " |");
                for (int i = 0; i < COLS.length; i++) b.append(String.format(Locale.ROOT, " %.1f |", medianOf(xs, i)));
                System.out.println(b);
            }
        System.out.println();
        System.out.println("growth of the medians from one size to the next");
        System.out.println("| call | step | " + String.join(" | ", COLS) + " |");
        System.out.println("|---|---|" + "---|".repeat(COLS.length));
        for (String who : List.of("parse", "A", "B"))
            for (int k = 1; k < sizes.size(); k++) {
                List<long[]> lo = SAMPLES.get(who + " " + sizes.get(k - 1)), hi = SAMPLES.get(who + " " + sizes.get(k));
                StringBuilder b =
                        new StringBuilder("| " + who + " | " + sizes.get(k - 1) + " → " + sizes.get(k) + " |");
                for (int i = 0; i < COLS.length; i++) {
                    double l = medianOf(lo, i), h = medianOf(hi, i);
                    b.append(l > 0 ? String.format(Locale.ROOT, " %.2f× |", h / l) : " – |");
                }
                System.out.println(b);
            }
    }

    /**
     * {@code -Dsizes=interleaved}: every size's untimed settle rounds first, then each timed round runs every
     * size, ascending in even rounds and descending in odd ones (ABBA over the sizes, as over the builds), so
     * that the sizes' medians come from the same minutes of the machine and the same heap. The default
     * ({@code sequential}) times all rounds of one size before the next size's note is made.
     */
    static final boolean INTERLEAVED = interleaved(System.getProperty("sizes", "sequential"));

    /** {@code -Dsizes}: "interleaved" or "sequential"; anything else is refused, naming the two. */
    static boolean interleaved(String sizes) {
        return switch (sizes) {
            case "interleaved" -> true;
            case "sequential" -> false;
            default ->
                throw new IllegalArgumentException(
                        "-Dsizes=" + sizes + ": use -Dsizes=interleaved or -Dsizes=sequential (the default)");
        };
    }

    static String text(List<String> ex, String mb) {
        return LargeNotes.of(ex, (long) (Double.parseDouble(mb) * 1_000_000));
    }

    static void settle(Parser parser, Impl A, Impl B, String text) throws Exception {
        for (int i = 0, n = Integer.getInteger("settle", SETTLE); i < n; i++) {
            parser.parse(text);
            A.run(text);
            B.run(text);
        }
    }

    /** One timed round on one size: parse, A, B, B, A, parse; the microseconds kept under "parse 4" etc. */
    static void round(Parser parser, Impl A, Impl B, String size, String text, Map<String, List<Long>> us)
            throws Exception {
        List<Long> p = us.computeIfAbsent("parse " + size, k -> new ArrayList<>()),
                ta = us.computeIfAbsent("A " + size, k -> new ArrayList<>()),
                tb = us.computeIfAbsent("B " + size, k -> new ArrayList<>());
        p.add(micros("parse " + size, () -> parser.parse(text)));
        ta.add(micros("A " + size, () -> A.run(text)));
        tb.add(micros("B " + size, () -> B.run(text)));
        tb.add(micros("B " + size, () -> B.run(text)));
        ta.add(micros("A " + size, () -> A.run(text)));
        p.add(micros("parse " + size, () -> parser.parse(text)));
    }

    /** One row of the first table; both builds must make the same number of triples. */
    static void report(Impl A, Impl B, String size, String text, Map<String, List<Long>> us) throws Exception {
        long ca = A.run(text), cb = B.run(text);
        if (ca != cb) throw new IllegalStateException("triple counts differ " + ca + " " + cb);
        List<Long> p = us.get("parse " + size), ta = us.get("A " + size), tb = us.get("B " + size);
        double mp = LargeNoteBench.median(p), ma = LargeNoteBench.median(ta), mb = LargeNoteBench.median(tb);
        System.out.printf(
                Locale.ROOT,
                "| %s | %.1f | %.1f | %.1f | %.2f | %.2f | %.2f |%n",
                size,
                mp / 1000,
                ma / 1000,
                mb / 1000,
                ma / mp,
                mb / mp,
                mb / ma);
        System.out.println("  µs: parse " + p + " A " + ta + " B " + tb);
    }

    /**
     * Per round, the larger size's two calls over the smaller size's two calls of the same round: {@code lo} and
     * {@code hi} hold each round's two samples one after the other, in round order.
     */
    static double[] perRound(List<Long> lo, List<Long> hi) {
        if (lo.size() != hi.size() || lo.size() % 2 != 0)
            throw new IllegalArgumentException("two samples per round for each size: " + lo.size() + ", " + hi.size());
        double[] r = new double[lo.size() / 2];
        for (int i = 0; i < r.length; i++)
            r[i] = (double) (hi.get(2 * i) + hi.get(2 * i + 1)) / (lo.get(2 * i) + lo.get(2 * i + 1));
        return r;
    }

    /**
     * With the sizes interleaved: per call and step, the median over rounds of the larger size's time over the
     * smaller size's time in the same round (each the mean of the round's two calls). A round's sizes ran within
     * seconds of each other, so a slower minute of the machine, which moves every size, cancels in the ratio.
     */
    static void pairedGrowth(List<String> sizes, Map<String, List<Long>> us) {
        System.out.println();
        System.out.println("growth per round (interleaved sizes): median, then min–max over the rounds");
        System.out.println("| call | step | median | min | max |");
        System.out.println("|---|---|---|---|---|");
        for (String who : List.of("parse", "A", "B"))
            for (int k = 1; k < sizes.size(); k++) {
                Stats g = Stats.of(perRound(us.get(who + " " + sizes.get(k - 1)), us.get(who + " " + sizes.get(k))));
                System.out.printf(
                        Locale.ROOT,
                        "| %s | %s → %s | %.2f× | %.2f× | %.2f× |%n",
                        who,
                        sizes.get(k - 1),
                        sizes.get(k),
                        g.median(),
                        g.min(),
                        g.max());
            }
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
        System.out.println("JVM flags: " + ManagementFactory.getRuntimeMXBean().getInputArguments());
        System.out.println("a collection before each timed call (-Dgc): " + GC);
        System.out.println("sizes (-Dsizes): " + (INTERLEAVED ? "interleaved" : "sequential"));
        System.out.println(
                "| size MB | commonmark parse ms | A extract+map ms | B extract+map ms | A / parse | B / parse | B / A |");
        System.out.println("|---|---|---|---|---|---|---|");
        List<String> sizes = Arrays.asList(a).subList(3, a.length);
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, List<Long>> us = new HashMap<>();
        for (String size : sizes) {
            if (INTERLEAVED) {
                texts.put(size, text(ex, size));
                continue;
            }
            String text = text(ex, size);
            settle(parser, A, B, text);
            for (int r = 0; r < rounds; r++) round(parser, A, B, size, text, us);
            report(A, B, size, text, us);
        }
        if (INTERLEAVED) {
            for (String size : sizes) settle(parser, A, B, texts.get(size));
            for (int r = 0; r < rounds; r++) {
                List<String> order = new ArrayList<>(sizes);
                if (r % 2 == 1) Collections.reverse(order);
                for (String size : order) round(parser, A, B, size, texts.get(size), us);
            }
            for (String size : sizes) report(A, B, size, texts.get(size), us);
            pairedGrowth(sizes, us);
        }
        if (CPU) printCounters(sizes);
    }
}
