package org.claimgraph.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.claimgraph.corpus.CorpusGenerator;
import org.claimgraph.store.Stores;

/**
 * The live audit step of the costly one-note edits only, for a profiler: a store of {@code
 * -Dlive.notes} (default 1 000) generated notes, then {@code -Dlive.edits} (default 60) edits of
 * the kinds in {@code -Dlive.kinds} ({@code rewrite}, {@code delete}, or both, comma-separated;
 * taken in turn), or {@code mixed}: the one-note edits of the goal benchmark's sequence ({@link
 * CorpusEdits}, seed 11, every kind), after {@code -Dlive.warmup} (default 10). Prints each edit's
 * step CPU time, quad writes and the CPU time outside them (wall time in the writes taken from the
 * CPU time: the validation, the stale findings and the delta), and the median and p90 per kind. Run
 * with JFR to split the step's time by frame. {@code -Dlive.store=tdb2}: a TDB2 store in a new folder
 * under {@code target} (deleted at the end), else in memory. {@code -Dlive.db=DIR}: a TDB2 store kept in
 * {@code DIR}: loaded there when {@code DIR} holds none (and nothing else done when {@code -Dlive.edits=0}),
 * else opened as it is, not loaded (the first saves after a start, as {@code serve --db} has them), the
 * corpus regenerated for the edits. {@code -Dlive.faults=true}: one line per edit with the step's and the
 * whole write's CPU time, the commit's wall time and the page faults of the whole write. {@code
 * -Dlive.warmNote=true}: the live audit's warm-up ({@link LiveAudit#warmUp}, what {@code serve} runs) before
 * the edits.
 */
public final class LiveAuditProfile {
    private LiveAuditProfile() {}

    public static void main(String[] args) throws java.io.IOException {
        int notes = Integer.getInteger("live.notes", 1000);
        int edits = Integer.getInteger("live.edits", 60);
        int warmup = Integer.getInteger("live.warmup", 10);
        String[] kinds = System.getProperty("live.kinds", "rewrite,delete").split(",");
        Map<String, String> corpus = CorpusEdits.corpus(notes, 7L);
        Path dir = null;
        String db = System.getProperty("live.db");
        boolean stored = db != null && Files.isDirectory(Path.of(db, "Data-0001"));
        org.apache.jena.query.Dataset ds;
        if (db != null) {
            ds = Stores.tdb2(Path.of(db));
        } else if (System.getProperty("live.store", "mem").equals("tdb2")) {
            dir = Files.createTempDirectory(Path.of("target"), "live-profile-tdb2-");
            ds = Stores.tdb2(dir);
        } else {
            ds = Stores.inMemory();
        }
        LiveAuditHarness h = new LiveAuditHarness(ds, ShapesLoader.graph(Path.of("shapes")), LiveAuditBench.AS_OF);
        if (stored) System.out.println("opened the stored database " + db + " (not loaded)");
        else h.load(corpus);
        if (db != null && !stored && edits == 0) {
            System.out.println("loaded and kept " + db);
            Stores.release(ds);
            return;
        }
        h.countWrites = true;
        if (Boolean.getBoolean("live.warmNote")) {
            long w0 = System.nanoTime();
            String note = org.apache.jena.system.Txn.calculateRead(ds, () -> h.live.warmUp(ds.asDatasetGraph()));
            System.out.printf(Locale.ROOT, "warm-up on %s: %.0f ms%n", note, (System.nanoTime() - w0) / 1e6);
        }
        SplittableRandom random = new SplittableRandom(5L);
        boolean mixed = kinds[0].equals("mixed");
        CorpusEdits editor = new CorpusEdits(11L, notes);
        Map<String, List<double[]>> byKind = new TreeMap<>();
        boolean faults = Boolean.getBoolean("live.faults");
        for (int i = 0; i < warmup + edits; i++) {
            long[] f0 = faults ? faults() : null;
            Map<String, Long> rss0 = faults ? mappedRss() : null;
            String kind;
            if (mixed) {
                CorpusEdits.Edit e;
                do {
                    e = editor.next(corpus);
                } while (e.changed().size() != 1);
                kind = e.kind();
                h.apply(e.changed());
            } else {
                kind = kinds[i % kinds.length];
                h.apply(edit(corpus, kind, random));
            }
            if (faults) {
                long[] f1 = faults();
                System.out.printf(
                        Locale.ROOT,
                        "edit %d %s: step %.1f ms CPU, whole write %.1f ms CPU, commit %.1f ms; page faults minor %d major %d%n",
                        i,
                        kind,
                        h.lastStepCpu / 1e6,
                        h.lastWriteCpu / 1e6,
                        h.lastCommitNanos / 1e6,
                        f1[0] - f0[0],
                        f1[1] - f0[1]);
                Map<String, Long> rss1 = mappedRss();
                StringBuilder grown = new StringBuilder();
                rss1.forEach((file, kb) -> {
                    long d = kb - rss0.getOrDefault(file, 0L);
                    if (d != 0)
                        grown.append(' ')
                                .append(file)
                                .append(' ')
                                .append(d > 0 ? "+" : "")
                                .append(d);
                });
                System.out.println("  resident KB of mapped store files, change:" + grown);
            }
            if (i < warmup) continue;
            double cpu = h.lastStepCpu / 1e6;
            double rest = Math.max(0, cpu - h.lastWriteNanos / 1e6);
            byKind.computeIfAbsent(kind, k -> new ArrayList<>())
                    .add(new double[] {cpu, h.lastWrites, rest, h.lastFinds, h.lastFound});
            System.out.printf(
                    Locale.ROOT,
                    "%-8s %6.1f ms CPU %6d writes %6.1f ms outside them, %6d finds giving %6d quads%n",
                    kind,
                    cpu,
                    h.lastWrites,
                    rest,
                    h.lastFinds,
                    h.lastFound);
        }
        byKind.forEach(LiveAuditProfile::summary);
        if (byKind.size() > 1)
            summary("all", byKind.values().stream().flatMap(List::stream).toList());
        if (dir != null) {
            Stores.release(ds);
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
    }

    /** A random note of {@code corpus} rewritten ({@code rewrite}) or deleted; applied to {@code corpus}. */
    private static Map<String, String> edit(Map<String, String> corpus, String kind, SplittableRandom random) {
        List<String> paths = new ArrayList<>(corpus.keySet());
        String path = paths.get(random.nextInt(paths.size()));
        String text = kind.equals("delete") ? null : CorpusGenerator.editedNote(11L, index(path), random.nextInt(5));
        Map<String, String> changed = new TreeMap<>();
        changed.put(path, text);
        if (text == null) corpus.remove(path);
        else corpus.put(path, text);
        return changed;
    }

    private static void summary(String kind, List<double[]> v) {
        double[] cpu = v.stream().mapToDouble(x -> x[0]).sorted().toArray();
        double[] w = v.stream().mapToDouble(x -> x[1]).sorted().toArray();
        double[] rest = v.stream().mapToDouble(x -> x[2]).sorted().toArray();
        double[] finds = v.stream().mapToDouble(x -> x[3]).sorted().toArray();
        double[] found = v.stream().mapToDouble(x -> x[4]).sorted().toArray();
        System.out.printf(
                Locale.ROOT,
                "%s: %d edits, CPU median %.1f p90 %.1f max %.1f ms; writes median %.0f p90 %.0f; outside them median %.1f p90 %.1f ms; finds median %.0f p90 %.0f giving median %.0f p90 %.0f quads%n",
                kind,
                cpu.length,
                LiveAuditBench.pct(cpu, 50),
                LiveAuditBench.pct(cpu, 90),
                cpu[cpu.length - 1],
                LiveAuditBench.pct(w, 50),
                LiveAuditBench.pct(w, 90),
                LiveAuditBench.pct(rest, 50),
                LiveAuditBench.pct(rest, 90),
                LiveAuditBench.pct(finds, 50),
                LiveAuditBench.pct(finds, 90),
                LiveAuditBench.pct(found, 50),
                LiveAuditBench.pct(found, 90));
    }

    /** This process's minor and major page faults so far (Linux: /proc/self/stat), or zeros. */
    private static long[] faults() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(f[7]), Long.parseLong(f[9])};
        } catch (java.io.IOException | RuntimeException e) {
            return new long[2];
        }
    }

    /** Resident KB per mapped file of a TDB2 store (Linux: /proc/self/smaps), by file name; empty elsewhere. */
    private static Map<String, Long> mappedRss() {
        Map<String, Long> out = new TreeMap<>();
        try {
            String file = null;
            for (String line : Files.readAllLines(Path.of("/proc/self/smaps"))) {
                String[] f = line.trim().split("\\s+");
                if (f[0].matches("[0-9a-f]+-[0-9a-f]+"))
                    file = f.length >= 6 && f[5].contains("/Data-")
                            ? Path.of(f[5]).getFileName().toString()
                            : null;
                else if (file != null && f[0].equals("Rss:")) out.merge(file, Long.parseLong(f[1]), Long::sum);
            }
        } catch (java.io.IOException | RuntimeException e) {
            return out;
        }
        return out;
    }

    private static int index(String path) {
        return Integer.parseInt(path.replaceAll(".*note-(\\d+)\\.md", "$1"));
    }
}
