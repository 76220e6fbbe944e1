package org.claimgraph.rdf;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/** Helpers shared by the mapping tests. */
public final class RdfTestSupport {
    private RdfTestSupport() {}

    /** Kinds of per-note items whose IRIs are hashes (see {@link Iris#item}). */
    static final Set<String> HASHED_KINDS = Set.of(
            "section",
            "table",
            "code",
            "block",
            "assessment",
            "status",
            "claim",
            "measurement",
            "coverage",
            "edge",
            "mindmap",
            "tuple",
            "event",
            "cell",
            "lineref",
            "unparsed",
            "field");

    /** A Turtle file from the test classpath. */
    public static Graph turtle(String resource) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = RdfTestSupport.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalArgumentException("missing test resource " + resource);
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return g;
    }

    /** The graph without skos:altLabel triples (tool aliases come from the extractor's catalog). */
    public static Graph withoutAltLabels(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        Node alt = org.apache.jena.vocabulary.SKOS.altLabel.asNode();
        g.find().forEachRemaining(t -> {
            if (!t.getPredicate().equals(alt)) out.add(t);
        });
        return out;
    }

    /** The graph with every hashed item IRI replaced by one blank node per IRI. */
    public static Graph hashedItemsAsBlankNodes(Graph g) {
        Map<Node, Node> blanks = new HashMap<>();
        Graph out = GraphFactory.createDefaultGraph();
        g.find()
                .forEachRemaining(t -> out.add(
                        Triple.create(blank(t.getSubject(), blanks), t.getPredicate(), blank(t.getObject(), blanks))));
        return out;
    }

    private static Node blank(Node n, Map<Node, Node> blanks) {
        if (!n.isURI() || !n.getURI().startsWith(Iris.ID)) return n;
        String rest = n.getURI().substring(Iris.ID.length());
        int slash = rest.indexOf('/');
        if (slash < 0 || !HASHED_KINDS.contains(rest.substring(0, slash))) return n;
        return blanks.computeIfAbsent(n, k -> NodeFactory.createBlankNode());
    }
}
