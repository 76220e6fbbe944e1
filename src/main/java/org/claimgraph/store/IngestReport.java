package org.claimgraph.store;

import java.util.ArrayList;
import java.util.List;

/**
 * What one ingest run did, in two groups of counts: {@link NoteCounts} and {@link Written}. {@code notes} counts every note that is current in the store after the
 * run: those written and the {@code unchanged} ones (same content and same extractor as recorded,
 * so not re-written); {@code claims}, {@code provenanceBlocks}, {@code statusAssertions} and
 * {@code triples} count what was written. {@code failures} name the file and line of each
 * problem; a failed file left its previous graph untouched. {@code emptyNotes} counts the stored
 * notes that had no non-blank line (0-byte or whitespace-only files): notes with no content, not
 * failures.
 */
public record IngestReport(NoteCounts noteCounts, Written written, List<String> unparsed, List<Failure> failures) {

    /** Notes current in the store after the run ({@code current}), of them {@code empty} and {@code unchanged}. */
    public record NoteCounts(int current, int empty, int unchanged) {
        public static final NoteCounts NONE = new NoteCounts(0, 0, 0);

        NoteCounts plus(NoteCounts o) {
            return new NoteCounts(current + o.current, empty + o.empty, unchanged + o.unchanged);
        }
    }

    /** What the run wrote. */
    public record Written(int claims, int provenanceBlocks, int statusAssertions, long triples) {
        public static final Written NONE = new Written(0, 0, 0, 0);

        Written plus(Written o) {
            return new Written(
                    claims + o.claims,
                    provenanceBlocks + o.provenanceBlocks,
                    statusAssertions + o.statusAssertions,
                    triples + o.triples);
        }
    }

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

    public int notes() {
        return noteCounts.current();
    }

    public int emptyNotes() {
        return noteCounts.empty();
    }

    public int unchanged() {
        return noteCounts.unchanged();
    }

    public int claims() {
        return written.claims();
    }

    public int provenanceBlocks() {
        return written.provenanceBlocks();
    }

    public int statusAssertions() {
        return written.statusAssertions();
    }

    public long triples() {
        return written.triples();
    }

    public boolean allFailed() {
        return notes() == 0 && !failures.isEmpty();
    }

    /** Nothing ingested, nothing failed. */
    public static IngestReport empty() {
        return failed(List.of());
    }

    /** One note whose content and extractor are those the store recorded: nothing written. */
    public static IngestReport unchangedNote() {
        return new IngestReport(new NoteCounts(1, 0, 1), Written.NONE, List.of(), List.of());
    }

    /** A report holding one failure. */
    public static IngestReport failed(String location, String message) {
        return failed(List.of(new Failure(location, message)));
    }

    /** A report holding these failures and nothing else. */
    public static IngestReport failed(List<Failure> failures) {
        return new IngestReport(NoteCounts.NONE, Written.NONE, List.of(), failures);
    }

    /** This report and {@code other} added up. */
    public IngestReport plus(IngestReport other) {
        List<String> u = new ArrayList<>(unparsed);
        u.addAll(other.unparsed);
        List<Failure> f = new ArrayList<>(failures);
        f.addAll(other.failures);
        return new IngestReport(noteCounts.plus(other.noteCounts), written.plus(other.written), u, f);
    }
}
