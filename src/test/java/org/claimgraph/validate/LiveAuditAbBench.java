package org.claimgraph.validate;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * The live audit step of two builds in one JVM, edit by edit: {@code A} = the main classes in
 * {@code -Dlive.base} (an older commit's {@code target/classes}), {@code B} = the main classes on
 * the class path; both with this build's test classes. Each side loads its own store of {@code
 * -Dlive.notes} (default 300) notes ({@link LiveAuditBench#session}) and gets the same {@code
 * -Dlive.edits} (default 60) one-note edits, after {@code -Dlive.warmup} (default 10) not counted; edit i runs A then B when i is even, B then A when odd
 * (ABBA over pairs of edits), so both see the same JIT, heap and machine load. Prints, per side,
 * the median, p90 and p99 of the live step's wall time, of its CPU time on its thread (robust when
 * the machine is loaded: time waiting for a core is not counted) and of its quad writes, the
 * per-edit ratios, and the slowest edits by kind. {@code -Dlive.store=tdb2}: each side's store is TDB2 (a
 * folder under {@code target}, left there); {@code -Dlive.warmNote=true}: each side runs the live audit's
 * warm-up after its load, as {@code serve} does ({@link LiveAuditBench#session}).
 *
 * <p>Run: {@code java -Dlive.base=../live-base/classes -cp
 * target/classes:target/test-classes:$(cat target/cp.txt) org.claimgraph.validate.LiveAuditAbBench}
 */
public final class LiveAuditAbBench {
    private LiveAuditAbBench() {}

    /** Loads {@code org.claimgraph} classes from its own URLs first, everything else from the parent. */
    private static final class ChildFirst extends URLClassLoader {
        ChildFirst(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("org.claimgraph.")) return super.loadClass(name, resolve);
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    try {
                        c = findClass(name);
                    } catch (ClassNotFoundException e) {
                        c = super.loadClass(name, false);
                    }
                }
                if (resolve) resolveClass(c);
                return c;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static IntFunction<String> side(Path mainClasses, Path testClasses, int notes) throws Exception {
        ClassLoader cl = new ChildFirst(
                new URL[] {mainClasses.toUri().toURL(), testClasses.toUri().toURL()},
                LiveAuditAbBench.class.getClassLoader());
        Class<?> bench = Class.forName("org.claimgraph.validate.LiveAuditBench", true, cl);
        java.lang.reflect.Method session = bench.getMethod("session", int.class);
        session.setAccessible(true); // LiveAuditBench is package-private, and of another loader
        return (IntFunction<String>) session.invoke(null, notes);
    }

    public static void main(String[] args) throws Exception {
        int notes = Integer.getInteger("live.notes", 300);
        int edits = Integer.getInteger("live.edits", 60);
        int warmup = Integer.getInteger("live.warmup", 10);
        Path base = Path.of(System.getProperty("live.base", "../live-base/classes"));
        Path main = Path.of(System.getProperty("live.main", "target/classes"));
        Path tests = Path.of(System.getProperty("live.tests", "target/test-classes"));
        long t0 = System.nanoTime();
        IntFunction<String> a = side(base, tests, notes);
        IntFunction<String> b = side(main, tests, notes);
        System.out.printf(
                Locale.ROOT,
                "A = %s, B = %s, %d notes each, loaded in %.0f s%n",
                base,
                main,
                notes,
                (System.nanoTime() - t0) / 1e9);
        for (int i = 0; i < warmup; i++) {
            a.apply(i);
            b.apply(i);
        }
        String[] names = {"step wall ms", "step CPU ms", "quad writes", "whole write CPU ms"};
        int[] col = {0, 2, 3, 4};
        double[][][] v = new double[2][4][edits]; // side, measure, edit
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < edits; i++) {
            String ra, rb;
            if (i % 2 == 0) {
                ra = a.apply(i);
                rb = b.apply(i);
            } else {
                rb = b.apply(i);
                ra = a.apply(i);
            }
            String[] pa = ra.split(" ", 6), pb = rb.split(" ", 6);
            if (!pa[5].equals(pb[5])) throw new IllegalStateException("sides diverged: " + ra + " / " + rb);
            for (int m = 0; m < 4; m++) {
                v[0][m][i] = Double.parseDouble(pa[col[m]]);
                v[1][m][i] = Double.parseDouble(pb[col[m]]);
            }
            rows.add(String.format(
                    Locale.ROOT,
                    "%8.1f %8.1f ms CPU, %6.0f %6.0f ms wall, %5.0f %5.0f writes, %6.1f %6.1f ms write CPU: %s",
                    v[0][1][i],
                    v[1][1][i],
                    v[0][0][i],
                    v[1][0][i],
                    v[0][2][i],
                    v[1][2][i],
                    v[0][3][i],
                    v[1][3][i],
                    pa[5]));
        }
        rows.sort((x, y) -> Double.compare(
                Double.parseDouble(y.trim().split(" +")[0]),
                Double.parseDouble(x.trim().split(" +")[0])));
        System.out.println("slowest edits by A's step CPU time (A B):");
        rows.stream().limit(12).forEach(r -> System.out.println("  " + r));
        rows.sort((x, y) -> Double.compare(
                Double.parseDouble(y.trim().split(" +")[1]),
                Double.parseDouble(x.trim().split(" +")[1])));
        System.out.println("slowest edits by B's step CPU time (A B):");
        rows.stream().limit(6).forEach(r -> System.out.println("  " + r));
        for (int m = 0; m < 4; m++) {
            double[] ratio = new double[edits];
            for (int i = 0; i < edits; i++) ratio[i] = Math.max(1, v[0][m][i]) / Math.max(1, v[1][m][i]);
            Arrays.sort(ratio);
            double[] x = v[0][m].clone(), y = v[1][m].clone();
            Arrays.sort(x);
            Arrays.sort(y);
            System.out.printf(
                    Locale.ROOT,
                    "%s: A median %.1f p90 %.1f p99 %.1f | B median %.1f p90 %.1f p99 %.1f | per-edit A/B median %.2f×, p10 %.2f×, p90 %.2f×%n",
                    names[m],
                    LiveAuditBench.pct(x, 50),
                    LiveAuditBench.pct(x, 90),
                    LiveAuditBench.pct(x, 99),
                    LiveAuditBench.pct(y, 50),
                    LiveAuditBench.pct(y, 90),
                    LiveAuditBench.pct(y, 99),
                    LiveAuditBench.pct(ratio, 50),
                    LiveAuditBench.pct(ratio, 10),
                    LiveAuditBench.pct(ratio, 90));
        }
    }
}
