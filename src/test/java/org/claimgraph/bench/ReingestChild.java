package org.claimgraph.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.claimgraph.corpus.CorpusGenerator;
import org.claimgraph.store.NotePipeline;
import org.claimgraph.store.Stores;

/**
 * Child JVM for incremental re-ingest: {@code N SEED RUNS TMP [DB]}. Writes the N-note corpus into
 * {@code TMP/corpus} and ingests it into a fresh TDB2 store (timed once, as {@code fullMs}), or
 * opens {@code DB} that already holds it; then
 * edits one note at a time (a different note and edit per run) and times
 * {@code NotePipeline.ingestFile} of just that note; two warm-up edits first.
 */
public final class ReingestChild {
    private ReingestChild() {}

    public static void main(String[] args) {
        ChildJvm.runAndExit(args, ReingestChild::run);
    }

    private static void run(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        int runs = Integer.parseInt(args[2]);
        Path tmp = Path.of(args[3]);
        IngestChild.deleteTree(tmp);
        Path corpus = tmp.resolve("corpus");
        CorpusGenerator.write(CorpusGenerator.generate(n, seed), corpus);
        Path root = corpus.resolve(CorpusGenerator.NOTES_DIR);
        Dataset ds;
        if (args.length > 4) {
            ds = Stores.tdb2(Path.of(args[4])); // a store already holding this corpus
        } else {
            ds = Stores.tdb2(tmp.resolve("db"));
            long t0 = System.nanoTime();
            NotePipeline.of(ds).ingest(List.of(root));
            ChildJvm.result("fullMs", (System.nanoTime() - t0) / 1e6);
        }
        for (int i = 0; i < runs + 2; i++) {
            int k = 1 + (int) ((i * 7919L + 13) % n);
            Path file = root.resolve(CorpusGenerator.pathOf(k));
            Files.writeString(file, CorpusGenerator.editedNote(seed, k, i), StandardCharsets.UTF_8);
            long s = System.nanoTime();
            var report = NotePipeline.of(ds).ingestFile(root, file);
            double ms = (System.nanoTime() - s) / 1e6;
            if (!report.failures().isEmpty()) throw new IllegalStateException("re-ingest failed: " + report.failures());
            if (i >= 2) ChildJvm.result("ms", ms);
        }
        ChildJvm.result("quads", IngestChild.countQuads(ds.asDatasetGraph()));
        ChildJvm.result("peakRssMiB", Proc.peakRssMiB());
    }
}
