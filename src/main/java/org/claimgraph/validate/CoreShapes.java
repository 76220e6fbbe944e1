package org.claimgraph.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * The Core-only part of the shapes graph: every named shape without a {@code sh:sparql}
 * constraint, with everything reachable from it. Used to compare with a second SHACL engine and
 * to measure the cost of the SHACL-SPARQL shapes.
 */
public final class CoreShapes {
    private CoreShapes() {}

    /** Named shapes that use SHACL-SPARQL (excluded from {@link #coreOnly}). */
    public static List<Node> sparqlShapes(Graph shapes) {
        List<Node> out = new ArrayList<>();
        shapes.find(Node.ANY, SHACL.sparql, Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && !out.contains(t.getSubject())) out.add(t.getSubject());
        });
        out.sort((a, b) -> a.getURI().compareTo(b.getURI()));
        return out;
    }

    /** A copy of {@code shapes} without the SHACL-SPARQL shapes (and without sh:declare prefixes). */
    public static Graph coreOnly(Graph shapes) {
        Set<Node> drop = new HashSet<>(sparqlShapes(shapes));
        Graph out = GraphFactory.createDefaultGraph();
        Set<Node> keep = new HashSet<>();
        shapes.find(Node.ANY, RDF.type.asNode(), SHACL.NodeShape).forEachRemaining(t -> {
            if (!drop.contains(t.getSubject())) keep.add(t.getSubject());
        });
        for (Node n : keep) copy(shapes, n, out, new HashSet<>());
        shapes.getPrefixMapping().getNsPrefixMap().forEach(out.getPrefixMapping()::setNsPrefix);
        return out;
    }

    private static void copy(Graph from, Node s, Graph to, Set<Node> seen) {
        if (!seen.add(s)) return;
        from.find(s, Node.ANY, Node.ANY).forEachRemaining((Triple t) -> {
            to.add(t);
            if (t.getObject().isBlank()) copy(from, t.getObject(), to, seen);
        });
    }
}
