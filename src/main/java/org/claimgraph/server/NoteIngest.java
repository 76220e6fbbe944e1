package org.claimgraph.server;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.claimgraph.store.IngestReport;
import org.claimgraph.store.Ingestor;

/**
 * How the server puts notes into its dataset: {@link #STORE} is claimgraph's real ingest
 * ({@link Ingestor}); tests substitute their own. Each call is one write transaction per note and
 * a note that fails keeps its previous graph.
 */
public interface NoteIngest {
    IngestReport ingest(Dataset dataset, List<Path> paths);

    IngestReport ingestFile(Dataset dataset, Path root, Path file);

    boolean dropNote(Dataset dataset, String relativePath);

    /** The real ingest of {@code org.claimgraph.store}. */
    NoteIngest STORE = new NoteIngest() {
        @Override public IngestReport ingest(Dataset ds, List<Path> paths) { return Ingestor.ingest(ds, paths); }
        @Override public IngestReport ingestFile(Dataset ds, Path root, Path file) { return Ingestor.ingestFile(ds, root, file); }
        @Override public boolean dropNote(Dataset ds, String rel) { return Ingestor.dropNote(ds, rel); }
    };

    /** Whether the watcher and the start-up ingest treat {@code file} as a note. */
    static boolean isNote(Path file) {
        String name = file.getFileName().toString();
        if (name.startsWith(".") || name.endsWith("~"))
            return false;
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".txt");
    }
}
