package org.claimgraph.validate;

import java.util.Iterator;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.claimgraph.store.Stores;

/**
 * Reads every block of a TDB2 store's quad indexes once, read-only, so that a process that has just
 * opened the store does not pay for the first touch of its memory-mapped index files inside a save:
 * after a start the first saves touched 60–200 MB of index pages they had not mapped yet (minor page
 * faults, 23 000 in the first save against 5 000–8 000 in later ones; BENCHMARKS.md, session 12,
 * live). Nothing is decoded and nothing written; call inside a read transaction.
 */
final class StoreTouch {
    private StoreTouch() {}

    /** The quads read, counted over the quad indexes (each quad once per index); 0 when not TDB2. */
    static long quadIndexes(DatasetGraph dsg) {
        DatasetGraph base = Stores.tdb2Underneath(dsg);
        if (base == null) return 0;
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(base);
        if (tdb == null) return 0;
        long n = 0;
        for (TupleIndex index :
                tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()) {
            for (Iterator<Tuple<NodeId>> it = index.all(); it.hasNext(); it.next()) n++;
        }
        return n;
    }
}
