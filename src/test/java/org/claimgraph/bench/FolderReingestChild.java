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
 * Child JVM for re-ingesting a whole folder in which one note changed: {@code N SEED RUNS TMP}.
 * Writes the N-note corpus, ingests it into a fresh TDB2 store, then per run edits one note (a
 * different note and edit each time) and times {@code ingest(folder)} of the whole folder: the
 * case where unchanged notes are recognised by their content hash. Two warm-up edits first.
 */
public final class FolderReingestChild {
    private FolderReingestChild() {}

    public static void main(String[] args) {
        ChildJvm.runAndExit(args, FolderReingestChild::run);
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
        Dataset ds = Stores.tdb2(tmp.resolve("db"));
        NotePipeline.of(ds).ingest(List.of(root));
        for (int i = 0; i < runs + 2; i++) {
            int k = 1 + (int) ((i * 7919L + 13) % n);
            Path file = root.resolve(CorpusGenerator.pathOf(k));
            Files.writeString(file, CorpusGenerator.editedNote(seed, k, i), StandardCharsets.UTF_8);
            long s = System.nanoTime();
            var report = NotePipeline.of(ds).ingest(List.of(root));
            double ms = (System.nanoTime() - s) / 1e6;
            if (!report.failures().isEmpty())
                throw new IllegalStateException(
                        "re-ingest failed: " + report.failures().get(0));
            if (i >= 2) ChildJvm.result("ms", ms);
        }
        ChildJvm.result("quads", IngestChild.countQuads(ds.asDatasetGraph()));
        ChildJvm.result("peakRssMiB", Proc.peakRssMiB());
    }
}
