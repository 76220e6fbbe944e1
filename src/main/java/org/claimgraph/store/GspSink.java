package org.claimgraph.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A remote SPARQL 1.1 store ({@code --store sparql:URL}): each mapped note replaces its remote
 * graph with one Graph Store Protocol {@code PUT} as soon as it is prepared, so only one note's
 * graph is in memory at a time (no scratch dataset of the folder). A note that failed is not sent,
 * so its remote graph stays as it was. A PUT the store refuses (authentication, network) ends the
 * run with that error: the notes sent before it stay written.
 *
 * <p>Not done against a remote store, on purpose and stated here: {@link ChangeStep}s do not run
 * (a step needs the store's write transaction, which GSP does not offer; run history or the audit
 * against a local TDB2 store), and unchanged notes are not recognised (every note is sent; no
 * hash is recorded remotely). Both are logged once per run when they apply.
 */
final class GspSink implements NoteSink {
    private static final Logger LOG = LoggerFactory.getLogger(GspSink.class);

    private final RemoteStore remote;
    private IngestReport total = IngestReport.empty();

    /** With {@code withOntology} (a folder ingest) the ontology graph is PUT first, as a local store holds it. */
    GspSink(RemoteStore remote, NoteTransaction.Steps steps, boolean withOntology) {
        this.remote = remote;
        if (withOntology) remote.putGraph(org.claimgraph.rdf.Iris.ONTOLOGY_GRAPH, Stores.ontologyGraph());
        if (steps.any())
            LOG.warn("{} change step(s) (history, audit) are not run against the remote store {}; they need a local store",
                    steps.steps().size(), remote.endpoints().gsp());
    }

    @Override
    public void accept(PreparedNote p) {
        if (p.mapped()) remote.putGraph(p.graphName().getURI(), p.graph());
        total = total.plus(p.report());
    }

    @Override
    public IngestReport finish() { return total; }

    @Override
    public void close() { }
}
