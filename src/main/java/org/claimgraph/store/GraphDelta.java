package org.claimgraph.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Replaces a stored graph by writing only the difference between what is stored and what should
 * be: the triples of {@code before} missing from {@code after} are deleted, those of {@code after}
 * missing from {@code before} added. The stored graph ends equal to {@code after} either way; the
 * difference is what the store's indexes pay (each quad write updates every index of a TDB2 or
 * in-memory dataset).
 *
 * <p>Triples with blank nodes cannot be matched by identity across two graphs (a stored blank node
 * is not the one a new mapping minted), so when either graph has one the graph is replaced whole.
 * claimgraph's note mapper mints none; graphs given by a caller may.
 */
public final class GraphDelta {
    private GraphDelta() {}

    /**
     * Makes graph {@code name} of {@code dsg} equal to {@code after}, given that it equals {@code
     * before} now (a copy read in the same write transaction). Returns the number of quads written.
     */
    public static int replace(DatasetGraph dsg, Node name, Graph before, Graph after) {
        if (hasBlankNode(before) || hasBlankNode(after)) {
            dsg.removeGraph(name);
            after.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
            return before.size() + after.size();
        }
        List<Triple> gone = new ArrayList<>();
        before.find().forEachRemaining(t -> {
            if (!after.contains(t)) gone.add(t);
        });
        List<Triple> added = new ArrayList<>();
        after.find().forEachRemaining(t -> {
            if (!before.contains(t)) added.add(t);
        });
        for (Triple t : gone) dsg.delete(name, t.getSubject(), t.getPredicate(), t.getObject());
        for (Triple t : added) dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject());
        return gone.size() + added.size();
    }

    private static boolean hasBlankNode(Graph g) {
        var it = g.find();
        try {
            while (it.hasNext()) {
                Triple t = it.next();
                if (t.getSubject().isBlank() || t.getObject().isBlank()) return true;
            }
            return false;
        } finally {
            it.close();
        }
    }
}
