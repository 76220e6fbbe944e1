package org.claimgraph.store;

import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Work that must commit together with the notes it is about: it runs inside the write
 * transaction that replaces the notes' graphs, after they were replaced, so readers never see a
 * note without its history events or its findings. Implementations live in the packages that own
 * the derived data (history, validate); the store only calls them, which keeps the layering
 * (store knows nothing of history or SHACL).
 *
 * <p>A step writes only its own graphs (for example {@code cgid:graph/history} or
 * {@code cgid:audit}), must not start or end transactions, and must be deterministic: applying
 * the same changes twice leaves the same data. A step that throws aborts the whole write.
 *
 * <p>Register steps with {@code NotePipeline.builder(dataset).steps(...)}. The pipeline calls
 * {@link #apply} once per write transaction that changed at least one note (a folder ingest
 * writes in batches of up to 64 notes, each its own transaction; a watch re-ingest, a
 * {@code verify} or one git commit is one transaction). After a bulk load into a new database the
 * steps run in one write transaction, called once per chunk of up to 64 notes, each with an empty
 * {@code before}. Unchanged notes (same content hash) never reach a step. All calls of one
 * pipeline call share one {@link WriteContext}. Against a remote store steps are not run.
 */
@FunctionalInterface
public interface ChangeStep {
    /**
     * @param dsg     the dataset, inside an open write transaction; the notes' graphs already hold {@code after}
     * @param changes the notes written in this transaction, in input order; never empty
     * @param context who wrote them and when
     */
    void apply(DatasetGraph dsg, List<NoteChange> changes, WriteContext context);
}
