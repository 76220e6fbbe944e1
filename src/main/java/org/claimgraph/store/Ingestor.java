package org.claimgraph.store;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;

/**
 * Reads notes from disk, extracts, maps and writes each into its own named graph in one
 * write transaction. A note that fails keeps whatever graph it had before.
 */
public final class Ingestor {
    private Ingestor() {}

    /** Ingests files and folders (.md, .markdown, .txt); paths inside a folder are relative to it. */
    public static IngestReport ingest(Dataset dataset, List<Path> paths) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Ingests one file whose graph name comes from its path relative to {@code root}. */
    public static IngestReport ingestFile(Dataset dataset, Path root, Path file) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Drops the graph of the note at {@code relativePath}; returns true when it existed. */
    public static boolean dropNote(Dataset dataset, String relativePath) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
