package org.claimgraph.server;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;

/**
 * The server keeps the heap it has grown: {@code serve} sets the JVM's {@code MaxHeapFreeRatio} to
 * 100 (a manageable HotSpot option), so that a collection never hands committed heap back to the
 * operating system. Without it, the full collection after the start-up ingest ({@link
 * ClaimgraphServer#collectStartupGarbage}) and G1's remark shrink the heap to what is live plus
 * 70 %, and the first saves that need more memory wait while the collector commits regions again
 * and the kernel zero-fills them page by page: on this project's 1 000-note TDB2 benchmark, two of
 * 50 one-note saves took 5 000–8 000 page faults and 110–120 ms instead of ≈ 40 ms (BENCHMARKS.md,
 * 2026-12-06, session 23). The price is memory: the process keeps the high-water mark of its heap
 * (at most {@code -Xmx}). A JVM started with {@code -XX:MaxHeapFreeRatio=N} keeps N: an option given
 * on the command line is never changed, nor is one the JVM does not have or will not change.
 */
public final class HeapPolicy {
    static final String OPTION = "MaxHeapFreeRatio";
    static final String KEEP = "100";

    private HeapPolicy() {}

    /**
     * Keeps the heap committed unless the command line says otherwise; returns what was done, in a
     * sentence for the log.
     */
    public static String keepCommitted() {
        HotSpotDiagnosticMXBean vm;
        VMOption current;
        try {
            vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            current = vm == null ? null : vm.getVMOption(OPTION);
        } catch (IllegalArgumentException | SecurityException e) {
            current = null;
            vm = null;
        }
        if (!shouldSet(current)) return kept(current);
        try {
            vm.setVMOption(OPTION, KEEP);
            return "the heap stays committed once grown (-XX:" + OPTION + "=" + KEEP + "; start java with -XX:" + OPTION
                    + "=70 to give memory back)";
        } catch (IllegalArgumentException | SecurityException e) {
            return "the heap may shrink after collections (" + OPTION + " not changed: " + e.getMessage() + ")";
        }
    }

    /** True when {@code option} exists, can be changed, and has the JVM's default value. */
    static boolean shouldSet(VMOption option) {
        return option != null && option.isWriteable() && option.getOrigin() == VMOption.Origin.DEFAULT;
    }

    private static String kept(VMOption option) {
        if (option == null) return "the heap may shrink after collections (this JVM has no " + OPTION + ")";
        return "the heap follows -XX:" + OPTION + "=" + option.getValue() + " (" + option.getOrigin() + ")";
    }
}
