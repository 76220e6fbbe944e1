package org.claimgraph.sparql;

import java.util.Map;
import java.util.WeakHashMap;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionalBase;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.CGM;

/**
 * Builds a {@link MatrixModel} once per dataset and data version and hands it to every function
 * call of a query.
 *
 * <p><b>How a change is detected.</b>
 * <ul>
 * <li>TDB2: the data version of the reader's transaction ({@code Transaction.getDataVersion()});
 *     every committed write advances it, so the key (storage, version) changes exactly when data
 *     was committed, and a reader in an older snapshot keeps its own, consistent model. O(1).</li>
 * <li>Any other dataset (in-memory TIM, wrappers): a fingerprint of the quads the model reads
 *     (their predicates are fixed, see {@link #FINGERPRINT_PREDICATES}), computed once per query
 *     execution — a scan of those quads, no matrix building unless the fingerprint changed.</li>
 * </ul>
 * Within one query execution (one {@link Context}) the model is looked up once; later calls take
 * a lock-free fast path.
 */
public final class MatrixCache {
    private MatrixCache() {}

    static final Node[] FINGERPRINT_PREDICATES = {
        CGM.maturity,
        CGM.layer,
        CGM.element,
        CGM.scenario,
        CGM.phase,
        CG.line,
        CGM.lambda0,
        CGM.lambda1,
        CGM.lambda2,
        CGM.lambda3,
        CGM.theta,
        CGM.statusWeight,
        CG.hasProvenance,
        CG.hasStatusAssertion,
        CG.status,
        CG.aboutTool,
        CG.firstLine,
        CG.lastLine,
        CG.inNote
    };

    /**
     * The predicates whose quads are all the {@code cgf:} matrix functions read (the matrix, the
     * parameters, the claims' provenance and status, line ranges): a copy of those quads answers
     * them as the whole dataset would ({@code serve --store} keeps such a copy).
     */
    public static java.util.List<Node> predicates() {
        return java.util.List.of(FINGERPRINT_PREDICATES);
    }

    private record Entry(Object version, MatrixModel model) {}

    private record Last(Context context, DatasetGraph dsg, MatrixModel model) {}

    private static final Map<Object, Entry> BY_DATASET = new WeakHashMap<>();
    private static volatile Last last;
    private static volatile long builds;
    private static volatile Object lastVersion;

    /** The model for the dataset a query runs on; {@code context} identifies the query execution. */
    public static MatrixModel get(DatasetGraph dsg, Context context) {
        Last l = last;
        if (l != null && l.context == context && l.dsg == dsg && context != null) return l.model;
        MatrixModel m = lookup(dsg);
        last = new Last(context, dsg, m);
        return m;
    }

    /** How many times a model was built (for tests and benchmarks). */
    public static long builds() {
        return builds;
    }

    /** The change signal of the last lookup: {@code tdb2:N} or a fingerprint {@code fp:…} (for tests). */
    static Object lastVersion() {
        return lastVersion;
    }

    /** Forgets every cached model. */
    public static synchronized void clear() {
        BY_DATASET.clear();
        last = null;
    }

    private static synchronized MatrixModel lookup(DatasetGraph dsg) {
        DatasetGraphTDB storage = tdb2Storage(dsg);
        Object identity = storage != null ? storage : unwrap(dsg);
        Object version = null;
        if (storage != null && storage.getTxnSystem() instanceof TransactionalBase tb) {
            Transaction t = tb.getThreadTransaction();
            if (t != null && t.isReadTxn()) version = "tdb2:" + t.getDataVersion();
        }
        if (version == null) version = fingerprint(dsg);
        lastVersion = version;
        Entry e = BY_DATASET.get(identity);
        if (e != null && e.version.equals(version)) return e.model;
        // read the stored quads, not a union-default-graph view of them (which would repeat every quad)
        MatrixModel m = MatrixModel.build(storage != null ? dsg : unwrap(dsg));
        builds++;
        BY_DATASET.put(identity, new Entry(version, m));
        return m;
    }

    /** The TDB2 storage under any wrappers, or null. */
    private static DatasetGraphTDB tdb2Storage(DatasetGraph dsg) {
        DatasetGraph d = org.claimgraph.store.Stores.tdb2Underneath(dsg);
        return d == null ? null : d instanceof DatasetGraphTDB t ? t : TDBInternal.getDatasetGraphTDB(d);
    }

    private static DatasetGraph unwrap(DatasetGraph dsg) {
        DatasetGraph d = dsg;
        for (int i = 0; i < 16 && d instanceof DatasetGraphWrapper w; i++) {
            DatasetGraph next = w.getWrapped();
            if (next == null || next == d) break;
            d = next;
        }
        return d;
    }

    /** Order-independent digest of the quads the model reads: count and sum of hashes per predicate. */
    static String fingerprint(DatasetGraph dsg) {
        StringBuilder b = new StringBuilder("fp");
        for (Node p : FINGERPRINT_PREDICATES) {
            long count = 0, sum = 0, xor = 0;
            var it = dsg.find(Node.ANY, Node.ANY, p, Node.ANY);
            while (it.hasNext()) {
                Quad q = it.next();
                long h = q.getSubject().hashCode() * 31L
                        + q.getObject().hashCode() * 1_000_003L
                        + q.getGraph().hashCode();
                count++;
                sum += h;
                xor ^= Long.rotateLeft(h, 17) * 0x9E3779B97F4A7C15L;
            }
            b.append(':').append(count).append('/').append(sum).append('/').append(xor);
        }
        return b.toString();
    }
}
