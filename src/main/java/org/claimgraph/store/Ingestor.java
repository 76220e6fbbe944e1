package org.claimgraph.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.extract.Model;
import org.claimgraph.extract.NoteExtractor;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.NoteMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads notes from disk, extracts, maps and writes each into its own named graph. A folder is
 * streamed into TDB2's bulk loader when the store holds no notes yet ({@link TdbBulkLoad}: the
 * first ingest into a new database), otherwise written in batches of notes per write
 * transaction ({@link #BATCH_NOTES}) on a background thread while the next batch is extracted
 * ({@link BackgroundWriter}); a single file
 * ({@link #ingestFile}, watch mode) in a transaction of its own. Either way a note's graph is
 * replaced all at once, and a note that fails keeps whatever graph it had before.
 *
 * <p>A provenance block the extractor reports as half-written (a problem starting with
 * "half-written") is kept and flagged in the graph and also reported as a failure at its line,
 * so the exit code tells the author to finish it.
 */
public final class Ingestor {
    private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);

    private Ingestor() {}

    /** Ingests files and folders (.md, .markdown, .txt); paths inside a folder are relative to it. */
    public static IngestReport ingest(Dataset dataset, List<Path> paths) {
        return ingest(dataset, paths, n -> {}, s -> {});
    }

    /**
     * As {@link #ingest(Dataset, List)}, telling {@code onStart} how many notes were found and
     * {@code onFile} the relative path of each note once it is done (for progress bars).
     */
    public static IngestReport ingest(Dataset dataset, List<Path> paths, Consumer<Integer> onStart, Consumer<String> onFile) {
        List<IngestReport.Failure> missing = new ArrayList<>();
        List<NoteFiles.Source> sources;
        try {
            sources = NoteFiles.collect(paths, missing);
        } catch (IOException e) {
            return IngestReport.failed(String.valueOf(paths), "cannot list notes: " + e.getMessage());
        }
        onStart.accept(sources.size());
        IngestReport missingReport = new IngestReport(0, 0, 0, 0, 0, List.of(), missing);
        if (TdbBulkLoad.applies(dataset)) { // a database with no notes yet: nothing to lose, so the fast loader
            try (TdbBulkLoad bulk = new TdbBulkLoad(dataset)) {
                return missingReport.plus(run(sources, onFile, bulk));
            }
        }
        try (BatchSink batches = new BatchSink(dataset)) {
            return missingReport.plus(run(sources, onFile, batches));
        }
    }

    /** Where {@link #run} puts prepared notes: written in batches, or streamed into TDB2's bulk loader. */
    interface Sink {
        /** A note read, extracted and mapped, to be stored. */
        void note(Prepared p);

        /** A report for a note that will not be stored (it failed before). */
        void report(IngestReport r);

        /** Stores what is still pending and adds up all reports. */
        IngestReport finish();
    }

    /** Reads, extracts and maps every note and hands it to {@code sink}, in the order of {@code sources}. */
    private static IngestReport run(List<NoteFiles.Source> sources, Consumer<String> onFile, Sink sink) {
        Map<String, Path> seen = new HashMap<>();
        for (NoteFiles.Source s : sources) {
            String rel = s.relativePath();
            Path previous = seen.putIfAbsent(rel, s.file());
            if (previous != null) {
                sink.report(IngestReport.failed(s.file().toString(), "same relative path '" + rel
                        + "' as " + previous + "; ingest the two folders into different databases or rename one"));
            } else {
                Prepared p = prepareFile(s.root(), s.file());
                if (p.mapped()) sink.note(p);
                else sink.report(p.report());
            }
            onFile.accept(rel);
        }
        return sink.finish();
    }

    /**
     * Writes notes {@link #BATCH_NOTES} at a time, each batch in one write transaction on a
     * {@link BackgroundWriter} thread while the next batch is being extracted.
     */
    private static final class BatchSink implements Sink, AutoCloseable {
        private final BackgroundWriter<List<Prepared>> writer;
        private List<Prepared> batch = new ArrayList<>();
        private long batchTriples;

        BatchSink(Dataset dataset) {
            writer = new BackgroundWriter<>(b -> write(dataset, b));
        }

        @Override
        public void note(Prepared p) {
            batch.add(p);
            batchTriples += p.graph().size();
            if (batch.size() >= BATCH_NOTES || batchTriples >= BATCH_TRIPLES) flush();
        }

        @Override
        public void report(IngestReport r) { writer.add(r); }

        @Override
        public IngestReport finish() {
            flush();
            return writer.total();
        }

        private void flush() {
            if (batch.isEmpty()) return;
            writer.submit(batch);
            batch = new ArrayList<>();
            batchTriples = 0;
        }

        @Override
        public void close() { writer.close(); }
    }

    /**
     * Notes (or triples) written per write transaction by {@link #ingest}. A TDB2 commit costs
     * far more than mapping a note (BENCHMARKS.md: 90 % of a 1 000-note ingest went to per-note
     * commits), so a folder is written in batches; each note still replaces only its own graph.
     */
    static final int BATCH_NOTES = 64;
    static final long BATCH_TRIPLES = 500_000;

    /**
     * A note read, extracted and mapped, ready to replace its graph; or, with a null graph, a
     * note that failed before anything could be stored ({@code report} says why).
     */
    record Prepared(String path, Node graphName, Graph graph, IngestReport report) {
        static Prepared failed(IngestReport report) { return new Prepared(null, null, null, report); }

        boolean mapped() { return graph != null; }
    }

    /** Reads, extracts and maps one file. */
    private static Prepared prepareFile(Path root, Path file) {
        String rel = NoteFiles.relativePath(root, file);
        try {
            return prepareText(rel, NoteFiles.read(file, rel));
        } catch (NoteInputException e) {
            return Prepared.failed(IngestReport.failed(e.location(), e.getMessage()));
        }
    }

    /** Extracts and maps one note given as text. */
    private static Prepared prepareText(String relativePath, String text) {
        Model.Note note;
        try {
            note = NoteExtractor.extract(relativePath, text);
        } catch (RuntimeException e) {
            LOG.debug("extracting {} failed", relativePath, e);
            return Prepared.failed(IngestReport.failed(relativePath, "could not be read as a note (" + e + "); its previous graph, if any, is kept"));
        }
        return prepare(note);
    }

    /**
     * Writes a batch in one write transaction. When that transaction fails, nothing of it was
     * stored (the transaction aborts as a whole), so every note is retried on its own: one
     * note that cannot be stored never costs the others their update.
     */
    static IngestReport write(Dataset dataset, List<Prepared> batch) {
        if (batch.isEmpty()) return IngestReport.empty();
        DatasetGraph dsg = dataset.asDatasetGraph();
        try {
            Txn.executeWrite(dataset, () -> {
                for (Prepared p : batch) {
                    dsg.removeGraph(p.graphName());
                    dsg.addGraph(p.graphName(), p.graph());
                }
            });
        } catch (RuntimeException e) {
            LOG.debug("writing a batch of {} notes failed; writing them one by one", batch.size(), e);
            IngestReport total = IngestReport.empty();
            for (Prepared p : batch)
                total = total.plus(write(dataset, p));
            return total;
        }
        IngestReport total = IngestReport.empty();
        for (Prepared p : batch)
            total = total.plus(p.report());
        return total;
    }

    /** Ingests one file whose graph name comes from its path relative to {@code root}. */
    public static IngestReport ingestFile(Dataset dataset, Path root, Path file) {
        return store(dataset, prepareFile(root, file));
    }

    /** Extracts, maps and stores one note given as text; {@code relativePath} names its graph. */
    public static IngestReport ingestText(Dataset dataset, String relativePath, String text) {
        return store(dataset, prepareText(relativePath, text));
    }

    /**
     * Maps an extracted note and replaces its named graph in one write transaction; the
     * report counts what was stored.
     */
    public static IngestReport storeNote(Dataset dataset, Model.Note note) {
        return store(dataset, prepare(note));
    }

    private static IngestReport store(Dataset dataset, Prepared p) {
        return p.mapped() ? write(dataset, p) : p.report();
    }

    /** Replaces one note's graph in its own write transaction. */
    private static IngestReport write(Dataset dataset, Prepared p) {
        try {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Txn.executeWrite(dataset, () -> {
                dsg.removeGraph(p.graphName());
                dsg.addGraph(p.graphName(), p.graph());
            });
        } catch (RuntimeException e) {
            LOG.debug("writing {} failed", p.path(), e);
            return IngestReport.failed(p.path(), "could not be stored (" + e.getMessage() + "); its previous graph, if any, is kept");
        }
        return p.report();
    }

    /** Maps an extracted note. */
    private static Prepared prepare(Model.Note note) {
        String relativePath = note.path();
        Graph graph;
        try {
            graph = NoteMapper.map(note);
        } catch (RuntimeException e) {
            LOG.debug("mapping {} failed", relativePath, e);
            return Prepared.failed(IngestReport.failed(relativePath, "could not be mapped to RDF (" + e + "); its previous graph, if any, is kept"));
        }
        Node gn = NodeFactory.createURI(Iris.graphIri(relativePath));
        List<String> unparsed = new ArrayList<>();
        for (Model.UnparsedLine u : note.unparsed()) {
            unparsed.add(relativePath + ":" + u.line() + ": " + u.reason());
        }
        List<IngestReport.Failure> failures = new ArrayList<>();
        for (Model.ProvenanceBlock b : note.blocks()) {
            for (String p : b.problems()) {
                if (p.startsWith("half-written")) {
                    failures.add(new IngestReport.Failure(relativePath + ":" + b.firstLine(),
                            "provenance block " + p + " (kept in the graph and flagged with cg:problem)"));
                }
            }
        }
        int claims = count(graph, CG.Claim);
        int statuses = count(graph, CG.StatusAssertion);
        // every non-blank line is represented or unparsed (the extractor's line accounting): none of either is an empty note
        int empty = note.represented().isEmpty() && note.unparsed().isEmpty() ? 1 : 0;
        return new Prepared(relativePath, gn, graph,
                new IngestReport(1, claims, note.blocks().size(), statuses, graph.size(), unparsed, failures, empty));
    }

    private static int count(Graph g, Node type) {
        return g.find(Node.ANY, RDF.type.asNode(), type).toList().size();
    }

    /** Drops the graph of the note at {@code relativePath}; returns true when it existed. */
    public static boolean dropNote(Dataset dataset, String relativePath) {
        Node gn = NodeFactory.createURI(Iris.graphIri(relativePath));
        DatasetGraph dsg = dataset.asDatasetGraph();
        return Txn.calculateWrite(dataset, () -> {
            boolean existed = dsg.containsGraph(gn) && !dsg.getGraph(gn).isEmpty();
            dsg.removeGraph(gn);
            return existed;
        });
    }
}
