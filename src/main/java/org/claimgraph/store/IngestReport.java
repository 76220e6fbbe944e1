package org.claimgraph.store;

import java.util.ArrayList;
import java.util.List;

/**
 * What one ingest run did. {@code notes} counts every note that is current in the store after the
 * run: those written and the {@code unchanged} ones (same content and same extractor as recorded,
 * so not re-written); {@code claims}, {@code provenanceBlocks}, {@code statusAssertions} and
 * {@code triples} count what was written. {@code failures} name the file and line of each
 * problem; a failed file left its previous graph untouched. {@code emptyNotes} counts the stored
 * notes that had no non-blank line (0-byte or whitespace-only files): notes with no content, not
 * failures.
 */
public record IngestReport(
        int notes,
        int claims,
        int provenanceBlocks,
        int statusAssertions,
        long triples,
        List<String> unparsed,
        List<Failure> failures,
        int emptyNotes,
        int unchanged) {

    /** A file that could not be ingested: {@code location} is "path" or "path:line". */
    public record Failure(String location, String message) {
        @Override
        public String toString() {
            return location + ": " + message;
        }
    }

    public IngestReport {
        unparsed = List.copyOf(unparsed);
        failures = List.copyOf(failures);
    }

    /** A report of written notes with content (no empty, no unchanged note). */
    public IngestReport(
            int notes,
            int claims,
            int provenanceBlocks,
            int statusAssertions,
            long triples,
            List<String> unparsed,
            List<Failure> failures) {
        this(notes, claims, provenanceBlocks, statusAssertions, triples, unparsed, failures, 0, 0);
    }

    public boolean allFailed() {
        return notes == 0 && !failures.isEmpty();
    }

    /** Nothing ingested, nothing failed. */
    public static IngestReport empty() {
        return new IngestReport(0, 0, 0, 0, 0, List.of(), List.of());
    }

    /** One note whose content and extractor are those the store recorded: nothing written. */
    public static IngestReport unchangedNote() {
        return new IngestReport(1, 0, 0, 0, 0, List.of(), List.of(), 0, 1);
    }

    /** A report holding one failure. */
    public static IngestReport failed(String location, String message) {
        return new IngestReport(0, 0, 0, 0, 0, List.of(), List.of(new Failure(location, message)));
    }

    /** This report and {@code other} added up. */
    public IngestReport plus(IngestReport other) {
        List<String> u = new ArrayList<>(unparsed);
        u.addAll(other.unparsed);
        List<Failure> f = new ArrayList<>(failures);
        f.addAll(other.failures);
        return new IngestReport(
                notes + other.notes,
                claims + other.claims,
                provenanceBlocks + other.provenanceBlocks,
                statusAssertions + other.statusAssertions,
                triples + other.triples,
                u,
                f,
                emptyNotes + other.emptyNotes,
                unchanged + other.unchanged);
    }
}
