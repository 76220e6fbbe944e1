package org.claimgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.claimgraph.rdf.Iris;
import org.claimgraph.store.Stores;
import org.junit.jupiter.api.Test;

/** {@link StoredOntology}: the ontology's triples as the store holds them, kept only when read in a read transaction. */
class StoredOntologyTest {
    private static final Node ONT = NodeFactory.createURI(Iris.ONTOLOGY_GRAPH);
    private static final Node P = NodeFactory.createURI("http://example.org/p");

    @Test
    void aReadTransactionKeepsTheTriplesInTheStoresOrder() {
        Dataset ds = Stores.scratchLike(TdbScratch.dsg());
        DatasetGraph dsg = ds.asDatasetGraph();
        StoredOntology o = new StoredOntology();
        List<Triple> first = Txn.calculateRead(ds, () -> o.triples(dsg, ONT));
        assertEquals(Txn.calculateRead(ds, () -> dsg.getGraph(ONT).find().toList()), first, "as the graph finds them");
        assertFalse(first.isEmpty());
        assertTrue(o.holds(dsg));
        assertSame(first, Txn.calculateRead(ds, () -> o.triples(dsg, ONT)), "kept");
        assertSame(first, Txn.calculateWrite(ds, () -> o.triples(dsg, ONT)), "kept, in a write transaction too");
    }

    @Test
    void aChangedOntologyIsReadAgain() {
        Dataset ds = Stores.scratchLike(TdbScratch.dsg());
        DatasetGraph dsg = ds.asDatasetGraph();
        StoredOntology o = new StoredOntology();
        List<Triple> before = Txn.calculateRead(ds, () -> o.triples(dsg, ONT));
        Node s = NodeFactory.createURI("http://example.org/new");
        Txn.executeWrite(ds, () -> dsg.add(ONT, s, P, NodeFactory.createLiteralString("one")));
        List<Triple> after = Txn.calculateWrite(ds, () -> o.triples(dsg, ONT));
        assertEquals(before.size() + 1, after.size());
        assertEquals(Txn.calculateRead(ds, () -> dsg.getGraph(ONT).find().toList()), after);
    }

    /**
     * A node written in an aborted transaction leaves its node id free for the next node written: the
     * ids read in that transaction must not be kept, else the next transaction, equal ids, would get the
     * aborted node back.
     */
    @Test
    void idsReadInAWriteTransactionAreNotKept() {
        Dataset ds = Stores.scratchLike(TdbScratch.dsg());
        DatasetGraph dsg = ds.asDatasetGraph();
        StoredOntology o = new StoredOntology();
        Node s = NodeFactory.createURI("http://example.org/s");
        Node one = NodeFactory.createLiteralString("aborted value");
        Node two = NodeFactory.createLiteralString("committed value");
        ds.begin(ReadWrite.WRITE);
        dsg.add(ONT, s, P, one);
        var oneId = TDBInternal.getNodeId(TDBInternal.getDatasetGraphTDB(dsg), one);
        assertTrue(o.triples(dsg, ONT).contains(Triple.create(s, P, one)));
        ds.abort();
        ds.end();
        ds.begin(ReadWrite.WRITE);
        dsg.add(ONT, s, P, two);
        assertEquals(oneId, TDBInternal.getNodeId(TDBInternal.getDatasetGraphTDB(dsg), two), "the id given again");
        List<Triple> read = o.triples(dsg, ONT);
        ds.commit();
        ds.end();
        assertTrue(read.contains(Triple.create(s, P, two)), "the committed node");
        assertFalse(read.contains(Triple.create(s, P, one)), "not the aborted one");
    }

    @Test
    void anInMemoryStoreIsReadAsUsual() {
        Dataset ds = Stores.inMemory();
        assertNull(Txn.calculateRead(ds, () -> new StoredOntology().triples(ds.asDatasetGraph(), ONT)));
    }

    /** A TDB2 store in memory. */
    private static final class TdbScratch {
        static DatasetGraph dsg() {
            return org.apache.jena.tdb2.TDB2Factory.createDataset().asDatasetGraph();
        }
    }
}
