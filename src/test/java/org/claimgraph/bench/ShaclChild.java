package org.claimgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.claimgraph.store.Ingestor;
import org.claimgraph.store.Stores;

/**
 * Child JVM for the SHACL benchmark: {@code NOTES SHAPES_DIR RUNS}. Ingests into memory, copies
 * the union graph into a plain in-memory graph, then validates it with all shapes in
 * {@code SHAPES_DIR} and with the Core-only subset (every {@code sh:sparql} constraint removed),
 * alternating, after two warm-up rounds. Prints {@code coreMs}, {@code fullMs}, {@code triples},
 * result counts and which shapes carried SPARQL constraints.
 */
public final class ShaclChild {
    private ShaclChild() {}

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable t) {
            t.printStackTrace();
            System.exit(2);
        }
        System.exit(0);
    }

    private static void run(String[] args) throws Exception {
        Path notes = Path.of(args[0]);
        Path shapesDir = Path.of(args[1]);
        int runs = Integer.parseInt(args[2]);

        Dataset ds = Stores.inMemory();
        Ingestor.ingest(ds, List.of(notes));
        Graph data = GraphFactory.createDefaultGraph();
        Txn.executeRead(ds, () -> ds.getUnionModel().getGraph().find().forEachRemaining(data::add));

        Graph all = GraphFactory.createDefaultGraph();
        try (Stream<Path> s = Files.walk(shapesDir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".ttl")).sorted().toList()) {
                RDFDataMgr.read(all, p.toString());
            }
        }
        Graph core = GraphFactory.createDefaultGraph();
        all.find().forEachRemaining(t -> { if (!t.getPredicate().equals(SHACL.sparql)) core.add(t); });
        long sparqlConstraints = all.find(Node.ANY, SHACL.sparql, Node.ANY).toList().size();
        Shapes fullShapes = Shapes.parse(all);
        Shapes coreShapes = Shapes.parse(core);

        ChildJvm.result("triples", data.size());
        ChildJvm.result("sparqlConstraints", sparqlConstraints);
        ChildJvm.result("shapes", fullShapes.numShapes());
        for (int i = 0; i < 2; i++) {
            ShaclValidator.get().validate(coreShapes, data);
            ShaclValidator.get().validate(fullShapes, data);
        }
        ValidationReport lastCore = null;
        ValidationReport lastFull = null;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            lastCore = ShaclValidator.get().validate(coreShapes, data);
            long t1 = System.nanoTime();
            lastFull = ShaclValidator.get().validate(fullShapes, data);
            long t2 = System.nanoTime();
            ChildJvm.result("coreMs", (t1 - t0) / 1e6);
            ChildJvm.result("fullMs", (t2 - t1) / 1e6);
        }
        ChildJvm.result("coreResults", lastCore.getEntries().size());
        ChildJvm.result("fullResults", lastFull.getEntries().size());
        ChildJvm.result("peakRssMiB", Proc.peakRssMiB());
    }
}
