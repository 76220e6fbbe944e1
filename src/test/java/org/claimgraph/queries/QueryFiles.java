package org.claimgraph.queries;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;

/** Runs one of the ready queries of {@code queries/} exactly as a user would, from the file in the repository. */
final class QueryFiles {
    private QueryFiles() {}

    /** The rows of {@code queries/FILE} (a SELECT) over {@code ds}, read in one read transaction. */
    static List<QuerySolution> select(Dataset ds, String file) throws IOException {
        String q = Files.readString(Path.of("queries", file));
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                return Iter.toList(qe.execSelect());
            }
        });
    }
}
