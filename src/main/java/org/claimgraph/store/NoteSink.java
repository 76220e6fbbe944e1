package org.claimgraph.store;

import java.util.function.Function;
import org.apache.jena.graph.Node;

/**
 * Where a {@link NotePipeline} puts the notes its {@link NoteProducer} prepared, in input order.
 * Implementations: {@link BulkTdbSink} (first ingest into an empty TDB2 database),
 * {@link BatchedTdbSink} (later folder ingests), {@link GspSink} (a remote store over the Graph
 * Store Protocol) and {@link OneTransactionSink} (one note, or one git commit's notes, in one
 * transaction). A sink only moves data forward (to {@link NoteTransaction} or the network); it
 * never calls back into the pipeline or the producer.
 */
interface NoteSink extends AutoCloseable {
    /** A prepared note: stored when mapped, counted when unchanged, reported when failed. */
    void accept(PreparedNote note);

    /** Stores what is still pending and adds up the reports of all notes, in input order. */
    IngestReport finish();

    /** The SHA-256 this sink's store recorded for a note graph under the current extractor, or null. */
    default Function<Node, String> recorded() {
        return g -> null;
    }

    /** Releases threads or loaders when {@link #finish} was not reached; never throws. */
    @Override
    void close();
}
