package org.claimgraph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;

/**
 * One note (watch mode, {@code verify}) or the notes of one git commit: everything accepted, and
 * the graphs of {@code removed} notes dropped, in one {@link NoteTransaction} on the caller's
 * thread at {@link #finish}. Holds the accepted graphs until then, so use it for a handful of
 * notes, not a folder ({@link BatchedTdbSink}).
 */
final class OneTransactionSink implements NoteSink {
    private final Dataset dataset;
    private final NoteTransaction.Steps steps;
    private final List<String> removed;
    private final List<PreparedNote> notes = new ArrayList<>();
    private IngestReport others = IngestReport.empty();
    private int dropped;

    OneTransactionSink(Dataset dataset, NoteTransaction.Steps steps, List<String> removed) {
        this.dataset = dataset;
        this.steps = steps;
        this.removed = List.copyOf(removed);
    }

    @Override
    public Function<Node, String> recorded() {
        return gn -> Txn.calculateRead(dataset, () -> RecordedHashes.current(dataset.asDatasetGraph(), gn));
    }

    @Override
    public void accept(PreparedNote p) {
        if (p.mapped()) notes.add(p);
        else others = others.plus(p.report());
    }

    @Override
    public IngestReport finish() {
        NoteTransaction.Written w = NoteTransaction.write(dataset, notes, removed, steps);
        dropped = w.dropped();
        notes.clear();
        return others.plus(w.report());
    }

    /** How many note graphs {@link #finish} dropped. */
    int dropped() {
        return dropped;
    }

    @Override
    public void close() {
        notes.clear();
    }
}
