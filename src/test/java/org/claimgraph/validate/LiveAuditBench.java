package org.claimgraph.validate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.claimgraph.store.Stores;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Live audit benchmarks (not in {@code mvn verify}):
 * <ul>
 * <li>{@link #reValidationAfterOneEdit}: a store of {@code -Dlive.notes} (default 1 000) generated
 *     notes with a stored audit; {@code -Dlive.edits} (default 50) one-note edits, each written and
 *     re-validated in one transaction; median and p99 of the live audit step, against the median of
 *     full audits of the same store measured in the same run (before, between and after the edits;
 *     {@code -Dlive.fullRuns} of them, default 3: 1 runs only the one before, 0 none and prints no ratio).
 *     {@code -Dlive.store}: {@code mem} (default, {@link Stores#inMemory()}) or {@code tdb2} (a new TDB2
 *     database in a temporary folder under {@code -Dlive.dbDir}, default {@code target}, deleted at the
 *     end: what {@code serve --db --watch} writes to); same corpus and edits either way.
 *     {@code -Dlive.gcBeforeEdits=true}: one {@code System.gc()} between the load, full audit and
 *     warm-up edits and the first measured edit (as JMH collects between iterations). {@code -Dlive.warmup=N} (default 0):
 *     N edits before the measured ones, printed and not counted (the JIT compiles the step's code).
 *     {@code -Dlive.idleBeforeEdits=S}: wait S seconds before the first measured edit (after the
 *     collection, if any), as a server waits for the first save. {@code -Dlive.countWrites=true}: count
 *     the step's quad writes and the wall time spent in them. {@code -Dlive.trace=true}: one line per
 *     edit, with the collections that ran during its write ({@link GcPauses}, numbered per collector
 *     in the order of the {@code -Xlog:gc} lines). {@code -Dlive.warmNote=true}: after the load, the
 *     background warm-up {@code serve} runs ({@link LiveAudit#warmUp}), timed. {@code -Dlive.keepHeap=true}:
 *     first what {@code serve} does first ({@link org.claimgraph.server.HeapPolicy#keepCommitted}: no
 *     collection hands committed heap back). Each traced edit ends with the step thread's own minor and
 *     major page faults and user and system CPU ticks ({@code /proc/thread-self/stat}, Linux).
 *     {@code -Dlive.fileMode=direct|mapped}: TDB2's file mode ({@code SystemTDB.setFileMode}; its B+tree
 *     files are mapped either way).</li>
 * <li>{@link #differential}: the differential test at {@code -Dlive.diffNotes} (300) notes and
 *     {@code -Dlive.diffEdits} (200) edits, corpus and edits from {@code -Dlive.diffSeed} (99);
 *     {@code -Dlive.store=tdb2}: on a TDB2 store in a new folder under {@code -Dlive.dbDir} ({@code target}),
 *     warmed up after the load.</li>
 * </ul>
 * Run: {@code mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt && nice java -Dlive.notes=1000
 * -Dlive.edits=50 -cp target/classes:target/test-classes:$(cat cp.txt) org.claimgraph.validate.LiveAuditBench edits}
 */
@Tag("bench")
class LiveAuditBench {
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

    @Test
    void reValidationAfterOneEdit() throws java.io.IOException {
        int notes = Integer.getInteger("live.notes", 1000);
        int edits = Integer.getInteger("live.edits", 50);
        int fullRuns = Integer.getInteger("live.fullRuns", 3);
        String store = System.getProperty("live.store", "mem");
        boolean gcBeforeEdits = Boolean.getBoolean("live.gcBeforeEdits");
        boolean trace = Boolean.getBoolean("live.trace");
        if (Boolean.getBoolean("live.keepHeap"))
            // what `serve` does first (HeapPolicy): collections do not hand committed heap back
            System.out.println("heap policy: " + org.claimgraph.server.HeapPolicy.keepCommitted());
        GcPauses gc = new GcPauses();
        Graph shapes = ShapesLoader.graph(Path.of("shapes"));
        Map<String, String> corpus = CorpusEdits.corpus(notes, 7L);
        Path dir = null;
        Dataset ds;
        if (store.equals("tdb2")) {
            if (System.getProperty("live.fileMode") != null)
                org.apache.jena.tdb2.sys.SystemTDB.setFileMode(
                        org.apache.jena.dboe.base.block.FileMode.valueOf(System.getProperty("live.fileMode")));
            dir = Files.createTempDirectory(Path.of(System.getProperty("live.dbDir", "target")), "live-tdb2-");
            ds = Stores.tdb2(dir);
        } else if (store.equals("mem")) {
            ds = Stores.inMemory();
        } else {
            throw new IllegalArgumentException("-Dlive.store: mem or tdb2, not " + store);
        }
        System.out.printf("store: %s%s%n", store, dir == null ? "" : " in " + dir);
        LiveAuditHarness h = new LiveAuditHarness(ds, shapes, AS_OF);
        h.countWrites = Boolean.getBoolean("live.countWrites");
        long t0 = System.nanoTime();
        h.load(corpus);
        System.out.printf(
                "loaded %d notes and stored a full audit in %.0f ms%n", notes, (System.nanoTime() - t0) / 1e6);
        List<Double> full = new ArrayList<>();
        if (fullRuns >= 1) full.add(fullAudit(h));
        if (Boolean.getBoolean("live.warmNote")) {
            // what `serve` runs in the background once started (LiveAuditWarmUp): one stored note, nothing written to
            // the store
            long w0 = System.nanoTime();
            String note = org.apache.jena.system.Txn.calculateRead(ds, () -> h.live.warmUp(ds.asDatasetGraph()));
            System.out.printf(
                    Locale.ROOT,
                    "live audit warm-up on %s (nothing written to the store): %.0f ms%n",
                    note,
                    (System.nanoTime() - w0) / 1e6);
        }
        CorpusEdits editor = new CorpusEdits(11L, notes);
        int warmup = Integer.getInteger("live.warmup", 0);
        for (int i = 0; i < warmup; i++) {
            CorpusEdits.Edit e = oneNoteEdit(editor, corpus);
            long w0 = System.nanoTime();
            LiveAudit.Outcome o = h.apply(e.changed());
            System.out.printf(
                    Locale.ROOT,
                    "warm-up edit %d (not counted): %d ms step (%.1f ms CPU), %.0f ms write: %s%n",
                    i,
                    o.millis(),
                    h.lastStepCpu / 1e6,
                    (System.nanoTime() - w0) / 1e6,
                    e.kind());
        }
        if (gcBeforeEdits) {
            // what JMH does between iterations: the load's and the full audit's garbage is collected
            // before the measured edits, so that their pauses are not charged to an edit
            long g0 = System.nanoTime();
            System.gc();
            System.out.printf("System.gc() before the edits: %.0f ms%n", (System.nanoTime() - g0) / 1e6);
        }
        long idle = Long.getLong("live.idleBeforeEdits", 0);
        if (idle > 0) {
            // a server between its start-up and the first save: collections and marking run on while it waits
            System.out.printf("idle %d s before the edits%n", idle);
            try {
                Thread.sleep(idle * 1000);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
        }
        double[] step = new double[edits];
        double[] write = new double[edits];
        double[] cpu = new double[edits];
        double[] commit = new double[edits];
        List<Map<String, Long>> from = new ArrayList<>(), to = new ArrayList<>();
        String[] line = new String[edits];
        int reValidated = 0;
        for (int i = 0; i < edits; i++) {
            CorpusEdits.Edit e = oneNoteEdit(editor, corpus);
            from.add(GcPauses.counts());
            long w0 = System.nanoTime();
            LiveAudit.Outcome o = h.apply(e.changed());
            write[i] = (System.nanoTime() - w0) / 1e6;
            to.add(GcPauses.counts());
            assertFalse(o.skipped() || o.full());
            step[i] = o.millis();
            cpu[i] = h.lastStepCpu / 1e6;
            commit[i] = h.lastCommitNanos / 1e6;
            line[i] = String.format(
                            Locale.ROOT,
                            "%6.0f ms step (%5.1f ms CPU%s), %6.0f ms write (%.0f ms commit): %s%s",
                            step[i],
                            cpu[i],
                            h.lastStepCollections == 0
                                    ? ""
                                    : ", " + h.lastStepCollections + " collection(s) in the step",
                            write[i],
                            commit[i],
                            e.kind(),
                            h.countWrites
                                    ? String.format(
                                            Locale.ROOT,
                                            ", %d quad writes in %.1f ms",
                                            h.lastWrites,
                                            h.lastWriteNanos / 1e6)
                                    : "")
                    + String.format(
                            Locale.ROOT,
                            " [faults %d minor %d major, ticks %d user %d sys]",
                            h.lastStepStat[0],
                            h.lastStepStat[1],
                            h.lastStepStat[2],
                            h.lastStepStat[3]);
            reValidated += o.notes();
            if (i == edits / 2 && fullRuns >= 3) full.add(fullAudit(h));
        }
        if (fullRuns >= 2) full.add(fullAudit(h));
        awaitGcNotifications();
        List<String> slow = new ArrayList<>();
        int paused = 0;
        for (int i = 0; i < edits; i++) {
            List<GcPauses.Pause> in = gc.between(from.get(i), to.get(i));
            if (!in.isEmpty()) paused++;
            String l = line[i] + (in.isEmpty() ? "" : "; collections in the write: " + in);
            slow.add(l);
            if (trace) System.out.printf("edit %2d: %s%n", i, l.strip());
        }
        slow.sort(java.util.Comparator.reverseOrder());
        System.out.println("slowest edits:");
        slow.stream().limit(8).forEach(x -> System.out.println("  " + x));
        long inEdits = gc.between(from.get(0), to.get(edits - 1)).size();
        System.out.printf(
                "collections: %d in the whole run, %d between the first edit's start and the last's end, %d inside an edit's write%n",
                gc.all().size(), inEdits, paused);
        Arrays.sort(step);
        Arrays.sort(write);
        Arrays.sort(cpu);
        Arrays.sort(commit);
        System.out.printf(
                "one-note edits: %d, notes re-validated per edit %.2f%n", edits, reValidated / (double) edits);
        System.out.printf(
                "live audit step: median %.0f ms, p90 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                pct(step, 50), pct(step, 90), pct(step, 99), step[edits - 1]);
        System.out.printf(
                "live audit step, CPU time of its thread (no wait for a core, no GC threads): median %.1f ms, p90 %.1f ms, p99 %.1f ms%n",
                pct(cpu, 50), pct(cpu, 90), pct(cpu, 99));
        System.out.printf(
                "whole write (replace graph + step + commit, one transaction): median %.0f ms, p90 %.0f ms, p99 %.0f ms%n",
                pct(write, 50), pct(write, 90), pct(write, 99));
        System.out.printf(
                "of which the commit: median %.1f ms, p90 %.1f ms, p99 %.1f ms%n",
                pct(commit, 50), pct(commit, 90), pct(commit, 99));
        try {
            if (full.isEmpty()) {
                System.out.println("full audit: not run (-Dlive.fullRuns=0)");
                return;
            }
            double fullMedian = full.stream().sorted().toList().get(full.size() / 2);
            System.out.printf(
                    "full audit of the same store (data graph + validation + checks): median %.0f ms of %s%n",
                    fullMedian, full);
            System.out.printf(
                    "ratio full / live p99: %.1f×, full / live median: %.1f×%n",
                    fullMedian / pct(step, 99), fullMedian / Math.max(1, pct(step, 50)));
            assertTrue(pct(step, 50) < fullMedian, "the live audit is cheaper than a full one");
        } finally {
            if (dir != null) {
                Stores.release(ds);
                deleteTree(dir);
            }
        }
    }

    /** The collector beans notify on a service thread after a pause; give the last ones time to arrive. */
    private static void awaitGcNotifications() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    @Test
    void differential() {
        int notes = Integer.getInteger("live.diffNotes", 300);
        int edits = Integer.getInteger("live.diffEdits", 200);
        long seed = Long.getLong("live.diffSeed", 99L);
        long t0 = System.nanoTime();
        Map<String, Integer> kinds;
        if (System.getProperty("live.store", "mem").equals("tdb2")) {
            Path dir;
            try {
                dir = Files.createTempDirectory(Path.of(System.getProperty("live.dbDir", "target")), "live-diff-tdb2-");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            System.out.println("differential on TDB2 in " + dir + " (left there)");
            kinds = LiveAuditDifferentialTest.run(Stores.tdb2(dir), notes, edits, seed, false);
        } else {
            kinds = LiveAuditDifferentialTest.run(notes, edits, seed, false);
        }
        System.out.printf(
                "differential: %d notes, seed %d, %d edits, all isomorphic to a full audit, in %.0f s; kinds %s%n",
                notes, seed, edits, (System.nanoTime() - t0) / 1e9, kinds);
    }

    /**
     * One side of an A/B comparison in one JVM ({@link LiveAuditAbBench}): a store of {@code notes}
     * generated notes with a stored audit; each call of the returned function applies the next
     * one-note edit (the same sequence as {@link #reValidationAfterOneEdit}) and returns "STEP_MS
     * WRITE_MS STEP_CPU_MS QUAD_WRITES WRITE_CPU_MS KIND" (the step's wall time, the whole write's, the step's CPU
     * time on its thread, the quads it wrote or deleted, and the whole write's CPU time). Two sessions of the same size see the same edits.
     * {@code -Dlive.store=tdb2}: the store is TDB2, in a new folder under {@code -Dlive.dbDir} (default {@code
     * target}), left there (delete it after the run); else in memory. {@code -Dlive.warmNote=true}: the live
     * audit's warm-up ({@link LiveAudit#warmUp}, what {@code serve} runs once started) after the load.
     */
    public static java.util.function.IntFunction<String> session(int notes) {
        Graph shapes = ShapesLoader.graph(Path.of("shapes"));
        Map<String, String> corpus = CorpusEdits.corpus(notes, 7L);
        LiveAuditHarness h;
        if (System.getProperty("live.store", "mem").equals("tdb2")) {
            try {
                Path dir =
                        Files.createTempDirectory(Path.of(System.getProperty("live.dbDir", "target")), "live-ab-tdb2-");
                h = new LiveAuditHarness(Stores.tdb2(dir), shapes, AS_OF);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        } else {
            h = new LiveAuditHarness(shapes, AS_OF);
        }
        h.load(corpus);
        if (Boolean.getBoolean("live.warmNote"))
            org.apache.jena.system.Txn.calculateRead(h.ds, () -> h.live.warmUp(h.ds.asDatasetGraph()));
        h.countWrites = true;
        CorpusEdits editor = new CorpusEdits(11L, notes);
        return i -> {
            CorpusEdits.Edit e = oneNoteEdit(editor, corpus);
            long w0 = System.nanoTime();
            LiveAudit.Outcome o = h.apply(e.changed());
            double write = (System.nanoTime() - w0) / 1e6;
            if (o.skipped() || o.full()) throw new IllegalStateException("not an incremental step: " + o);
            return o.millis() + " " + Math.round(write) + " "
                    + String.format(java.util.Locale.ROOT, "%.1f", h.lastStepCpu / 1e6) + " " + h.lastWrites + " "
                    + String.format(java.util.Locale.ROOT, "%.1f", h.lastWriteCpu / 1e6) + " " + e.kind();
        };
    }

    /** {@code java -cp … org.claimgraph.validate.LiveAuditBench [edits|differential]} */
    public static void main(String[] args) throws java.io.IOException {
        if (args.length == 0 || args[0].equals("edits")) new LiveAuditBench().reValidationAfterOneEdit();
        if (args.length == 0 || args[0].equals("differential")) new LiveAuditBench().differential();
    }

    private static double fullAudit(LiveAuditHarness h) {
        long t = System.nanoTime();
        Audit.run(h.ds, h.shapesGraph, h.asOf, "en");
        return (System.nanoTime() - t) / 1e6;
    }

    static double pct(double[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    /** The editor's next edit that changes exactly one note (the benchmarks time one-note edits). */
    private static CorpusEdits.Edit oneNoteEdit(CorpusEdits editor, Map<String, String> corpus) {
        CorpusEdits.Edit e;
        do {
            e = editor.next(corpus);
        } while (e.changed().size() != 1);
        return e;
    }
}
