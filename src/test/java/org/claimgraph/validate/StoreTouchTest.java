package org.claimgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.claimgraph.store.Stores;
import org.junit.jupiter.api.Test;

/** {@link StoreTouch}: every quad index of a TDB2 store read through once; nothing for another store. */
class StoreTouchTest {
    @Test
    void everyQuadIndexIsReadThrough() {
        Dataset ds = Stores.scratchLike(TDB2Factory.createDataset().asDatasetGraph());
        LiveAuditHarness.write(ds, CorpusEdits.corpus(2, 5L));
        long quads = Txn.calculateRead(
                ds, () -> Iter.count(ds.asDatasetGraph().findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY)));
        assertEquals(6 * quads, (long) Txn.calculateRead(ds, () -> StoreTouch.quadIndexes(ds.asDatasetGraph())));
    }

    @Test
    void anInMemoryStoreIsNotTouched() {
        Dataset ds = Stores.inMemory();
        assertEquals(0L, (long) Txn.calculateRead(ds, () -> StoreTouch.quadIndexes(ds.asDatasetGraph())));
    }
}
