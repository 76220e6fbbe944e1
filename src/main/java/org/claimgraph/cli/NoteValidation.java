package org.claimgraph.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.claimgraph.extract.NoteExtractor;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.NoteMapper;
import org.claimgraph.store.NoteFiles;
import org.claimgraph.store.NoteInputException;
import org.claimgraph.store.Stores;
import org.claimgraph.validate.Finding;
import org.claimgraph.validate.LiveAudit;

/**
 * {@code validate --db DIR --note PATH}: one note file checked against a store as if it were
 * re-ingested (the store is only read). The note's name in the store is the stored
 * {@code cg:sourcePath} that the file's path ends with; a file the store does not know is checked
 * as a new note under the path as given.
 */
final class NoteValidation {
    private NoteValidation() {}

    /** The note's path in the store, its findings, and the time taken. */
    record Result(String relativePath, List<Finding> findings, long millis) {}

    static Result run(Path db, Path note, Graph shapesGraph, LocalDate asOf) {
        long t0 = System.nanoTime();
        Dataset ds = Stores.tdb2Existing(db);
        try {
            String rel = Txn.calculateRead(ds, () -> relativePath(ds, note));
            String text;
            try {
                text = NoteFiles.read(note, rel);
            } catch (NoteInputException e) {
                throw new IllegalArgumentException(e.location() + ": " + e.getMessage(), e);
            }
            Graph g = NoteMapper.map(NoteExtractor.extract(rel, text));
            LiveAudit live = new LiveAudit(shapesGraph, () -> asOf);
            List<Finding> findings =
                    Txn.calculateRead(ds, () -> live.validateNote(ds.asDatasetGraph(), rel, g, asOf, "en"));
            return new Result(rel, findings, (System.nanoTime() - t0) / 1_000_000);
        } finally {
            ds.close();
        }
    }

    /** The longest stored cg:sourcePath the file's path ends with, else the path as given. */
    static String relativePath(Dataset ds, Path note) {
        String given = note.normalize().toString().replace('\\', '/');
        while (given.startsWith("./")) given = given.substring(2);
        String abs = note.toAbsolutePath().normalize().toString().replace('\\', '/');
        List<String> stored = new ArrayList<>();
        ds.asDatasetGraph().find(Node.ANY, Node.ANY, CG.sourcePath, Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isLiteral()) stored.add(q.getObject().getLiteralLexicalForm());
        });
        String best = null;
        for (String sp : stored)
            if ((abs.endsWith("/" + sp) || abs.equals(sp) || given.equals(sp))
                    && (best == null || sp.length() > best.length())) best = sp;
        return best != null ? best : given;
    }

    /** "validated N notes in M ms": the line every validate and audit run ends with. */
    static String timing(int notes, long t0) {
        return "validated " + notes + " note" + (notes == 1 ? "" : "s") + " in " + (System.nanoTime() - t0) / 1_000_000
                + " ms";
    }
}
