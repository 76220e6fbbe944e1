package org.claimgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.claimgraph.rdf.CG;
import org.junit.jupiter.api.Test;

/**
 * Which quoted figure a multiplier's annotation gets: of the note's own line references written within the
 * assessment's lines, the one on the lowest line, then the least text; references of another note, and
 * references outside the lines, never.
 */
class QuotedFiguresTest {
    private static final String EX = "https://example.org/qf/";

    @Test
    void lowestLineThenLeastTextWithinTheAssessmentsLinesOfItsOwnNote() {
        Graph g = GraphFactory.createDefaultGraph();
        Node claim = claimAssessed(g, "延迟", 10, 14);
        ref(g, "n1", "r-before", 9, "1 s vs 1 ms"); // before the lines
        ref(g, "n1", "r-late", 13, "9 s vs 1 s");
        ref(g, "n1", "r-b", 12, "8 s vs 2 s");
        ref(g, "n1", "r-a", 12, "6 s vs 2 s"); // same line as r-b, less text: this one
        ref(g, "n2", "r-other", 11, "5 s vs 5 ms"); // another note, on a lower line
        String text = "延迟降低 3 倍";
        Multipliers.Stated s = Multipliers.stated(text).get(0);
        QuotedFigures q = new QuotedFigures(g);
        assertEquals("6 s vs 2 s", q.of(new MultiplierCheck.Unit(claim, claim, EX + "n1", "a.md", 10, text), s));
        assertEquals("5 s vs 5 ms", q.of(new MultiplierCheck.Unit(claim, claim, EX + "n2", "b.md", 10, text), s));
        assertNull(new QuotedFigures(g).of(new MultiplierCheck.Unit(claim, claim, EX + "n3", "c.md", 10, text), s));
    }

    @Test
    void lastLineOfTheRangeCountsAndOneLineAfterDoesNot() {
        Graph g = GraphFactory.createDefaultGraph();
        Node claim = claimAssessed(g, "吞吐", 20, 22);
        ref(g, "n1", "r-after", 23, "2 s vs 1 s");
        String text = "吞吐提升 2 倍";
        Multipliers.Stated s = Multipliers.stated(text).get(0);
        MultiplierCheck.Unit u = new MultiplierCheck.Unit(claim, claim, EX + "n1", "a.md", 20, text);
        assertNull(new QuotedFigures(g).of(u, s));
        ref(g, "n1", "r-last", 22, "4 s vs 2 s");
        assertEquals("4 s vs 2 s", new QuotedFigures(g).of(u, s));
    }

    /** A claim whose one assessment, about {@code subject}, spans lines {@code first} to {@code last}. */
    private static Node claimAssessed(Graph g, String subject, int first, int last) {
        Node claim = uri("claim"), a = uri("assessment");
        g.add(claim, CG.hasProvenance, a);
        g.add(a, CG.subject, NodeFactory.createLiteralString(subject));
        g.add(a, CG.firstLine, integer(first));
        g.add(a, CG.lastLine, integer(last));
        return claim;
    }

    @Test
    void aQuotedFigureThatIsNotTextQuotesNothingAndStopsNoCheck() {
        Graph g = GraphFactory.createDefaultGraph();
        Node claim = claimAssessed(g, "延迟", 10, 14);
        ref(g, "n1", "r-ok", 12, "6 s vs 2 s");
        Node odd = uri("r-iri");
        g.add(odd, CG.inNote, uri("n1"));
        g.add(odd, CG.fromLine, integer(11));
        g.add(odd, CG.quotedFigure, uri("not-a-figure")); // lower line than r-ok, but not text
        String text = "延迟降低 3 倍";
        Multipliers.Stated s = Multipliers.stated(text).get(0);
        assertEquals(
                "6 s vs 2 s",
                new QuotedFigures(g).of(new MultiplierCheck.Unit(claim, claim, EX + "n1", "a.md", 10, text), s));
    }

    private static void ref(Graph g, String note, String name, int line, String figure) {
        Node r = uri(name);
        g.add(r, CG.inNote, uri(note));
        g.add(r, CG.fromLine, integer(line));
        g.add(r, CG.quotedFigure, NodeFactory.createLiteralString(figure));
    }

    private static Node uri(String local) {
        return NodeFactory.createURI(EX + local);
    }

    private static Node integer(int v) {
        return NodeFactory.createLiteralDT(Integer.toString(v), XSDDatatype.XSDinteger);
    }
}
