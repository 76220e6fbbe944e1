package org.claimgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.rdf.CG;

/**
 * The first ingest into a TDB2 database that holds no note yet: every note's quads (and its
 * recorded hash, {@link RecordedHashes}) are streamed into Jena's phased bulk loader (the code
 * behind {@code tdb2.tdbloader --loader=phased}), which builds the indexes in phases on several
 * threads instead of inserting quad by quad in one transaction. BENCHMARKS.md: at 1 000 notes
 * this is what brings ingest close to loading the finished N-Quads. When steps are registered,
 * they run right after the load in one write transaction, each note with an empty {@code before}
 * and its stored graph as {@code after} ({@link NoteTransaction#afterBulkLoad}).
 *
 * <p>The phased loader works below TDB2's transactions and is not crash-safe (Jena's TDB2
 * documentation: a load that goes wrong "can leave the database in a strange state"). That is
 * only acceptable for a database with nothing to lose, hence the two rules: it runs only when
 * the store holds no {@code cg:Note} (the ontology, audit or parameter graphs may be there), and a marker file
 * ({@value #MARKER}) sits in the database folder while it runs. If the process dies or the load
 * fails, the marker stays and {@link Stores#tdb2} refuses the folder with a message to delete
 * it and ingest again, instead of serving half an index. Notes that fail to read, extract or
 * map never reach the loader, so bad input cannot cause such a failure.
 */
final class BulkTdbSink implements NoteSink {
    /** Present in a database folder while a bulk load runs; left behind when it did not finish. */
    static final String MARKER = "claimgraph-bulk-load-incomplete";

    private static final MonitorOutput QUIET = (fmt, args) -> {};

    private final Dataset dataset;
    private final NoteTransaction.Steps steps;
    private final Path marker;
    private final DataLoader loader;
    private final StreamRDF stream;
    private final Set<Node> existingGraphs;
    /** Notes whose graph name the store holds already (not a note graph: it has no notes); replaced after the load. */
    private final List<PreparedNote> replaceAfter = new ArrayList<>();
    /** Notes loaded, for the steps after the load (empty without steps). */
    private final List<NoteTransaction.Loaded> loaded = new ArrayList<>();

    private IngestReport total = IngestReport.empty();
    private boolean finished;

    /** Whether {@code dataset} is a TDB2 database in a folder that holds no note yet. */
    static boolean applies(Dataset dataset) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        if (!TDBInternal.isTDB2(dsg) || !(dsg instanceof DatasetGraphSwitchable sw) || !sw.hasContainerPath())
            return false;
        return Txn.calculateRead(
                dataset,
                () -> !dsg.findNG(Node.ANY, Node.ANY, RDF.type.asNode(), CG.Note)
                        .hasNext());
    }

    /** A marker in {@code dbDir} says a bulk load there did not finish. */
    static boolean unfinished(Path dbDir) {
        return Files.exists(dbDir.resolve(MARKER));
    }

    BulkTdbSink(Dataset dataset, NoteTransaction.Steps steps) {
        this.dataset = dataset;
        this.steps = steps;
        DatasetGraph dsg = dataset.asDatasetGraph();
        this.marker = ((DatasetGraphSwitchable) dsg).getContainerPath().resolve(MARKER);
        this.existingGraphs = Txn.calculateWrite(dataset, () -> {
            dsg.removeGraph(RecordedHashes.GRAPH); // hashes of notes no longer stored
            Set<Node> names = new HashSet<>();
            dsg.listGraphNodes().forEachRemaining(names::add);
            return names;
        });
        try {
            Files.writeString(
                    marker,
                    "A claimgraph bulk ingest into this database started and has not finished.\n"
                            + "If this file is still here, that ingest was interrupted: delete the database folder and ingest again.\n");
        } catch (IOException e) {
            throw new StoreException(
                    "cannot write to the database folder " + marker.getParent() + ": " + e.getMessage(), e);
        }
        this.loader = LoaderFactory.phasedLoader(dsg, QUIET);
        loader.startBulk();
        this.stream = loader.stream();
    }

    @Override
    public void accept(PreparedNote p) {
        if (!p.mapped()) {
            total = total.plus(p.report());
            return;
        }
        if (existingGraphs.contains(p.graphName())) {
            replaceAfter.add(p);
            return;
        }
        IngestReport report;
        try {
            Node g = p.graphName();
            Graph graph = p.inMemory(); // the loader takes quads, so the graph is built here
            graph.find().forEachRemaining(t -> stream.quad(Quad.create(g, t)));
            RecordedHashes.quads(g, p.sha256()).forEach(stream::quad);
            report = p.reportFor(graph);
        } catch (RuntimeException e) {
            throw failed(e);
        }
        if (steps.any()) loaded.add(new NoteTransaction.Loaded(p.path(), p.graphName(), p.sha256()));
        total = total.plus(report);
    }

    @Override
    public IngestReport finish() {
        try {
            loader.finishBulk();
        } catch (RuntimeException e) {
            throw failed(e);
        }
        finished = true;
        try {
            Files.deleteIfExists(marker);
        } catch (IOException e) {
            throw new StoreException(
                    "the notes were loaded, but " + marker + " could not be removed: " + e.getMessage()
                            + "; remove it by hand",
                    e);
        }
        try {
            NoteTransaction.afterBulkLoad(dataset, loaded, BatchedTdbSink.BATCH_NOTES, steps);
        } catch (RuntimeException e) {
            throw new StoreException(
                    "the notes were loaded, but the change steps (history, audit) that run after the load failed: "
                            + e.getMessage() + "; the notes are stored without what those steps write",
                    e);
        }
        if (!replaceAfter.isEmpty())
            total = total.plus(NoteTransaction.write(dataset, replaceAfter, List.of(), steps)
                    .report());
        return total;
    }

    /** Ends the loader when {@link #finish} was not reached (an exception of the caller's or ours). */
    @Override
    public void close() {
        if (!finished) {
            finished = true;
            loader.finishException(new StoreException("bulk load abandoned"));
        }
    }

    private StoreException failed(RuntimeException e) {
        finished = true;
        loader.finishException(e);
        return new StoreException(
                "bulk load into the new database " + marker.getParent() + " failed (" + e.getMessage()
                        + "); the database may be incomplete: delete that folder and ingest again",
                e);
    }
}
