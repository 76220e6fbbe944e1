package org.claimgraph.validate;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The collections of this JVM as its collector beans report them ({@link
 * GarbageCollectionNotificationInfo}): name ("G1 Young Generation", "G1 Old Generation"), cause
 * ("G1 Evacuation Pause", "G1 Humongous Allocation", "System.gc()" …) and start and end in
 * milliseconds (a clock of its own: neither {@code -Xlog}'s uptime nor {@link
 * java.lang.management.RuntimeMXBean#getUptime()}, which differ from it by tens of ms), so that a benchmark can tell
 * which of its steps a pause fell into, by the collectors' counts ({@link #counts()}, {@link #between}).
 * Benchmarks only; on G1 of JDK 17 the young bean reports young and mixed pauses alike (the {@code
 * -Xlog:gc} line tells them apart, in the same order), and the remark and cleanup pauses of a
 * concurrent cycle not at all.
 */
final class GcPauses {
    /** One collection: its bean, its number in that bean's count, cause, and start and end (ms since JVM start). */
    record Pause(String gc, long id, String cause, long start, long end) {
        long millis() {
            return end - start;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d ms %s #%d (%s)", millis(), gc, id, cause);
        }
    }

    private final List<Pause> pauses = new ArrayList<>();

    /** Starts listening to every collector bean of this JVM. */
    GcPauses() {
        NotificationListener l = (n, handback) -> {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) return;
            var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            var gc = info.getGcInfo();
            synchronized (pauses) {
                pauses.add(
                        new Pause(info.getGcName(), gc.getId(), info.getGcCause(), gc.getStartTime(), gc.getEndTime()));
            }
        };
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans())
            if (b instanceof NotificationEmitter e) e.addNotificationListener(l, null, null);
    }

    /**
     * The number of collections each collector has done so far: taken before and after a step, it
     * tells exactly which collections ran in between ({@link #between}), whatever the clocks.
     */
    static Map<String, Long> counts() {
        Map<String, Long> out = new HashMap<>();
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans())
            out.put(b.getName(), b.getCollectionCount());
        return out;
    }

    /**
     * The collections done after {@code before} and up to {@code after} ({@link #counts()}).
     * Notifications arrive on a service thread after the pause: ask once the interval is well past.
     */
    List<Pause> between(Map<String, Long> before, Map<String, Long> after) {
        synchronized (pauses) {
            return pauses.stream()
                    .filter(p -> p.id > before.getOrDefault(p.gc, 0L) && p.id <= after.getOrDefault(p.gc, 0L))
                    .toList();
        }
    }

    /** Every collection so far. */
    List<Pause> all() {
        synchronized (pauses) {
            return List.copyOf(pauses);
        }
    }
}
