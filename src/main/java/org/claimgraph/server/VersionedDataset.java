package org.claimgraph.server;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.dboe.transaction.txn.TransactionalSystem;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A served dataset with a data version that changes on every committed write: TDB2's own data
 * version (the transaction coordinator's, read in a read transaction) when the dataset is TDB2,
 * otherwise a counter this wrapper bumps on every commit of a write transaction. {@link #tag()}
 * prefixes it with a random number drawn per process, so a tag of an earlier process never
 * matches. Reads and queries go to the wrapped dataset (ARQ unwraps this wrapper); transactions go
 * through it.
 */
public final class VersionedDataset extends DatasetGraphWrapper {
    private final AtomicLong commits = new AtomicLong();
    private final String epoch = Long.toHexString(new java.security.SecureRandom().nextLong() >>> 24);
    private final boolean tdb2;

    private VersionedDataset(DatasetGraph base) {
        super(base);
        this.tdb2 = TDBInternal.isBackedByTDB(base);
    }

    /** {@code dsg} itself when it is versioned already, else a versioned wrapper of it. */
    public static VersionedDataset of(DatasetGraph dsg) {
        return dsg instanceof VersionedDataset v ? v : new VersionedDataset(dsg);
    }

    /**
     * Makes the service {@code name} of {@code builder} serve a versioned dataset (all writes then
     * go through it) and returns it.
     */
    public static VersionedDataset install(FusekiServer.Builder builder, String name) {
        var service = builder.getDataServiceBuilder(name);
        VersionedDataset v = of(service.dataset());
        service.dataset(v);
        return v;
    }

    /** The data version: equal versions mean equal data. */
    public long version() {
        if (!tdb2) return commits.get();
        TransactionalSystem ts = TDBInternal.getDatasetGraphTDB(getWrapped()).getTxnSystem();
        if (ts.isInTransaction()) return ts.getThreadTransaction().getDataVersion();
        ts.begin(TxnType.READ);
        try {
            return ts.getThreadTransaction().getDataVersion();
        } finally {
            ts.end();
        }
    }

    /** "epoch.version": what ETags are made of. */
    public String tag() {
        return epoch + "." + Long.toHexString(version());
    }

    @Override
    public void commit() {
        boolean write = isInTransaction() && transactionMode() == org.apache.jena.query.ReadWrite.WRITE;
        super.commit();
        if (write) commits.incrementAndGet();
    }
}
