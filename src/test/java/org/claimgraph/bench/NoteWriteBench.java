package org.claimgraph.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.claimgraph.corpus.CorpusGenerator;
import org.claimgraph.store.NotePipeline;

/**
 * The write of one edited note through {@code NotePipeline.ingestFile} with a change step
 * registered (a no-op one: what is timed is the write, with the before/after copies every step
 * gets), in an in-memory store of {@code N} generated notes. {@code MODE} {@code status} flips the
 * first ✅/❌ of a note in place (a reviewer's verification); {@code rewrite} writes the
 * generator's edited note (lines move, so most triples change). Prints median and p90 of 50 writes
 * after 10 unmeasured ones. Usage: {@code NoteWriteBench N MODE}; run it on two builds in ABBA order.
 */
public final class NoteWriteBench {
    private NoteWriteBench() {}

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        boolean status = "status".equals(args[1]);
        long seed = 42;
        Path tmp = Files.createTempDirectory("note-write-bench");
        CorpusGenerator.write(CorpusGenerator.generate(n, seed), tmp);
        Path root = tmp.resolve(CorpusGenerator.NOTES_DIR);
        Dataset ds = DatasetFactory.createTxnMem();
        NotePipeline pipeline =
                NotePipeline.builder(ds).steps((dsg, changes, ctx) -> {}).build();
        pipeline.ingest(List.of(root));
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int k = 1 + (int) ((i * 7919L + 13) % n);
            Path f = root.resolve(CorpusGenerator.pathOf(k));
            Files.writeString(
                    f,
                    status
                            ? flipStatus(Files.readString(f, StandardCharsets.UTF_8), f)
                            : CorpusGenerator.editedNote(seed, k, i),
                    StandardCharsets.UTF_8);
            long t = System.nanoTime();
            pipeline.ingestFile(root, f);
            if (i >= 10) ms.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(ms);
        System.out.printf(
                "%s edits, %d notes: write median %.1f ms, p90 %.1f ms (n=%d)%n",
                args[1], n, ms.get(ms.size() / 2), ms.get(ms.size() * 9 / 10), ms.size());
    }

    private static String flipStatus(String text, Path f) {
        String out = text.contains("✅") ? text.replaceFirst("✅", "❌") : text.replaceFirst("❌", "✅");
        if (out.equals(text)) throw new IllegalStateException("no status mark in " + f);
        return out;
    }
}
