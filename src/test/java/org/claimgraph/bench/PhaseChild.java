package org.claimgraph.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.claimgraph.extract.NoteExtractor;
import org.claimgraph.store.Ingestor;
import org.claimgraph.store.Stores;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;

/**
 * Child JVM for the phase breakdown: {@code NOTES TMP}. For every note: read+decode, commonmark
 * parse alone, {@code NoteExtractor.extract} (which parses again and then extracts), and
 * {@code Ingestor.ingestFile} into TDB2 (read + extract + map + write, one transaction). The
 * map+write share is ingest − read − extract. One warm-up pass over the first 100 notes.
 */
public final class PhaseChild {
    private PhaseChild() {}

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable t) {
            t.printStackTrace();
            System.exit(2);
        }
        System.exit(0);
    }

    private static void run(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path tmp = Path.of(args[1]);
        IngestChild.deleteTree(tmp);
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
        Dataset warm = Stores.tdb2(tmp.resolve("warm"));
        for (Path f : files.subList(0, Math.min(100, files.size()))) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            parser.parse(text);
            NoteExtractor.extract(root.relativize(f).toString(), text);
            Ingestor.ingestFile(warm, root, f);
        }
        Dataset ds = Stores.tdb2(tmp.resolve("db"));
        long read = 0, parse = 0, extract = 0, ingest = 0;
        for (Path f : files) {
            String rel = root.relativize(f).toString().replace('\\', '/');
            long t0 = System.nanoTime();
            String text = Files.readString(f, StandardCharsets.UTF_8);
            long t1 = System.nanoTime();
            parser.parse(text);
            long t2 = System.nanoTime();
            NoteExtractor.extract(rel, text);
            long t3 = System.nanoTime();
            Ingestor.ingestFile(ds, root, f);
            long t4 = System.nanoTime();
            read += t1 - t0;
            parse += t2 - t1;
            extract += t3 - t2;
            ingest += t4 - t3;
        }
        ChildJvm.result("notes", files.size());
        ChildJvm.result("readMs", read / 1e6);
        ChildJvm.result("parseMs", parse / 1e6);
        ChildJvm.result("extractMs", extract / 1e6);
        ChildJvm.result("ingestFileMs", ingest / 1e6);
        ChildJvm.result("quads", IngestChild.countQuads(ds.asDatasetGraph()));
    }
}
