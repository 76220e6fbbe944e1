package org.claimgraph.store;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.claimgraph.extract.Model;

/**
 * The former static entry points of ingest, kept for one integration round so that branches
 * written against them still compile: each is a one-line call of a {@link NotePipeline} without
 * steps. New code uses {@link NotePipeline} (with the steps the caller must run).
 *
 * @deprecated use {@link NotePipeline#builder(Dataset)} or {@link NotePipeline#of(Dataset)}
 */
@Deprecated(forRemoval = true)
public final class Ingestor {
    private Ingestor() {}

    public static IngestReport ingest(Dataset dataset, List<Path> paths) {
        return NotePipeline.of(dataset).ingest(paths);
    }

    public static IngestReport ingest(Dataset dataset, List<Path> paths, Consumer<Integer> onStart, Consumer<String> onFile) {
        return NotePipeline.of(dataset).ingest(paths, onStart, onFile);
    }

    public static IngestReport ingestFile(Dataset dataset, Path root, Path file) {
        return NotePipeline.of(dataset).ingestFile(root, file);
    }

    public static IngestReport ingestText(Dataset dataset, String relativePath, String text) {
        return NotePipeline.of(dataset).ingestText(relativePath, text);
    }

    public static IngestReport storeNote(Dataset dataset, Model.Note note) {
        return NotePipeline.of(dataset).store(note);
    }

    public static boolean dropNote(Dataset dataset, String relativePath) {
        return NotePipeline.of(dataset).drop(relativePath);
    }
}
