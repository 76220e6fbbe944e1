package org.claimgraph.store;

import java.util.List;

/**
 * What one ingest run did. {@code failures} name the file and line of each problem; a failed
 * file left its previous graph untouched.
 */
public record IngestReport(int notes, int claims, int provenanceBlocks, int statusAssertions, long triples,
                           List<String> unparsed, List<Failure> failures) {

    /** A file that could not be ingested: {@code location} is "path" or "path:line". */
    public record Failure(String location, String message) {}

    public boolean allFailed() { return notes == 0 && !failures.isEmpty(); }
}
