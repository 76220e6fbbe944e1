package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.BaseDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTableTRDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The node file with its read buffer answers what Jena's own answers: nodes read cold from disk
 * (after the database left the JVM) through stock Jena and through {@link Stores#tdb2} equal what was
 * written, terms longer than a chunk included; a write transaction that reuses the file positions of
 * an aborted one decodes its own nodes, not the aborted ones. Numbers are left out there (TDB2 keeps
 * them inline or canonicalises them); integers beyond 64 bits have their own test: Jena 5.6 reads them
 * back as other numbers, this table as written.
 */
class BufferedNodeTableTest {
    @TempDir
    Path tmp;

    private static final Node G = NodeFactory.createURI("urn:test:g");

    /** Terms of every kind the node file holds, some longer than a chunk, some multi-byte. */
    private static List<Node> terms(String tag, int n) {
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(NodeFactory.createURI("https://example.org/" + tag + "/" + i));
            out.add(NodeFactory.createLiteralString(tag + " 待验证 " + i + "x".repeat(i % 7 == 0 ? 1500 + i : i)));
            out.add(NodeFactory.createLiteralLang(tag + " note " + i, i % 2 == 0 ? "zh" : "en"));
            out.add(NodeFactory.createLiteralDT(tag + "-" + i, new BaseDatatype("urn:test:dt")));
            out.add(NodeFactory.createBlankNode(tag + "b" + i));
        }
        return out;
    }

    private static Set<Triple> triples(List<Node> nodes) {
        Set<Triple> out = new HashSet<>();
        Node p = NodeFactory.createURI("urn:test:p");
        for (int i = 0; i < nodes.size(); i++) {
            Node s = NodeFactory.createURI("urn:test:s" + i);
            out.add(Triple.create(s, p, nodes.get(i)));
        }
        return out;
    }

    private static Set<Triple> read(Dataset ds) {
        return Txn.calculateRead(ds, () -> {
            Set<Triple> out = new HashSet<>();
            ds.asDatasetGraph().find(G, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple()));
            return out;
        });
    }

    private static boolean ours(Dataset ds) {
        return BufferedNodeTable.of(ds.asDatasetGraph()).orElseThrow() instanceof BufferedNodeTable;
    }

    @Test
    void aTdb2DatabaseOnDiskReadsThroughTheBufferAndOthersDoNot() {
        Dataset disk = Stores.tdb2(tmp.resolve("db"));
        Dataset scratch = Stores.scratchLike(disk.asDatasetGraph());
        Dataset memory = Stores.inMemory();
        try {
            assertTrue(ours(disk), "TDB2 on disk");
            assertFalse(ours(scratch), "TDB2 in memory keeps Jena's transport");
            assertFalse(BufferedNodeTable.install(memory.asDatasetGraph()), "not TDB2");
            assertTrue(BufferedNodeTable.of(memory.asDatasetGraph()).isEmpty());
        } finally {
            Stores.release(disk);
            scratch.close();
            memory.close();
        }
    }

    @Test
    void aNodeTableWithoutTheExpectedWrapperIsLeftAsJenasNotReplaced() throws ReflectiveOperationException {
        Dataset scratch = TDB2Factory.createDataset(); // TDB2 in memory: Jena's node file, never replaced
        try {
            NodeTableTRDF jenas = BufferedNodeTable.of(scratch.asDatasetGraph()).orElseThrow();
            assertFalse(jenas instanceof BufferedNodeTable);
            assertFalse(BufferedNodeTable.replaceUnder(jenas), "no wrapper above it holds it: nothing to replace");
            assertFalse(ours(scratch));
        } finally {
            scratch.close();
        }
    }

    @Test
    void coldReadsEqualWhatWasWrittenThroughStockJenaAndThroughTheBuffer() {
        Path dir = tmp.resolve("db");
        Set<Triple> expected = triples(terms("kept", 400));
        Dataset ds = Stores.tdb2(dir);
        Txn.executeWrite(ds, () -> expected.forEach(t -> ds.asDatasetGraph().add(Quad.create(G, t))));
        ds.begin(ReadWrite.WRITE); // an aborted write appends nodes a later write replaces
        triples(terms("aborted", 200)).forEach(t -> ds.asDatasetGraph().add(Quad.create(G, t)));
        ds.abort();
        ds.end();
        Set<Triple> later = triples(terms("later", 200));
        Txn.executeWrite(ds, () -> later.forEach(t -> ds.asDatasetGraph().add(Quad.create(G, t))));
        expected.addAll(later);
        Stores.release(ds);

        Dataset stock = TDB2Factory.connectDataset(dir.toString());
        assertFalse(ours(stock));
        assertEquals(expected, read(stock), "stock Jena");
        Stores.release(stock);

        Dataset ours = Stores.tdb2(dir);
        assertTrue(ours(ours));
        assertEquals(expected, read(ours), "through the buffer");
        Stores.release(ours);
    }

    @Test
    void aWriteAfterAnAbortedOneDecodesItsOwnNodesNotTheAbortedOnes() {
        Dataset ds = Stores.tdb2(tmp.resolve("db"));
        try {
            NodeTableTRDF table = BufferedNodeTable.of(ds.asDatasetGraph()).orElseThrow();
            List<Node> aborted = terms("aborted", 50);
            List<Node> written = terms("written", 50);
            ds.begin(ReadWrite.WRITE);
            List<NodeId> abortedIds =
                    aborted.stream().map(table::getAllocateNodeId).toList();
            assertEquals(
                    aborted, abortedIds.stream().map(table::getNodeForNodeId).toList(), "read back in its own write");
            ds.abort();
            ds.end();

            ds.begin(ReadWrite.WRITE);
            List<NodeId> ids = written.stream().map(table::getAllocateNodeId).toList();
            assertEquals(abortedIds.get(0), ids.get(0), "the new nodes reuse the aborted nodes' file positions");
            for (int i = ids.size() - 1; i >= 0; i--) { // last first: where the aborted nodes were read last
                assertEquals(written.get(i), table.getNodeForNodeId(ids.get(i)), "node " + i);
            }
            ds.commit();
            ds.end();
        } finally {
            Stores.release(ds);
        }
    }

    @Test
    void integersBeyondSixtyFourBitsReadBackAsWrittenAfterARestartInStockJenaToo() {
        Path dir = tmp.resolve("db");
        List<String> big = List.of(
                "92233720368547754450",
                "18446744073709551616",
                "9223372036854775808",
                "-9223372036854775809",
                "123456789012345678901234567890");
        List<String> small = List.of("9223372036854775807", "-9223372036854775808", "36028797018963968", "42");
        Set<Triple> expected = new HashSet<>();
        Node p = NodeFactory.createURI("urn:test:value");
        int i = 0;
        for (String lex : concat(big, small)) {
            Node n = NodeFactory.createLiteralDT(lex, XSDDatatype.XSDinteger);
            assertEquals(big.contains(lex), BufferedNodeTable.beyondLong(n), lex);
            expected.add(Triple.create(NodeFactory.createURI("urn:test:n" + i++), p, n));
        }
        Node illFormed = NodeFactory.createLiteralDT("12x", XSDDatatype.XSDinteger);
        assertFalse(BufferedNodeTable.beyondLong(illFormed));
        expected.add(Triple.create(NodeFactory.createURI("urn:test:ill"), p, illFormed));
        Dataset ds = Stores.tdb2(dir);
        Txn.executeWrite(ds, () -> expected.forEach(t -> ds.asDatasetGraph().add(Quad.create(G, t))));
        Stores.release(ds);

        Dataset ours = Stores.tdb2(dir);
        assertEquals(expected, read(ours), "reopened with this table");
        Stores.release(ours);
        Dataset stock = TDB2Factory.connectDataset(dir.toString());
        assertEquals(expected, read(stock), "reopened in stock Jena");
        Stores.release(stock);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
