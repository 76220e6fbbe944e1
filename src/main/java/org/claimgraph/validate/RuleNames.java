package org.claimgraph.validate;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.vocabulary.SHACL;

/**
 * Maps a result's {@code sh:sourceShape} to its stable rule name: the local name of the named
 * top-level shape ({@code cgsh:unverifiable-claim} → "unverifiable-claim"). Nested property shapes
 * and SPARQL constraints are blank nodes: they take the name of the named shape that holds them.
 */
public final class RuleNames {
    private final Graph shapes;
    /** Shared by threads: a live audit's write and a read-only validation (or the warm-up) may run at once. */
    private final Map<Node, String> cache = new ConcurrentHashMap<>();

    public RuleNames(Graph shapesGraph) {
        this.shapes = shapesGraph;
    }

    /** The rule name of {@code shape}, or "shacl" when it cannot be traced to a named shape. */
    public String of(Node shape) {
        return cache.computeIfAbsent(shape, s -> resolve(s, 0));
    }

    /** The named shape behind {@code shape} (itself when named), or null. */
    public Node namedShape(Node shape) {
        Node n = shape;
        for (int depth = 0; depth < 8 && n != null; depth++) {
            if (n.isURI()) return n;
            n = parent(n);
        }
        return null;
    }

    private String resolve(Node shape, int depth) {
        Node named = namedShape(shape);
        if (named == null) return "shacl";
        String uri = named.getURI();
        int i = Math.max(uri.lastIndexOf('#'), uri.lastIndexOf('/'));
        return uri.substring(i + 1);
    }

    private Node parent(Node child) {
        // sh:property / sh:sparql / sh:not / sh:node point down; sh:or etc. go through rdf:List cells.
        var it = shapes.find(Node.ANY, Node.ANY, child);
        try {
            while (it.hasNext()) {
                Triple t = it.next();
                Node p = t.getPredicate();
                if (p.equals(SHACL.property)
                        || p.equals(SHACL.sparql)
                        || p.equals(SHACL.not)
                        || p.equals(SHACL.node)
                        || p.equals(SHACL.qualifiedValueShape)) return t.getSubject();
                if (p.equals(org.apache.jena.vocabulary.RDF.first.asNode())) return listOwner(t.getSubject());
            }
        } finally {
            it.close();
        }
        return null;
    }

    private Node listOwner(Node cell) {
        Node c = cell;
        for (int guard = 0; guard < 1000; guard++) {
            var rest = shapes.find(Node.ANY, org.apache.jena.vocabulary.RDF.rest.asNode(), c);
            if (rest.hasNext()) {
                c = rest.next().getSubject();
                rest.close();
                continue;
            }
            rest.close();
            var owner = shapes.find(Node.ANY, Node.ANY, c);
            try {
                return owner.hasNext() ? owner.next().getSubject() : null;
            } finally {
                owner.close();
            }
        }
        return null;
    }
}
