package org.claimgraph.store;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.claimgraph.rdf.Iris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A remote SPARQL 1.1 store ({@code --store sparql:URL}): each mapped note replaces its remote
 * graph with one Graph Store Protocol {@code PUT} as soon as it is prepared, so only one note's
 * graph is in memory at a time (no scratch dataset of the folder). A note that failed is not sent,
 * so its remote graph stays as it was. A PUT the store refuses (authentication, network) ends the
 * run with that error: the notes sent before it stay written.
 *
 * <p><b>Unchanged notes</b> are recognised as on a local store: the store's {@value Iris#INGEST_GRAPH}
 * graph (two short literals per note: {@code cg:contentSha256}, {@code cg:extractorFingerprint}) is
 * read once when the sink opens, and a note whose bytes and extractor match a record, and whose
 * graph the store still holds, is not sent. GSP offers no transaction that would write a note and
 * its record together, so the records are kept correct by ordering: before the first note whose
 * record exists is replaced, the ingest graph is PUT with only the records this run has confirmed
 * (a run that stops after that re-sends the other notes next time, never skips a changed one); at
 * {@link #finish} (or {@link #close} after a failure) it is PUT once with every record. A re-ingest
 * of unchanged notes sends nothing but the ontology graph; a first ingest sends one extra PUT.
 *
 * <p>Not done against a remote store, on purpose: {@link ChangeStep}s do not run (a step needs the
 * store's write transaction, which GSP does not offer; run history or the audit against a local
 * TDB2 store); a warning says so once per run.
 */
final class GspSink implements NoteSink {
    private static final Logger LOG = LoggerFactory.getLogger(GspSink.class);
    private static final String INGEST = Iris.INGEST_GRAPH;

    private final RemoteStore remote;
    /** What the store recorded when the sink opened, updated as notes are written: the truth to PUT at the end. */
    private final Graph records;

    private final Map<Node, String> current;
    /** Notes whose record this run confirmed (unchanged) or wrote. */
    private final Set<Node> confirmed = new HashSet<>();

    private boolean invalidated;
    private boolean dirty;
    private IngestReport total = IngestReport.empty();

    /** With {@code withOntology} (a folder ingest) the ontology graph is PUT first, as a local store holds it. */
    GspSink(RemoteStore remote, NoteTransaction.Steps steps, boolean withOntology) {
        this.remote = remote;
        if (withOntology) remote.putGraph(Iris.ONTOLOGY_GRAPH, Stores.ontologyGraph());
        if (steps.any())
            LOG.warn(
                    "{} change step(s) (history, audit) are not run against the remote store {}; they need a local store",
                    steps.steps().size(),
                    remote.endpoints().gsp());
        Graph stored = remote.graph(INGEST);
        this.records = GraphFactory.createDefaultGraph();
        stored.find().forEachRemaining(records::add);
        this.current = stored.isEmpty() ? Map.of() : RecordedHashes.current(stored, new HashSet<>(remote.graphs()));
    }

    @Override
    public Function<Node, String> recorded() {
        return current::get;
    }

    @Override
    public void accept(PreparedNote p) {
        if (p.unchanged()) confirmed.add(p.graphName());
        if (p.mapped()) {
            if (!invalidated && records.contains(p.graphName(), Node.ANY, Node.ANY)) invalidate();
            records.remove(p.graphName(), Node.ANY, Node.ANY);
            dirty = true;
            Graph graph = p.inMemory();
            remote.putGraph(p.graphName().getURI(), graph);
            RecordedHashes.record(records, p.graphName(), p.sha256());
            confirmed.add(p.graphName());
            total = total.plus(p.reportFor(graph));
            return;
        }
        total = total.plus(p.report());
    }

    /** Leaves on the store only the records this run confirmed, before a recorded note is replaced. */
    private void invalidate() {
        Graph kept = GraphFactory.createDefaultGraph();
        records.find().forEachRemaining(t -> {
            if (confirmed.contains(t.getSubject())) kept.add(t);
        });
        remote.putGraph(INGEST, kept);
        invalidated = true;
    }

    @Override
    public IngestReport finish() {
        writeRecords();
        return total;
    }

    private void writeRecords() {
        if (!dirty) return;
        remote.putGraph(INGEST, records);
        dirty = false;
    }

    /** After a failed run: the records of the notes written so far (and of the others) go back to the store. */
    @Override
    public void close() {
        try {
            writeRecords();
        } catch (RuntimeException e) {
            LOG.warn(
                    "could not write the note hashes to {}: {} (the next ingest re-sends those notes)",
                    remote.endpoints().gsp(),
                    e.getMessage());
        }
    }
}
