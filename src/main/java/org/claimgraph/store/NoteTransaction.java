package org.claimgraph.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The write transaction every local note write goes through (batched ingest, one note, removals,
 * the replacements after a bulk load). In one {@code Txn.executeWrite}, for each note: skip it if
 * the store recorded the same hash under the same extractor (it counts as unchanged and makes no
 * {@link NoteChange}); otherwise record its hash ({@link RecordedHashes}) and replace its graph:
 * <ul>
 * <li>with steps registered, the old graph is copied into memory and the note mapped into a new
 *     in-memory graph ({@link PreparedNote#writeTo}); the store gets only the difference
 *     ({@link GraphDelta}): an edit of one status rewrites a handful of quads, not the note's
 *     thousands. The steps read the old copy and the new graph in a {@link NoteChange}: read back
 *     from the store where it may change lexical forms (TDB2; so that both hold literals as the store
 *     keeps them), the graph written where it keeps nodes as given ({@link #storedAsGiven});</li>
 * <li>without steps, the old graph is dropped and the note mapped straight into the store's graph,
 *     so that the note's whole graph is never held in memory.</li>
 * </ul>
 * Then the {@link ChangeStep}s run on all changes of the transaction, after the graphs were
 * replaced. A transaction that fails stored nothing (it aborts as a whole), so its notes are
 * retried one per transaction: one note that cannot be stored never costs the others their update.
 */
final class NoteTransaction {
    private static final Logger LOG = LoggerFactory.getLogger(NoteTransaction.class);

    private NoteTransaction() {}

    /** The steps to run in every write transaction of one pipeline call, and who writes. */
    record Steps(List<ChangeStep> steps, WriteContext context) {
        Steps {
            steps = List.copyOf(steps);
        }

        boolean any() {
            return !steps.isEmpty();
        }

        void apply(DatasetGraph dsg, List<NoteChange> changes) {
            if (changes.isEmpty() || steps.isEmpty()) return;
            List<NoteChange> view = Collections.unmodifiableList(changes);
            for (ChangeStep s : steps) s.apply(dsg, view, context);
        }
    }

    /** A note a bulk load wrote: enough to read its graph back for the steps. */
    record Loaded(String path, Node graphName, String sha256) {}

    /** What a write did: the report of its notes and how many note graphs it dropped. */
    record Written(IngestReport report, int dropped) {
        Written plus(Written o) {
            return new Written(report.plus(o.report), dropped + o.dropped);
        }
    }

    /**
     * Replaces the graphs of the mapped {@code notes} and drops the graphs of {@code removed}
     * (relative paths) in one write transaction, then runs the steps on the changes.
     */
    static Written write(Dataset dataset, List<PreparedNote> notes, List<String> removed, Steps steps) {
        List<PreparedNote> mapped = notes.stream().filter(PreparedNote::mapped).toList();
        if (mapped.isEmpty() && removed.isEmpty()) return new Written(IngestReport.empty(), 0);
        try {
            return Txn.calculateWrite(dataset, () -> inTransaction(dataset.asDatasetGraph(), mapped, removed, steps));
        } catch (RuntimeException e) {
            if (mapped.size() + removed.size() == 1) return new Written(oneFailed(mapped, removed, e), 0);
            LOG.debug(
                    "writing {} notes in one transaction failed; writing them one by one",
                    mapped.size() + removed.size(),
                    e);
            Written total = new Written(IngestReport.empty(), 0);
            for (PreparedNote p : mapped) total = total.plus(write(dataset, List.of(p), List.of(), steps));
            for (String r : removed) total = total.plus(write(dataset, List.of(), List.of(r), steps));
            return total;
        }
    }

    private static IngestReport oneFailed(List<PreparedNote> mapped, List<String> removed, RuntimeException e) {
        String path = mapped.isEmpty() ? removed.get(0) : mapped.get(0).path();
        LOG.debug("writing {} failed", path, e);
        return IngestReport.failed(
                path,
                (mapped.isEmpty() ? "could not be dropped (" : "could not be stored (") + e.getMessage()
                        + "); its previous graph, if any, is kept");
    }

    private static Written inTransaction(
            DatasetGraph dsg, List<PreparedNote> mapped, List<String> removed, Steps steps) {
        List<NoteChange> changes = new ArrayList<>();
        IngestReport report = IngestReport.empty();
        for (PreparedNote p : mapped) {
            Node gn = p.graphName();
            if (RecordedHashes.isCurrent(
                    dsg, gn, p.sha256())) { // written meanwhile (another writer) with the same bytes
                report = report.plus(IngestReport.unchangedNote());
                continue;
            }
            if (steps.any()) {
                Graph before = copy(dsg, gn);
                Graph fresh = GraphFactory.createDefaultGraph();
                p.writeTo(fresh);
                GraphDelta.replace(dsg, gn, before, fresh);
                RecordedHashes.record(dsg, gn, p.sha256());
                Graph after = storedAsGiven(dsg) ? fresh : copy(dsg, gn);
                changes.add(new NoteChange(p.path(), gn, before, after, p.sha256()));
                report = report.plus(p.reportFor(after));
            } else {
                dsg.removeGraph(gn);
                p.writeTo(dsg.getGraph(gn)); // mapped straight into the store: no whole graph in memory
                RecordedHashes.record(dsg, gn, p.sha256());
                report = report.plus(p.reportFor(dsg.getGraph(gn)));
            }
        }
        int dropped = 0;
        for (String rel : removed) {
            Node gn = NoteProducer.graphName(rel);
            boolean existed = dsg.containsGraph(gn) && !dsg.getGraph(gn).isEmpty();
            RecordedHashes.forget(dsg, gn);
            if (!existed) continue;
            Graph before = steps.any() ? copy(dsg, gn) : Graph.emptyGraph;
            dsg.removeGraph(gn);
            // read back, as a written note is: the removal is applied now (an in-memory store batches its
            // writes until a read may see them), so that the steps' time is theirs, not the note's
            if (steps.any() && dsg.contains(gn, Node.ANY, Node.ANY, Node.ANY))
                throw new IllegalStateException("the graph of " + rel + " is still stored after its removal");
            changes.add(new NoteChange(rel, gn, before, Graph.emptyGraph, null));
            dropped++;
        }
        steps.apply(dsg, changes);
        return new Written(report, dropped);
    }

    /**
     * Runs the steps for notes that a bulk load just wrote (before = empty, after = the stored
     * graph), in one write transaction, {@code chunk} notes per call so that memory stays bounded.
     */
    static void afterBulkLoad(Dataset dataset, List<Loaded> loaded, int chunk, Steps steps) {
        if (!steps.any() || loaded.isEmpty()) return;
        DatasetGraph dsg = dataset.asDatasetGraph();
        Txn.executeWrite(dataset, () -> {
            for (int i = 0; i < loaded.size(); i += chunk) {
                List<NoteChange> part = new ArrayList<>();
                for (Loaded c : loaded.subList(i, Math.min(loaded.size(), i + chunk)))
                    part.add(new NoteChange(
                            c.path(), c.graphName(), Graph.emptyGraph, copy(dsg, c.graphName()), c.sha256()));
                steps.apply(dsg, part);
            }
        });
    }

    /**
     * Whether {@code dsg} stores every node as it was given, so that a graph written to it reads back
     * equal to the graph written: Jena's in-memory datasets (ours, {@link Stores#inMemory}) do, TDB2 does
     * not (it stores numbers, dates and booleans by value where it can, so some literals read back in
     * another lexical form), so a note written to TDB2 is read back for the steps, as its old graph is.
     * Skipping the read-back where it cannot differ saves a copy of the note's whole graph (a whole
     * in-memory ingest of a 4 MB note 0.88× the time, BENCHMARKS.md, session 14).
     */
    static boolean storedAsGiven(DatasetGraph dsg) {
        return Stores.tdb2Underneath(dsg) == null;
    }

    /** An in-memory copy of a stored graph (empty when absent), independent of the transaction. */
    private static Graph copy(DatasetGraph dsg, Node gn) {
        Graph c = GraphFactory.createDefaultGraph();
        if (dsg.containsGraph(gn)) dsg.getGraph(gn).find().forEachRemaining(c::add);
        return c;
    }
}
