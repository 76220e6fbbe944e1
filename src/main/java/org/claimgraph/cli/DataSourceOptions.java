package org.claimgraph.cli;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import picocli.CommandLine.Option;

/**
 * The shared {@code (--db DIR | --docs PATH...)} choice of where a command reads its graph.
 * Use as {@code @ArgGroup(exclusive = true, multiplicity = "1") DataSourceOptions source;}.
 */
public final class DataSourceOptions {
    @Option(names = "--db", paramLabel = "DIR", description = "TDB2 database directory written by 'claimgraph ingest --db'.")
    Path db;

    @Option(names = "--docs", paramLabel = "PATH", arity = "1..*",
            description = "Notes (files or folders) to ingest into memory first.")
    List<Path> docs;

    /** Opens the dataset: TDB2 for --db, a fresh in-memory dataset with --docs ingested otherwise. */
    public Dataset open() {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
