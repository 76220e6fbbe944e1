package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/**
 * {@link GraphBatches}: bodies within the limit, each parsed on its own (as a store does: blank-node
 * labels are scoped to one body) giving back the graph, a blank-node component never split.
 */
class GraphBatchesTest {
    static final Node REPORT = NodeFactory.createURI("https://example.org/report");
    static final Node RESULT = NodeFactory.createURI("http://www.w3.org/ns/shacl#result");
    static final Node MESSAGE = NodeFactory.createURI("http://www.w3.org/ns/shacl#resultMessage");
    static final Node PATH = NodeFactory.createURI("http://www.w3.org/ns/shacl#resultPath");
    static final Node FIRST = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#first");

    /**
     * Like an audit graph: {@code results} SHACL-style results, each a blank node with a message and a
     * blank-node path, hung off one IRI; plus {@code plain} triples without blank nodes.
     */
    static Graph auditLike(int results, int plain, String tag) {
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < plain; i++)
            g.add(
                    NodeFactory.createURI("https://example.org/finding/" + i),
                    MESSAGE,
                    NodeFactory.createLiteralLang(tag + " finding " + i + " " + "é".repeat(40), "en"));
        for (int i = 0; i < results; i++) {
            Node r = NodeFactory.createBlankNode();
            Node path = NodeFactory.createBlankNode();
            g.add(REPORT, RESULT, r);
            g.add(r, MESSAGE, NodeFactory.createLiteralString(tag + " result " + i + " " + "x".repeat(60)));
            g.add(r, PATH, path);
            g.add(path, FIRST, NodeFactory.createURI("https://example.org/p/" + i));
        }
        return g;
    }

    private static List<byte[]> all(Graph g, long max) {
        List<byte[]> out = new ArrayList<>();
        new GraphBatches(g, max).forEachRemaining(out::add);
        return out;
    }

    private static Graph parsedOneByOne(List<byte[]> bodies) {
        Graph back = GraphFactory.createDefaultGraph();
        for (byte[] b : bodies)
            RDFParser.fromString(new String(b, StandardCharsets.UTF_8), Lang.NTRIPLES)
                    .parse(back);
        return back;
    }

    @Test
    void bodiesStayWithinTheLimitAndGiveTheGraphBack() {
        Graph g = auditLike(300, 200, "a");
        List<byte[]> bodies = all(g, 4096);
        assertTrue(bodies.size() > 10, "several bodies: " + bodies.size());
        for (byte[] b : bodies) assertTrue(b.length <= 4096, "a body of " + b.length + " bytes");
        Graph back = parsedOneByOne(bodies);
        assertEquals(g.size(), back.size());
        assertTrue(g.isIsomorphicWith(back), "the bodies parsed one by one give the graph back");
    }

    @Test
    void aComponentIsNeverSplitEvenWhenItAloneIsOverTheLimit() {
        Graph g = auditLike(3, 5, "b");
        Node big = NodeFactory.createBlankNode();
        g.add(REPORT, RESULT, big);
        g.add(big, MESSAGE, NodeFactory.createLiteralString("y".repeat(5000)));
        List<byte[]> bodies = all(g, 1000);
        long over = bodies.stream().filter(b -> b.length > 1000).count();
        assertEquals(1, over, "only the large component's body is over the limit");
        assertTrue(g.isIsomorphicWith(parsedOneByOne(bodies)));
    }

    @Test
    void aGraphThatFitsIsOneBodyAndAnEmptyGraphNone() {
        assertEquals(1, all(auditLike(10, 10, "c"), 1_000_000).size());
        assertEquals(0, all(GraphFactory.createDefaultGraph(), 1_000_000).size());
        assertEquals(0, GraphBatches.whole(GraphFactory.createDefaultGraph()).length);
    }
}
