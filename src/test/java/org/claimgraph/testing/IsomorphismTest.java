package org.claimgraph.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class IsomorphismTest {
    static final Node REPORT = NodeFactory.createURI("urn:report");
    static final Node RESULT = NodeFactory.createURI("urn:result");
    static final Node LINK = NodeFactory.createURI("urn:link");
    static final Node FOCUS = NodeFactory.createURI("urn:focus");
    static final Node PATH = NodeFactory.createURI("urn:path");

    static Node iri(String s) {
        return NodeFactory.createURI("urn:" + s);
    }

    /** Finding {@code f} with one result tree (root, focus, a path node with one value). */
    static void finding(Graph g, String f, String focus, String path) {
        Node r = NodeFactory.createBlankNode(), p = NodeFactory.createBlankNode();
        g.add(REPORT, RESULT, r);
        g.add(iri(f), LINK, r);
        g.add(r, FOCUS, iri(focus));
        g.add(r, PATH, p);
        g.add(p, PATH, iri(path));
    }

    @Test
    void sameFindingsWithOtherBlankNodesAreIsomorphic() {
        Graph a = GraphFactory.createDefaultGraph(), b = GraphFactory.createDefaultGraph();
        finding(a, "f1", "x", "p");
        finding(a, "f2", "y", "p");
        finding(b, "f2", "y", "p");
        finding(b, "f1", "x", "p");
        a.add(REPORT, FOCUS, iri("ground"));
        b.add(REPORT, FOCUS, iri("ground"));
        assertTrue(Isomorphism.isomorphic(a, b));
        assertTrue(a.isIsomorphicWith(b));
    }

    @Test
    void swappedSubtreesAreNot() {
        Graph a = GraphFactory.createDefaultGraph(), b = GraphFactory.createDefaultGraph();
        finding(a, "f1", "x", "p");
        finding(a, "f2", "y", "q");
        finding(b, "f1", "x", "q");
        finding(b, "f2", "y", "p");
        assertFalse(Isomorphism.isomorphic(a, b));
        assertFalse(a.isIsomorphicWith(b));
    }

    @Test
    void aSharedResultIsNotTwoEqualResults() {
        // a: f1 and f2 each link their own (equal) result; b: both link one result, and a second
        // result hangs from the report alone. Same triples with blanks erased, same size, not isomorphic.
        Graph a = GraphFactory.createDefaultGraph(), b = GraphFactory.createDefaultGraph();
        Node r1 = NodeFactory.createBlankNode(), r2 = NodeFactory.createBlankNode();
        for (Node r : new Node[] {r1, r2}) {
            a.add(REPORT, RESULT, r);
            a.add(r, FOCUS, iri("x"));
        }
        a.add(iri("f1"), LINK, r1);
        a.add(iri("f2"), LINK, r2);
        Node s1 = NodeFactory.createBlankNode(), s2 = NodeFactory.createBlankNode();
        for (Node r : new Node[] {s1, s2}) {
            b.add(REPORT, RESULT, r);
            b.add(r, FOCUS, iri("x"));
        }
        b.add(iri("f1"), LINK, s1);
        b.add(iri("f2"), LINK, s1);
        assertEquals(a.size(), b.size());
        assertFalse(Isomorphism.isomorphic(a, b));
        assertFalse(a.isIsomorphicWith(b));
    }

    @Test
    void agreesWithJenaOnRandomGraphs() {
        SplittableRandom random = new SplittableRandom(42);
        int agreeTrue = 0, agreeFalse = 0;
        for (int i = 0; i < 400; i++) {
            Graph a = random(random, 12), b = random.nextBoolean() ? relabel(a, random) : random(random, 12);
            boolean jena = a.isIsomorphicWith(b);
            assertEquals(jena, Isomorphism.isomorphic(a, b), "graph pair " + i + ": " + a + "\n" + b);
            if (jena) agreeTrue++;
            else agreeFalse++;
        }
        assertTrue(agreeTrue > 50 && agreeFalse > 50, agreeTrue + " isomorphic, " + agreeFalse + " not");
    }

    @Test
    void agreesWithJenaOnRandomTrees() {
        SplittableRandom random = new SplittableRandom(7);
        int agreeTrue = 0, agreeFalse = 0;
        for (int i = 0; i < 400; i++) {
            Graph a = GraphFactory.createDefaultGraph();
            for (int k = 0; k < 3; k++) tree(a, random, 3, NodeFactory.createBlankNode(), iri("f" + k));
            Graph b = random.nextBoolean() ? relabel(a, random) : GraphFactory.createDefaultGraph();
            if (b.isEmpty())
                for (int k = 0; k < 3; k++) tree(b, random, 3, NodeFactory.createBlankNode(), iri("f" + k));
            boolean jena = a.isIsomorphicWith(b);
            assertEquals(jena, Isomorphism.isomorphic(a, b), "graph pair " + i + ": " + a + "\n" + b);
            if (jena) agreeTrue++;
            else agreeFalse++;
        }
        assertTrue(agreeTrue > 50 && agreeFalse > 50, agreeTrue + " isomorphic, " + agreeFalse + " not");
    }

    /** A random tree of blank nodes under {@code root}, pointed at by {@code from}; literals with separators. */
    private static void tree(Graph g, SplittableRandom r, int depth, Node root, Node from) {
        g.add(from, LINK, root);
        g.add(root, FOCUS, NodeFactory.createLiteralString(r.nextBoolean() ? "1:a" : "1:a1:"));
        if (depth == 0) return;
        for (int i = r.nextInt(3); i > 0; i--) {
            Node child = NodeFactory.createBlankNode();
            g.add(root, r.nextBoolean() ? PATH : FOCUS, child);
            g.add(child, PATH, iri("v" + r.nextInt(2)));
            if (r.nextBoolean()) tree(g, r, depth - 1, NodeFactory.createBlankNode(), child);
        }
    }

    /** A random graph over 4 blank nodes and 3 IRIs, {@code n} triples. */
    private static Graph random(SplittableRandom r, int n) {
        Node[] nodes = new Node[7];
        for (int i = 0; i < 4; i++) nodes[i] = NodeFactory.createBlankNode();
        for (int i = 4; i < 7; i++) nodes[i] = iri("n" + (i % 2));
        Node[] preds = {FOCUS, PATH};
        Graph g = GraphFactory.createDefaultGraph();
        while (g.size() < n) g.add(nodes[r.nextInt(7)], preds[r.nextInt(2)], nodes[r.nextInt(7)]);
        return g;
    }

    /** {@code g} with new blank nodes, sometimes with one triple changed. */
    private static Graph relabel(Graph g, SplittableRandom r) {
        java.util.Map<Node, Node> m = new java.util.HashMap<>();
        Graph out = GraphFactory.createDefaultGraph();
        g.find()
                .forEachRemaining(t -> out.add(
                        m.computeIfAbsent(t.getSubject(), x -> x.isBlank() ? NodeFactory.createBlankNode() : x),
                        t.getPredicate(),
                        m.computeIfAbsent(t.getObject(), x -> x.isBlank() ? NodeFactory.createBlankNode() : x)));
        if (r.nextInt(3) == 0) {
            var t = out.find().toList().get(r.nextInt(out.size()));
            out.delete(t);
            out.add(t.getObject().isLiteral() ? t.getSubject() : t.getObject(), t.getPredicate(), t.getSubject());
        }
        return out;
    }
}
