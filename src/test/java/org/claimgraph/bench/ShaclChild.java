package org.claimgraph.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.claimgraph.store.NotePipeline;
import org.claimgraph.store.Stores;
import org.claimgraph.validate.CoreShapes;
import org.claimgraph.validate.DataGraph;
import org.claimgraph.validate.ShapesLoader;
import org.claimgraph.validate.Validation;

/**
 * Child JVM for the SHACL benchmark: {@code NOTES|QUADS.nq SHAPES_DIR RUNS [WARMUPS]}. Does what
 * {@code claimgraph validate} does: ingest into memory, build the data graph
 * ({@code validate.DataGraph}, audit date fixed), then validate it ({@code Validation.results}: the
 * results without Jena's report graph, as {@code validate}/{@code audit} read them) with all shapes in
 * {@code SHAPES_DIR} and with the Core-only subset ({@code validate.CoreShapes}: shapes with
 * {@code sh:sparql} left out), alternating, after {@code WARMUPS} (default 2) untimed rounds of both;
 * the ingested dataset is dropped before the rounds, as the CLI lets its store go. Prints {@code coreMs}, {@code fullMs}, {@code triples},
 * result counts and which shapes carried SPARQL constraints.
 */
public final class ShaclChild {
    /** A fixed audit date, so date rules give the same results in every run. */
    static final LocalDate AS_OF = LocalDate.of(2025, 12, 1);

    private ShaclChild() {}

    public static void main(String[] args) {
        ChildJvm.runAndExit(args, ShaclChild::run);
    }

    /**
     * The data graph, built from a dataset that is dropped on return: {@code validate} and {@code audit} also
     * let their store go before the shapes run, so the heap the validation sees holds the data graph only.
     */
    private static Graph dataGraph(Path notes) throws Exception {
        Dataset ds;
        if (notes.toString().endsWith(".nq")) { // the quads an ingest of the notes produced (faster to load)
            ds = org.apache.jena.query.DatasetFactory.createTxnMem();
            org.apache.jena.riot.RDFDataMgr.read(ds, notes.toString());
        } else {
            ds = Stores.inMemory();
            NotePipeline.of(ds).ingest(List.of(notes));
        }
        long d0 = System.nanoTime();
        Graph data = DataGraph.of(ds, AS_OF);
        ChildJvm.result("dataGraphMs", (System.nanoTime() - d0) / 1e6);
        ds.close();
        return data;
    }

    private static void run(String[] args) throws Exception {
        Path notes = Path.of(args[0]);
        Path shapesDir = Path.of(args[1]);
        int runs = Integer.parseInt(args[2]);

        Graph data = dataGraph(notes);
        System.gc(); // the ingested dataset is garbage now, as in the CLI, which releases its store first

        Graph all = ShapesLoader.graph(shapesDir);
        Graph core = CoreShapes.coreOnly(all);
        long sparqlConstraints =
                all.find(Node.ANY, SHACL.sparql, Node.ANY).toList().size();
        Shapes fullShapes = Shapes.parse(all);
        Shapes coreShapes = Shapes.parse(core);

        ChildJvm.result("triples", data.size());
        ChildJvm.result("sparqlConstraints", sparqlConstraints);
        ChildJvm.result("shapes", fullShapes.numShapes());
        int warmups = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        for (int i = 0; i < warmups; i++) {
            Validation.results(data, coreShapes);
            Validation.results(data, fullShapes);
        }
        List<ReportEntry> lastCore = null;
        List<ReportEntry> lastFull = null;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            lastCore = Validation.results(data, coreShapes);
            long t1 = System.nanoTime();
            lastFull = Validation.results(data, fullShapes);
            long t2 = System.nanoTime();
            ChildJvm.result("coreMs", (t1 - t0) / 1e6);
            ChildJvm.result("fullMs", (t2 - t1) / 1e6);
        }
        ChildJvm.result("coreResults", lastCore.size());
        ChildJvm.result("fullResults", lastFull.size());
        ChildJvm.result("peakRssMiB", Proc.peakRssMiB());
    }
}
