package org.claimgraph.server;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.util.Symbol;
import org.claimgraph.store.ChangeStep;
import org.claimgraph.store.IngestReport;
import org.claimgraph.store.NoteFiles;
import org.claimgraph.store.NotePipeline;
import org.claimgraph.store.Stores;

/**
 * How the server puts notes into its dataset: {@link #pipeline} is claimgraph's real ingest
 * ({@link NotePipeline}, with the change steps the server was given); tests substitute their own.
 * {@link #ingestFile} and {@link #dropNote} are one write transaction each; a note that fails
 * keeps its previous graph.
 */
public interface NoteIngest {
    IngestReport ingest(Dataset dataset, List<Path> paths);

    IngestReport ingestFile(Dataset dataset, Path root, Path file);

    boolean dropNote(Dataset dataset, String relativePath);

    /** The relative paths of the notes the dataset holds ({@code cg:sourcePath} of its note graphs). */
    default List<String> storedNotes(Dataset dataset) {
        return Stores.notePaths(dataset);
    }

    /** The real ingest, running {@code steps} in every write transaction. */
    static NoteIngest pipeline(List<? extends ChangeStep> steps) {
        return new NoteIngest() {
            private NotePipeline of(Dataset ds) {
                return NotePipeline.builder(ds).steps(steps).build();
            }

            @Override
            public IngestReport ingest(Dataset ds, List<Path> paths) {
                return of(ds).ingest(paths);
            }

            @Override
            public IngestReport ingestFile(Dataset ds, Path root, Path file) {
                return of(ds).ingestFile(root, file);
            }

            @Override
            public boolean dropNote(Dataset ds, String rel) {
                return of(ds).drop(rel);
            }
        };
    }

    /**
     * Where the server keeps its change steps in the served dataset's context, for the writes a
     * request makes through the pipeline ({@code POST /kg/verify}): a {@code List<ChangeStep>}.
     */
    Symbol STEPS = Symbol.create("https://w3id.org/claimgraph/server#changeSteps");

    /** The change steps {@link ClaimgraphServer} registered for {@code dataset}'s writes (none when it registered none). */
    @SuppressWarnings("unchecked")
    static List<ChangeStep> steps(org.apache.jena.sparql.core.DatasetGraph dataset) {
        Object v = dataset.getContext().get(STEPS);
        return v instanceof List<?> l ? (List<ChangeStep>) l : List.of();
    }

    /** The real ingest without change steps. */
    NoteIngest STORE = pipeline(List.of());

    /** Whether the watcher and the start-up ingest treat {@code file} as a note ({@link NoteFiles#isNote(Path)}). */
    static boolean isNote(Path file) {
        return NoteFiles.isNote(file);
    }
}
