package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.claimgraph.corpus.CorpusGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link QuadScan} gives exactly the quads {@code findNG} gives, on a TDB2 store read cold (the
 * database expelled and opened again, so every term comes from the node file) and on the in-memory
 * store: the bundled examples, a generated corpus and a graph of inline terms (numbers, dates,
 * booleans, which TDB2 keeps in the node id), blank nodes and long texts, in graphs whose subjects and
 * predicates repeat and alternate, plus a default-graph triple that neither may give.
 */
class QuadScanTest {
    @TempDir
    Path tmp;

    private static final Node P = NodeFactory.createURI("urn:test:p");
    private static final Node Q = NodeFactory.createURI("urn:test:q");

    /** Quads whose terms TDB2 stores inline or in the node file, subjects and predicates alternating. */
    private static List<Quad> mixed() {
        List<Quad> out = new ArrayList<>();
        for (int gi = 0; gi < 3; gi++) {
            Node g = NodeFactory.createURI("urn:test:g" + gi);
            for (int i = 0; i < 40; i++) {
                Node s = i % 5 == 0
                        ? NodeFactory.createBlankNode("b" + gi + "-" + i)
                        : NodeFactory.createURI("urn:test:s" + i);
                out.add(Quad.create(
                        g, s, P, NodeFactory.createLiteralDT(Integer.toString(i - 20), XSDDatatype.XSDinteger)));
                out.add(Quad.create(
                        g, s, Q, NodeFactory.createLiteralDT("2025-12-0" + (1 + i % 9), XSDDatatype.XSDdate)));
                out.add(Quad.create(g, s, P, NodeFactory.createLiteralDT(i + ".25", XSDDatatype.XSDdecimal)));
                out.add(Quad.create(
                        g, s, Q, NodeFactory.createLiteralDT(i % 2 == 0 ? "true" : "false", XSDDatatype.XSDboolean)));
                out.add(Quad.create(
                        g, s, P, NodeFactory.createLiteralLang("第 " + i + " 行 " + "文".repeat(i * 40), "zh")));
                out.add(Quad.create(
                        g, s, NodeFactory.createURI("urn:test:p" + i), NodeFactory.createURI("urn:test:s" + (i + 1))));
            }
        }
        return out;
    }

    private static void fill(Dataset ds) throws Exception {
        Path notes = Path.of("examples");
        NotePipeline.of(ds).ingest(List.of(notes));
        Txn.executeWrite(ds, () -> mixed().forEach(ds.asDatasetGraph()::add));
        Dataset stored = Stores.asStored(ds);
        Txn.executeWrite(
                stored,
                () -> stored.asDatasetGraph()
                        .getDefaultGraph()
                        .add(
                                NodeFactory.createURI("urn:test:default"),
                                P,
                                NodeFactory.createLiteralString("not named")));
    }

    private static List<String> sorted(Iterator<Quad> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(q -> out.add(q.toString()));
        out.sort(null);
        return out;
    }

    private static void sameAsFindNG(Dataset ds) {
        Txn.executeRead(ds, () -> sameAsFindNG(ds.asDatasetGraph()));
    }

    /** Both lists compared quad by quad in string order, so that a failure names the first quad that differs. */
    private static void sameAsFindNG(DatasetGraph dsg) {
        List<String> scanned = sorted(QuadScan.namedGraphs(dsg));
        List<String> found = sorted(dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY));
        assertTrue(found.size() > 2_000, "the store holds the notes and the mixed graphs: " + found.size());
        assertEquals(found.size(), scanned.size(), "quads");
        for (int i = 0; i < found.size(); i++)
            assertEquals(found.get(i), scanned.get(i), "the " + i + "th quad in string order");
        assertTrue(scanned.stream().noneMatch(q -> q.contains("urn:test:default")), "no default-graph triple");
    }

    @Test
    void tdb2ReadColdGivesTheQuadsFindNGGives() throws Exception {
        Path db = tmp.resolve("db");
        Dataset ds = Stores.tdb2(db);
        fill(ds);
        CorpusGenerator.write(CorpusGenerator.generate(12, 5), tmp.resolve("corpus"));
        NotePipeline.of(ds).ingest(List.of(tmp.resolve("corpus")));
        Stores.release(ds);
        Dataset cold = Stores.tdb2(db);
        try {
            sameAsFindNG(cold);
        } finally {
            Stores.release(cold);
        }
    }

    /** A full audit on a new date rebuilds the data graph inside the write transaction that wrote the notes. */
    @Test
    void insideAWriteTransactionTheNewQuadsAreDecodedToo() throws Exception {
        Path db = tmp.resolve("db");
        Dataset ds = Stores.tdb2(db);
        fill(ds);
        Stores.release(ds);
        Dataset again = Stores.tdb2(db);
        try {
            Txn.executeWrite(again, () -> {
                DatasetGraph dsg = again.asDatasetGraph();
                Node g = NodeFactory.createURI("urn:test:written-now");
                for (int i = 0; i < 300; i++)
                    dsg.add(Quad.create(
                            g,
                            NodeFactory.createURI("urn:test:new" + i),
                            P,
                            NodeFactory.createLiteralString("写于本事务 " + i + "y".repeat(i))));
                sameAsFindNG(dsg);
                assertEquals(
                        300,
                        sorted(QuadScan.namedGraphs(dsg)).stream()
                                .filter(q -> q.contains("写于本事务"))
                                .count());
            });
        } finally {
            Stores.release(again);
        }
    }

    @Test
    void inMemoryGivesTheQuadsFindNGGives() throws Exception {
        Dataset ds = Stores.inMemory();
        fill(ds);
        sameAsFindNG(ds);
    }
}
