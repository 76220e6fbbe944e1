package org.claimgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.claimgraph.rdf.CG;
import org.junit.jupiter.api.Test;

/**
 * {@code cga:enclosedBy}, derived by {@link Enclosures} when a data graph is built, against the join the
 * shapes wrote in SPARQL before ({@code enclosure-pairs.rq}), on random items: statuses, URLs, one, two or
 * no notes and lines, reversed ranges, integers and decimals, ill-typed and string lines (which SPARQL's
 * comparison refuses when the other side is a number).
 */
class EnclosuresTest {
    private static final String EX = "https://example.org/enc/";

    @Test
    void derivedPairsAreTheSparqlJoinsPairs() throws IOException {
        String query = resource("enclosure-pairs.rq");
        int nonEmpty = 0;
        for (int seed = 0; seed < 60; seed++) {
            Graph notes = random(new Random(seed));
            Set<List<Node>> expected = new HashSet<>();
            try (var qe = QueryExecutionFactory.create(query, ModelFactory.createModelForGraph(notes))) {
                qe.execSelect()
                        .forEachRemaining(r -> expected.add(
                                List.of(r.get("x").asNode(), r.get("y").asNode())));
            }
            Graph data = DataGraph.of(notes, LocalDate.of(2026, 12, 4));
            Set<List<Node>> derived = new HashSet<>();
            data.find(Node.ANY, CGA.enclosedBy, Node.ANY)
                    .forEachRemaining(t -> derived.add(List.of(t.getSubject(), t.getObject())));
            assertEquals(expected, derived, "seed " + seed);
            if (!expected.isEmpty()) nonEmpty++;
        }
        assertTrue(nonEmpty > 40, "too few random graphs had any enclosure: " + nonEmpty);
    }

    @Test
    void nestedItemsOfOneNoteOnlyAndNeverItself() {
        Graph g = GraphFactory.createDefaultGraph();
        Node a = item(g, "a", "n1", 10, 20, true, false);
        Node b = item(g, "b", "n1", 12, 12, true, false);
        Node c = item(g, "c", "n2", 12, 12, true, false); // same lines, other note
        Node d = item(g, "d", "n1", 20, 30, false, true); // URL only: encloses, is never enclosed
        Node e = item(g, "e", "n1", 21, 21, true, false);
        Enclosures.addTo(g);
        Set<List<Node>> got = new HashSet<>();
        g.find(Node.ANY, CGA.enclosedBy, Node.ANY)
                .forEachRemaining(t -> got.add(List.of(t.getSubject(), t.getObject())));
        assertEquals(Set.of(List.of(b, a), List.of(e, d)), got);
        assertFalse(g.contains(c, CGA.enclosedBy, Node.ANY), "an item of another note is enclosed by nothing here");
    }

    private static Node item(Graph g, String name, String note, int first, int last, boolean status, boolean url) {
        Node x = NodeFactory.createURI(EX + name);
        g.add(x, CG.inNote, NodeFactory.createURI(EX + note));
        g.add(x, CG.firstLine, integer(first));
        g.add(x, CG.lastLine, integer(last));
        if (status) g.add(x, CG.hasStatusAssertion, NodeFactory.createURI(EX + name + "/s"));
        if (url) g.add(x, CG.verificationMethod, NodeFactory.createURI("https://example.org/page"));
        return x;
    }

    private static Graph random(Random r) {
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < 30; i++) {
            Node x = NodeFactory.createURI(EX + "item" + i);
            if (r.nextInt(3) > 0) g.add(x, CG.hasStatusAssertion, NodeFactory.createURI(EX + "item" + i + "/s"));
            if (r.nextInt(3) == 0) g.add(x, CG.verificationMethod, NodeFactory.createURI("https://example.org/p" + i));
            for (int k = r.nextInt(10) == 0 ? 2 : r.nextInt(12) == 0 ? 0 : 1; k > 0; k--)
                g.add(x, CG.inNote, NodeFactory.createURI(EX + "note" + r.nextInt(2)));
            for (int k = r.nextInt(10) == 0 ? 2 : r.nextInt(12) == 0 ? 0 : 1; k > 0; k--)
                g.add(x, CG.firstLine, line(r, false));
            for (int k = r.nextInt(10) == 0 ? 2 : r.nextInt(12) == 0 ? 0 : 1; k > 0; k--)
                g.add(x, CG.lastLine, line(r, true));
        }
        return g;
    }

    /** A line number: mostly an integer, sometimes a decimal; a last line sometimes ill-typed or a string. */
    private static Node line(Random r, boolean last) {
        int v = 1 + r.nextInt(40);
        int kind = r.nextInt(20);
        if (kind == 0) return NodeFactory.createLiteralDT(v + ".5", XSDDatatype.XSDdecimal);
        if (last && kind == 1) return NodeFactory.createLiteralDT("x" + v, XSDDatatype.XSDinteger);
        if (last && kind == 2) return NodeFactory.createLiteralString(Integer.toString(v));
        return integer(v);
    }

    private static Node integer(int v) {
        return NodeFactory.createLiteralDT(Integer.toString(v), XSDDatatype.XSDinteger);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = EnclosuresTest.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing test resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
