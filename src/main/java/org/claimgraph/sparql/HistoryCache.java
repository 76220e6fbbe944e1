package org.claimgraph.sparql;

import java.util.Map;
import java.util.WeakHashMap;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionalBase;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.claimgraph.history.StatusTimeline;
import org.claimgraph.rdf.CGH;

/**
 * The {@link StatusTimeline} of a dataset's history graph, built once per dataset and data
 * version and shared by every {@code cgf:statusAsOf} call. On TDB2 the version is the reader
 * transaction's data version (every committed write advances it, as in {@link MatrixCache});
 * on other datasets the timeline is rebuilt once per query execution.
 */
final class HistoryCache {
    private HistoryCache() {}

    private record Entry(Object version, StatusTimeline timeline) {}

    private static final Map<Object, Entry> BY_DATASET = new WeakHashMap<>();
    private static volatile long builds;

    static synchronized StatusTimeline get(DatasetGraph dsg, Context context) {
        DatasetGraphTDB storage = tdb2Storage(dsg);
        Object version = context;
        if (storage != null && storage.getTxnSystem() instanceof TransactionalBase tb) {
            Transaction t = tb.getThreadTransaction();
            if (t != null && t.isReadTxn()) version = "tdb2:" + t.getDataVersion();
        }
        Object identity = storage != null ? storage : dsg;
        Entry e = BY_DATASET.get(identity);
        if (e != null && e.version.equals(version)) return e.timeline;
        Graph history = dsg.getGraph(CGH.historyGraph);
        StatusTimeline tl = StatusTimeline.of(history);
        builds++;
        BY_DATASET.put(identity, new Entry(version, tl));
        return tl;
    }

    /** How many timelines were built (for tests and benchmarks). */
    static long builds() {
        return builds;
    }

    private static DatasetGraphTDB tdb2Storage(DatasetGraph dsg) {
        DatasetGraph d = org.claimgraph.store.Stores.tdb2Underneath(dsg);
        return d == null ? null : d instanceof DatasetGraphTDB t ? t : TDBInternal.getDatasetGraphTDB(d);
    }
}
