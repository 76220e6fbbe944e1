package org.claimgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.claimgraph.testing.Isomorphism;
import org.junit.jupiter.api.Test;

/**
 * {@link AuditDelta} on layout 5 ({@link AuditGraph}) with hand-made findings: what a finding found
 * again costs, for a finding of a shape about an IRI (its place is not stored, so a move is free) and
 * for one about a blank node (it keeps its place and points to a blank node of its own, made anew on
 * every write, which must not count as a change).
 */
class AuditDeltaTest {
    static final String NOTE = "https://w3id.org/claimgraph/id/note/a.md";
    static final String CLAIM = "https://w3id.org/claimgraph/id/claim/x";

    static Finding ofShape(String focus, int line) {
        return new Finding(
                Severity.VIOLATION,
                "claim-without-status",
                NOTE,
                "a.md",
                line,
                "A > B",
                CLAIM,
                "某声明",
                "This claim's provenance block has no verification status",
                "add a status",
                focus);
    }

    static Graph stored(Finding f) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(AuditGraph.REPORT, org.apache.jena.vocabulary.RDF.type.asNode(), SHACL.ValidationReport);
        AuditGraph.add(g, f);
        AuditGraph.updateConforms(g);
        return g;
    }

    static Graph copy(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(out::add);
        return out;
    }

    /** Replaces the note's findings by {@code fresh}; returns the delta's counts. */
    static String replace(Graph g, Finding fresh) {
        AuditDelta d = new AuditDelta(g);
        d.note(NodeFactory.createURI(NOTE));
        d.write(Set.of(fresh));
        return d.toString();
    }

    @Test
    void aMovedClaimsFindingOfAShapeIsKeptAsItIs() {
        Graph g = stored(ofShape(CLAIM, 12));
        Graph before = copy(g);
        assertFalse(g.contains(Node.ANY, CGA.line, Node.ANY), "no copy of the line");
        assertEquals("kept 1, patched 0, removed 0, added 0", replace(g, ofShape(CLAIM, 40)));
        assertTrue(Isomorphism.isomorphic(before, g), () -> Isomorphism.difference(before, g));
        assertEquals(
                List.of(NodeFactory.createLiteralDT("false", org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean)),
                g.find(AuditGraph.REPORT, SHACL.conforms, Node.ANY)
                        .mapWith(t -> t.getObject())
                        .toList());
    }

    @Test
    void aFindingAboutABlankNodeKeepsItsPlaceAndIsKeptWhenFoundAgain() {
        Finding f = ofShape("_:b0", 12);
        Graph g = stored(f);
        Node focus = g.find(Node.ANY, CGA.focusNode, Node.ANY).next().getObject();
        assertTrue(focus.isBlank(), "a blank node of its own");
        assertTrue(g.contains(Node.ANY, CGA.line, Node.ANY), "its line is stored: the data cannot give it");
        assertTrue(g.contains(Node.ANY, CGA.sourcePath, Node.ANY));
        Graph before = copy(g);
        assertEquals("kept 1, patched 0, removed 0, added 0", replace(g, f));
        assertEquals(before.size(), g.size());
        assertTrue(Isomorphism.isomorphic(before, g), () -> Isomorphism.difference(before, g));
        assertEquals(
                "kept 0, patched 0, removed 1, added 1",
                replace(g, ofShape("_:b0", 13)),
                "its IRI hashes every field: a moved line is another finding");
        assertEquals(1, g.find(Node.ANY, CGA.focusNode, Node.ANY).toList().size());
    }

    @Test
    void theReportConformsOnceNoFindingOfAShapeIsLeft() {
        Graph g = stored(ofShape(CLAIM, 12));
        Finding coverage = new Finding(
                Severity.WARNING,
                "coverage-claim-contradicted",
                NOTE,
                "a.md",
                3,
                null,
                null,
                "约 90%",
                "The note states coverage 90 %",
                "",
                null);
        assertEquals("kept 0, patched 0, removed 1, added 1", replace(g, coverage));
        assertFalse(g.contains(Node.ANY, CGA.focusNode, Node.ANY));
        assertTrue(g.contains(Node.ANY, CGA.line, Node.ANY), "a check's finding keeps its line");
        assertEquals(
                "true",
                g.find(AuditGraph.REPORT, SHACL.conforms, Node.ANY)
                        .next()
                        .getObject()
                        .getLiteralLexicalForm());
    }

    static final String CLAIM2 = "https://w3id.org/claimgraph/id/claim/y";

    /** The focus nodes of the note's resource of {@code f}'s kind. */
    static List<Node> focusNodes(Graph g, Finding f) {
        return g.find(AuditGraph.findingIri(f), CGA.focusNode, Node.ANY)
                .mapWith(t -> t.getObject())
                .toList();
    }

    @Test
    void aNotesFindingsOfOneKindShareOneResourceAndItsKind() {
        Graph g = stored(ofShape(CLAIM, 12));
        AuditGraph.add(g, ofShape(CLAIM2, 30));
        assertEquals(
                1,
                g.find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), CGA.Finding)
                        .toList()
                        .size());
        assertEquals(
                1,
                g.find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), CGA.FindingKind)
                        .toList()
                        .size());
        assertEquals(
                Set.of(NodeFactory.createURI(CLAIM), NodeFactory.createURI(CLAIM2)),
                Set.copyOf(focusNodes(g, ofShape(CLAIM, 1))));
        assertEquals(
                1,
                g.find(Node.ANY, CGA.message, Node.ANY).toList().size(),
                "what the findings say is stored once, on their kind");
    }

    @Test
    void aFocusNodeFoundNoMoreLeavesTheOthersOfItsResource() {
        Graph g = stored(ofShape(CLAIM, 12));
        AuditGraph.add(g, ofShape(CLAIM2, 30));
        AuditDelta d = new AuditDelta(g);
        d.focus(NodeFactory.createURI(CLAIM2), "claim-without-status");
        d.focus(NodeFactory.createURI(CLAIM2), "another-rule");
        d.write(Set.of());
        assertEquals("kept 0, patched 0, removed 1, added 0", d.toString());
        assertEquals(List.of(NodeFactory.createURI(CLAIM)), focusNodes(g, ofShape(CLAIM, 1)));
        Graph expected = stored(ofShape(CLAIM, 12));
        assertTrue(Isomorphism.isomorphic(expected, g), () -> Isomorphism.difference(expected, g));
    }

    @Test
    void theLastFindingOfAKindTakesItsResourceAndKindWithIt() {
        Graph g = stored(ofShape(CLAIM, 12));
        AuditDelta d = new AuditDelta(g);
        d.rule("claim-without-status");
        d.write(Set.of());
        assertEquals("kept 0, patched 0, removed 1, added 0", d.toString());
        assertFalse(g.contains(Node.ANY, CGA.kind, Node.ANY));
        assertFalse(g.contains(Node.ANY, CGA.rule, Node.ANY), "the kind went with its last finding");
        assertEquals(
                2,
                g.size(),
                "the report and its sh:conforms are left: " + g.find().toList());
    }

    @Test
    void aKindStaysWhileAnotherNoteHasAFindingOfIt() {
        String other = "https://w3id.org/claimgraph/id/note/b.md";
        Finding elsewhere = new Finding(
                Severity.VIOLATION,
                "claim-without-status",
                other,
                "b.md",
                4,
                null,
                CLAIM2,
                null,
                "This claim's provenance block has no verification status",
                "add a status",
                CLAIM2);
        Graph g = stored(ofShape(CLAIM, 12));
        AuditGraph.add(g, elsewhere);
        AuditDelta d = new AuditDelta(g);
        d.note(NodeFactory.createURI(NOTE));
        d.write(Set.of());
        assertTrue(g.contains(AuditGraph.kindIri(elsewhere), CGA.rule, Node.ANY));
        Graph expected = stored(elsewhere);
        assertTrue(Isomorphism.isomorphic(expected, g), () -> Isomorphism.difference(expected, g));
    }

    @Test
    void aRewrittenNoteWithTheSameKindsWritesOnlyItsFocusNodes() {
        Recording g = new Recording();
        stored(ofShape(CLAIM, 12)).find().forEachRemaining(g::add);
        g.writes.clear();
        assertEquals("kept 0, patched 0, removed 1, added 1", replace(g, ofShape(CLAIM2, 12)));
        assertEquals(
                List.of(CGA.focusNode, CGA.focusNode),
                g.writes.stream().map(Triple::getPredicate).toList(),
                "one focus node out, one in: " + g.writes);
    }

    /** An in-memory graph that records every triple added or deleted (each a quad write in a store). */
    private static final class Recording extends org.apache.jena.mem2.GraphMem2Fast {
        final List<Triple> writes = new java.util.ArrayList<>();

        @Override
        public void performAdd(Triple t) {
            writes.add(t);
            super.performAdd(t);
        }

        @Override
        public void performDelete(Triple t) {
            writes.add(t);
            super.performDelete(t);
        }
    }
}
