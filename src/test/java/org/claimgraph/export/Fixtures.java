package org.claimgraph.export;

import java.io.InputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/** Test fixtures: hand-written TriG under {@code src/test/resources/export/}, loaded like the store loads notes. */
final class Fixtures {
    private Fixtures() {}

    /** An in-memory TDB2 dataset (union default graph, as the store gives) holding {@code export/NAME}. */
    static Dataset load(String name) {
        Dataset ds = DatasetFactory.wrap(DatabaseMgr.createDatasetGraph());
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(ds, () -> {
            try (InputStream in = Fixtures.class.getResourceAsStream("/export/" + name)) {
                if (in == null) {
                    throw new IllegalArgumentException("no fixture " + name);
                }
                RDFDataMgr.read(ds, in, Lang.TRIG);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return ds;
    }
}
