package org.claimgraph.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.apache.jena.graph.Graph;
import org.claimgraph.extract.NoteExtractor;
import org.claimgraph.rdf.NoteMapper;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;

/**
 * Large notes: extract + map against commonmark-java parsing the same text, in one JVM, ABBA order
 * (parse, ours, ours, parse) repeated {@code -Drounds=N} times (default 1), medians. Notes are the
 * project's own examples ({@code examples/*.md}) repeated up to 0.1, 1, 4 and 16 MB (UTF-8 bytes).
 * Memory, above the heap in use before the run (after a GC):
 * <ul>
 *   <li>live peak: the largest heap in use right after a garbage collection during extract + map
 *       (what the run needs; garbage not yet collected does not count);</li>
 *   <li>result: the extracted note's graph, held after the run (after a GC).</li>
 * </ul>
 * <pre>bench/large-notes.sh [sizes in MB …]</pre>
 */
public final class LargeNoteBench {
    static final int ROUNDS = Integer.getInteger("rounds", 1);
    static final AtomicLong afterGcPeak = new AtomicLong();

    public static void main(String[] args) throws Exception {
        List<String> examples = new ArrayList<>();
        try (var files = Files.list(Path.of("examples"))) {
            for (Path p :
                    files.filter(f -> f.toString().endsWith(".md")).sorted().toList())
                examples.add(Files.readString(p));
        }
        double[] sizesMb = args.length > 0
                ? Arrays.stream(args).mapToDouble(Double::parseDouble).toArray()
                : new double[] {0.1, 1, 4, 16};
        Parser parser =
                Parser.builder().extensions(List.of(TablesExtension.create())).build();
        watchGc();
        // warm-up: the JIT compiles extractor, mapper and parser on a small note first
        String warm = note(examples, 200_000);
        for (int i = 0; i < 3; i++) {
            parser.parse(warm);
            NoteMapper.map(NoteExtractor.extract("w.md", warm));
        }
        System.out.println(
                "| size MB | lines | commonmark parse ms | extract+map ms | ratio | live peak MB (x file) | result graph MB (x file) | triples |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (double mb : sizesMb) {
            String text = note(examples, (long) (mb * 1_000_000));
            long bytes = text.getBytes(StandardCharsets.UTF_8).length;
            List<Long> parse = new ArrayList<>(), ours = new ArrayList<>();
            Graph[] kept = new Graph[1];
            long livePeak = 0, result = 0, triples = 0;
            for (int r = 0; r < ROUNDS; r++) {
                parse.add(time(() -> parser.parse(text)));
                long base = usedAfterGc();
                afterGcPeak.set(0);
                ours.add(time(() -> kept[0] = NoteMapper.map(NoteExtractor.extract("big.md", text))));
                kept[0] = null;
                ours.add(time(() -> kept[0] = NoteMapper.map(NoteExtractor.extract("big.md", text))));
                long held = usedAfterGc(); // the note's graph, held
                livePeak = Math.max(livePeak, Math.max(afterGcPeak.get(), held) - base);
                result = held - base;
                triples = kept[0].size();
                kept[0] = null;
                parse.add(time(() -> parser.parse(text)));
            }
            double p = median(parse), o = median(ours);
            System.out.printf(
                    Locale.ROOT,
                    "| %.1f | %d | %.0f | %.0f | %.1f | %.0f (%.0fx) | %.0f (%.0fx) | %d |%n",
                    bytes / 1e6,
                    text.lines().count(),
                    p,
                    o,
                    o / p,
                    livePeak / 1e6,
                    (double) livePeak / bytes,
                    result / 1e6,
                    (double) result / bytes,
                    triples);
        }
    }

    static String note(List<String> examples, long targetBytes) {
        StringBuilder sb = new StringBuilder();
        long bytes = 0;
        for (int i = 0; bytes < targetBytes; i++) {
            String piece = examples.get(i % examples.size()) + "\n\n";
            sb.append(piece);
            bytes += piece.getBytes(StandardCharsets.UTF_8).length;
        }
        return sb.toString();
    }

    static long time(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return (System.nanoTime() - t0) / 1_000_000;
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

    /** Records the heap in use after every collection (the live data at that moment). */
    static void watchGc() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc)
                    .addNotificationListener(
                            (n, h) -> {
                                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                                        n.getType())) return;
                                var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                                long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                                        .mapToLong(MemoryUsage::getUsed)
                                        .sum();
                                afterGcPeak.accumulateAndGet(used, Math::max);
                            },
                            null,
                            null);
        }
    }
}
