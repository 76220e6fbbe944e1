package org.claimgraph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;

/**
 * Later folder ingests: notes are written {@link #BATCH_NOTES} at a time (or
 * {@link #BATCH_TRIPLES}), each batch in one {@link NoteTransaction} on a {@link BackgroundWriter}
 * thread while the producer prepares the next batch; at most {@link BackgroundWriter#MAX_QUEUED}
 * batches wait, so memory stays bounded. The hashes the store recorded are read once at the
 * start, so unchanged notes are skipped before they are even extracted.
 */
final class BatchedTdbSink implements NoteSink {
    /**
     * Notes (or triples) written per write transaction. A TDB2 commit costs far more than mapping
     * a note (BENCHMARKS.md: 90 % of a 1 000-note ingest went to per-note commits), so a folder
     * is written in batches; each note still replaces only its own graph.
     */
    static final int BATCH_NOTES = 64;

    static final long BATCH_TRIPLES = 500_000;

    private final BackgroundWriter<List<PreparedNote>> writer;
    private final Map<Node, String> recorded;
    private List<PreparedNote> batch = new ArrayList<>();
    private long batchTriples;

    BatchedTdbSink(Dataset dataset, NoteTransaction.Steps steps) {
        this.recorded = Txn.calculateRead(dataset, () -> RecordedHashes.current(dataset.asDatasetGraph()));
        this.writer = new BackgroundWriter<>(
                b -> NoteTransaction.write(dataset, b, List.of(), steps).report());
    }

    @Override
    public Function<Node, String> recorded() {
        return recorded::get;
    }

    @Override
    public void accept(PreparedNote p) {
        if (!p.mapped()) {
            writer.add(p.report());
            return;
        }
        batch.add(p);
        batchTriples += p.estimatedTriples();
        if (batch.size() >= BATCH_NOTES || batchTriples >= BATCH_TRIPLES) flush();
    }

    @Override
    public IngestReport finish() {
        flush();
        return writer.total();
    }

    private void flush() {
        if (batch.isEmpty()) return;
        writer.submit(batch);
        batch = new ArrayList<>();
        batchTriples = 0;
    }

    @Override
    public void close() {
        writer.close();
    }
}
