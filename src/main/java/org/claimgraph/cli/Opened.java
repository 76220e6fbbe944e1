package org.claimgraph.cli;

import java.util.function.Consumer;
import org.apache.jena.query.Dataset;

/**
 * A dataset a command opened, for try-with-resources: Jena's {@link Dataset} has {@code close()}
 * but is not {@link AutoCloseable}. Every command closes what it opens this way, also on an exception;
 * {@code closer} says how ({@link DataSourceOptions#release} to let go of a TDB2 database too).
 */
record Opened(Dataset dataset, Consumer<Dataset> closer) implements AutoCloseable {
    /** A closer that leaves the dataset open, for a command that hands it on to another {@code Opened}. */
    static final Consumer<Dataset> KEEP = ds -> {};

    /** Closed with {@link Dataset#close()}. */
    Opened(Dataset dataset) {
        this(dataset, Dataset::close);
    }

    @Override
    public void close() {
        closer.accept(dataset);
    }
}
