package org.claimgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.claimgraph.extract.Model;
import org.claimgraph.extract.NoteExtractor;
import org.claimgraph.rdf.NoteMapper;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;

/**
 * Large notes: extract + map against commonmark-java parsing the same text, in one JVM, ABBA order,
 * medians of {@code ROUNDS} rounds. Notes are the project's own examples ({@code examples/*.md})
 * repeated up to 0.1, 1, 4 and 16 MB. Peak heap = the heap pools' peak during one extract + map
 * above the heap in use before it (after a GC).
 * <pre>java -cp target/test-classes:target/classes:$(cat cp.txt) org.claimgraph.bench.LargeNoteBench</pre>
 */
public final class LargeNoteBench {
    static final int ROUNDS = 3;

    public static void main(String[] args) throws Exception {
        List<String> examples = new ArrayList<>();
        try (var files = Files.list(Path.of("examples"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".md")).sorted().toList())
                examples.add(Files.readString(p));
        }
        double[] sizesMb = args.length > 0 ? Arrays.stream(args).mapToDouble(Double::parseDouble).toArray() : new double[] {0.1, 1, 4, 16};
        Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
        System.out.println("| size MB | commonmark parse ms | extract+map ms | ratio | peak heap MB (x file) | triples |");
        System.out.println("|---|---|---|---|---|---|");
        for (double mb : sizesMb) {
            String text = note(examples, (long) (mb * 1_000_000));
            long bytes = text.getBytes(StandardCharsets.UTF_8).length;
            List<Long> parse = new ArrayList<>(), ours = new ArrayList<>();
            long triples = 0;
            for (int r = 0; r < ROUNDS; r++) {
                // A B B A
                parse.add(time(() -> parser.parse(text)));
                long[] t = new long[1];
                ours.add(time(() -> t[0] = NoteMapper.map(NoteExtractor.extract("big.md", text)).size()));
                ours.add(time(() -> NoteMapper.map(NoteExtractor.extract("big.md", text))));
                parse.add(time(() -> parser.parse(text)));
                triples = t[0];
            }
            long peak = peakHeap(() -> NoteMapper.map(NoteExtractor.extract("big.md", text)));
            double p = median(parse), o = median(ours);
            System.out.printf("| %.1f | %.0f | %.0f | %.1f | %.0f (%.1fx) | %d |%n", bytes / 1e6, p, o, o / p, peak / 1e6, (double) peak / bytes, triples);
        }
    }

    static String note(List<String> examples, long targetBytes) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < targetBytes; i++)
            sb.append(examples.get(i % examples.size())).append("\n\n");
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

    static long peakHeap(Runnable r) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(b -> b.getType() == MemoryType.HEAP).toList();
        long before = heap.stream().mapToLong(b -> b.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        r.run();
        long peak = heap.stream().mapToLong(b -> b.getPeakUsage().getUsed()).sum();
        return Math.max(0, peak - before);
    }
}
