package org.claimgraph.cli;

import org.apache.jena.query.Dataset;

/**
 * A dataset a command opened, for try-with-resources: Jena's {@link Dataset} has {@code close()}
 * but is not {@link AutoCloseable}. Every command closes what it opens this way, also on an exception.
 */
record Opened(Dataset dataset) implements AutoCloseable {
    @Override
    public void close() {
        dataset.close();
    }
}
