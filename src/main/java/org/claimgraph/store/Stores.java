package org.claimgraph.store;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;

/**
 * Opens the datasets claimgraph works on. Every dataset returned here answers queries over the
 * union of its named graphs as the default graph, so ready queries need no {@code GRAPH} clause.
 */
public final class Stores {
    private Stores() {}

    /** A transactional in-memory dataset. */
    public static Dataset inMemory() {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** A TDB2 dataset in {@code dir}, created when absent. */
    public static Dataset tdb2(Path dir) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
