package org.claimgraph.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.claimgraph.extract.Model;
import org.claimgraph.extract.NoteExtractor;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.NoteMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The producer of prepared notes: reads each note file ({@link NoteFiles}), hashes its bytes,
 * and, unless the store recorded that hash under the current extractor, extracts it
 * ({@link NoteExtractor}); the sink maps it ({@link NoteMapper}) into the store as it writes it
 * ({@link PreparedNote#writeTo}). Notes come out in input order, one at
 * a time as the consumer pulls them: the look-ahead is one note, so memory does not grow with the
 * folder (a sink that writes on another thread bounds its own queue). A note that cannot be read,
 * extracted comes out as a failure with file (and line), never as an exception; one that cannot be
 * mapped fails when it is written, alone (its write transaction is retried without it).
 *
 * <p>A provenance block the extractor reports as half-written (a problem starting with
 * "half-written") is kept and flagged in the graph and also reported as a failure at its line,
 * so the exit code tells the author to finish it.
 */
final class NoteProducer implements Iterator<PreparedNote> {
    private static final Logger LOG = LoggerFactory.getLogger(NoteProducer.class);

    private final Iterator<NoteFiles.Source> sources;
    private final Function<Node, String> recorded;
    private final Consumer<String> onFile;
    private final Map<String, Path> seen = new HashMap<>();

    /**
     * @param recorded the SHA-256 the store recorded for a note graph under the current extractor, or null
     * @param onFile   told each note's relative path once it is prepared (progress)
     */
    NoteProducer(List<NoteFiles.Source> sources, Function<Node, String> recorded, Consumer<String> onFile) {
        this.sources = sources.iterator();
        this.recorded = recorded;
        this.onFile = onFile;
    }

    @Override
    public boolean hasNext() {
        return sources.hasNext();
    }

    @Override
    public PreparedNote next() {
        if (!sources.hasNext()) throw new NoSuchElementException();
        NoteFiles.Source s = sources.next();
        String rel = s.relativePath();
        Path previous = seen.putIfAbsent(rel, s.file());
        PreparedNote p = previous != null
                ? PreparedNote.failed(IngestReport.failed(
                        s.file().toString(),
                        "same relative path '" + rel + "' as " + previous
                                + "; ingest the two folders into different databases or rename one"))
                : file(rel, s.file(), recorded);
        onFile.accept(rel);
        return p;
    }

    /** Reads one file; unchanged when {@code recorded} knows its hash, else extracted and mapped. */
    static PreparedNote file(String rel, Path file, Function<Node, String> recorded) {
        NoteFiles.Content c;
        try {
            c = NoteFiles.readContent(file, rel);
        } catch (NoteInputException e) {
            return PreparedNote.failed(IngestReport.failed(e.location(), e.getMessage()));
        }
        Node gn = graphName(rel);
        if (c.sha256().equals(recorded.apply(gn))) return PreparedNote.unchanged(rel, gn, c.sha256());
        return text(rel, c.text(), c.sha256());
    }

    /** Extracts and maps one note given as text whose bytes hash to {@code sha256}. */
    static PreparedNote text(String rel, String text, String sha256) {
        Model.Note note;
        try {
            note = NoteExtractor.extract(rel, text);
        } catch (RuntimeException e) {
            LOG.debug("extracting {} failed", rel, e);
            return PreparedNote.failed(IngestReport.failed(
                    rel, "could not be read as a note (" + e + "); its previous graph, if any, is kept"));
        }
        return note(note, sha256);
    }

    /**
     * An extracted note, ready to be mapped into the store by the sink ({@link PreparedNote#writeTo}):
     * its report holds what the extraction tells (unparsed lines, half-written blocks, emptiness);
     * the sink adds the counts of the triples it wrote.
     */
    static PreparedNote note(Model.Note note, String sha256) {
        String rel = note.path();
        List<String> unparsed = new ArrayList<>();
        for (Model.UnparsedLine u : note.unparsed()) unparsed.add(rel + ":" + u.line() + ": " + u.reason());
        List<IngestReport.Failure> failures = new ArrayList<>();
        for (Model.ProvenanceBlock b : note.blocks()) {
            for (String p : b.problems()) {
                if (p.startsWith("half-written")) {
                    failures.add(new IngestReport.Failure(
                            rel + ":" + b.firstLine(),
                            "provenance block " + p + " (kept in the graph and flagged with cg:problem)"));
                }
            }
        }
        // every non-blank line is represented or unparsed (the extractor's line accounting): none of either is an empty
        // note
        int empty = note.represented().isEmpty() && note.unparsed().isEmpty() ? 1 : 0;
        IngestReport report = new IngestReport(
                new IngestReport.NoteCounts(1, empty, 0),
                new IngestReport.Written(0, note.blocks().size(), 0, 0),
                unparsed,
                failures);
        return PreparedNote.extracted(note, graphName(rel), sha256, report);
    }

    /** The named graph of the note at {@code rel}. */
    static Node graphName(String rel) {
        return NodeFactory.createURI(Iris.graphIri(rel));
    }
}
