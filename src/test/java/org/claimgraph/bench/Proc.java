package org.claimgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Linux process memory from {@code /proc/PID/status}. */
public final class Proc {
    private Proc() {}

    /** Peak resident set size (VmHWM) in MiB of the current process, or -1 when unavailable. */
    public static double peakRssMiB() {
        return field("self", "VmHWM:");
    }

    /** Current resident set size (VmRSS) in MiB of {@code pid}, or -1. */
    public static double rssMiB(long pid) {
        return field(Long.toString(pid), "VmRSS:");
    }

    /** Peak resident set size (VmHWM) in MiB of {@code pid}, or -1. */
    public static double peakRssMiB(long pid) {
        return field(Long.toString(pid), "VmHWM:");
    }

    private static double field(String pid, String name) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (l.startsWith(name)) {
                    String kb = l.substring(name.length()).trim().split("\\s+")[0];
                    return Long.parseLong(kb) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
