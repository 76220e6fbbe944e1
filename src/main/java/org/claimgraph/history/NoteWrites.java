package org.claimgraph.history;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.claimgraph.extract.NoteExtractor;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.NoteMapper;
import org.claimgraph.store.ChangeStep;
import org.claimgraph.store.NoteChange;
import org.claimgraph.store.WriteContext;

/**
 * Writes a set of note versions (a git commit's changed notes) in one write transaction and runs
 * the change steps on the resulting {@link NoteChange}s: the git backfill's write path. Notes are
 * extracted and mapped before the transaction starts.
 */
final class NoteWrites {
    private NoteWrites() {}

    /** One note as a commit leaves it: its text, or null when the commit removed it. */
    record NoteText(String path, byte[] bytes, String text) {
        static NoteText removed(String path) { return new NoteText(path, null, null); }

        boolean isRemoved() { return text == null; }
    }

    /** A note mapped and ready to replace its graph. */
    private record Mapped(String path, Node graphName, Graph after, String sha256) {}

    static void write(Dataset ds, List<NoteText> notes, WriteContext ctx, List<ChangeStep> steps) {
        List<Mapped> mapped = new ArrayList<>(notes.size());
        for (NoteText n : notes) {
            Node gn = NodeFactory.createURI(Iris.graphIri(n.path()));
            if (n.isRemoved()) mapped.add(new Mapped(n.path(), gn, GraphFactory.createDefaultGraph(), null));
            else mapped.add(new Mapped(n.path(), gn, NoteMapper.map(NoteExtractor.extract(n.path(), n.text())), sha256(n.bytes())));
        }
        DatasetGraph dsg = ds.asDatasetGraph();
        Txn.executeWrite(ds, () -> {
            List<NoteChange> changes = new ArrayList<>(mapped.size());
            for (Mapped m : mapped) {
                Graph before = GraphFactory.createDefaultGraph();
                if (dsg.containsGraph(m.graphName())) dsg.getGraph(m.graphName()).find().forEachRemaining(before::add);
                dsg.removeGraph(m.graphName());
                if (!m.after().isEmpty()) dsg.addGraph(m.graphName(), m.after());
                changes.add(new NoteChange(m.path(), m.graphName(), before, m.after(), m.sha256()));
            }
            if (!changes.isEmpty()) for (ChangeStep s : steps) s.apply(dsg, changes, ctx);
        });
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static NoteText text(String path, String text) {
        return new NoteText(path, text.getBytes(StandardCharsets.UTF_8), text);
    }
}
