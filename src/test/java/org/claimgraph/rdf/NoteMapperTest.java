package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.extract.Model;
import org.junit.jupiter.api.Test;

class NoteMapperTest {

    private static void assertMapsTo(Model.Note note, String expectedTurtle) {
        Graph actual = RdfTestSupport.hashedItemsAsBlankNodes(RdfTestSupport.withoutAltLabels(NoteMapper.map(note)));
        Graph expected = RdfTestSupport.turtle(expectedTurtle);
        if (!actual.isIsomorphicWith(expected)) {
            RDFDataMgr.write(System.err, actual, RDFFormat.TURTLE_PRETTY);
        }
        assertEquals(expected.size(), actual.size(), "triple count");
        assertTrue(
                actual.isIsomorphicWith(expected),
                "mapping differs from " + expectedTurtle + " (actual printed above)");
    }

    @Test
    void smallNoteMapsToTheHandWrittenTurtle() {
        assertMapsTo(TestNotes.small("demo/small.md"), "rdf/mapping/small.ttl");
    }

    @Test
    void structuredNoteMapsToTheHandWrittenTurtle() {
        assertMapsTo(TestNotes.structured("demo/structured.md"), "rdf/mapping/structured.ttl");
    }

    @Test
    void toolAliasesAreAltLabelsWithoutCaseVariants() {
        Graph g = NoteMapper.map(TestNotes.structured("demo/structured.md"));
        Node k8s = NodeFactory.createURI(Iris.toolIri("Kubernetes"));
        Node alt = SKOS.altLabel.asNode();
        assertTrue(g.contains(k8s, alt, NodeFactory.createLiteralString("K8s")), "K8s is an alias of Kubernetes");
        Node k3s = NodeFactory.createURI(Iris.toolIri("K3s"));
        g.find(k3s, alt, Node.ANY)
                .forEachRemaining(t -> assertFalse(
                        t.getObject().getLiteralLexicalForm().equalsIgnoreCase("K3s"), "case variant repeated"));
    }

    /**
     * Markdown whose optional parts are absent (a fence without info string, an empty heading, a table
     * with an empty header) maps; the absent part has no triple instead of a blank literal. Before,
     * a fence without info string threw "object cannot be null" and the note was rejected.
     */
    @Test
    void absentOptionalTextsMapToNoTriple() {
        String[] notes = {
            "```\necho hi\n```\n",
            "~~~\nplain\n~~~\n",
            "    indented code\n",
            "```\nnever closed\n",
            "#\n\ntext\n",
            "|  |\n|--|\n| a |\n"
        };
        for (String text : notes) {
            Graph g = NoteMapper.map(org.claimgraph.extract.NoteExtractor.extract("demo/absent.md", text));
            assertFalse(g.isEmpty(), text);
            g.find(Node.ANY, Node.ANY, Node.ANY)
                    .forEachRemaining(t -> assertFalse(
                            t.getObject().isLiteral()
                                    && t.getObject().getLiteralLexicalForm().isBlank(),
                            "blank literal in " + t));
        }
        Graph fence =
                NoteMapper.map(org.claimgraph.extract.NoteExtractor.extract("demo/fence.md", "```\necho hi\n```\n"));
        assertEquals(
                1,
                fence.find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), CG.CodeBlock)
                        .toList()
                        .size(),
                "one code block");
        assertTrue(fence.find(Node.ANY, CG.language, Node.ANY).toList().isEmpty(), "no info string, no cg:language");
    }

    @Test
    void sameNoteTwiceGivesTheSameTriples() {
        Graph a = NoteMapper.map(TestNotes.small("demo/small.md"));
        Graph b = NoteMapper.map(TestNotes.small("demo/small.md"));
        assertEquals(triples(a), triples(b), "same IRIs and triples, not merely isomorphic");
    }

    @Test
    void editingOneClaimChangesOnlyThatClaimsIri() {
        Set<Node> before = subjects(NoteMapper.map(TestNotes.small("demo/small.md")));
        Set<Node> after = subjects(NoteMapper.map(TestNotes.small("demo/small.md", "某公司在测试环境中使用 K3s")));
        Set<Node> gone = new HashSet<>(before);
        gone.removeAll(after);
        Set<Node> added = new HashSet<>(after);
        added.removeAll(before);
        assertEquals(1, gone.size(), "one subject IRI disappears: " + gone);
        assertEquals(1, added.size(), "one subject IRI appears: " + added);
        assertTrue(gone.iterator().next().getURI().startsWith(Iris.ID + "claim/"));
    }

    @Test
    void notePathDecidesTheIris() {
        Set<Node> a = subjects(NoteMapper.map(TestNotes.small("a.md")));
        Set<Node> b = subjects(NoteMapper.map(TestNotes.small("b.md")));
        Set<Node> shared = new HashSet<>(a);
        shared.retainAll(b);
        // Only note-independent resources are shared: tools, versions, test environments.
        for (Node n : shared) {
            String u = n.getURI();
            assertTrue(
                    u.startsWith(Iris.ID + "tool/")
                            || u.startsWith(Iris.ID + "version/")
                            || u.startsWith(Iris.ID + "environment/"),
                    "shared across notes: " + u);
        }
        assertFalse(shared.isEmpty());
    }

    @Test
    void noteAndGraphIrisAreHashesOfThePath() {
        // printf 'demo/small.md' | sha256sum | cut -c1-16
        assertEquals(Iris.ID + "note/e5f721c12b8b505d", Iris.noteIri("demo/small.md"));
        assertEquals(Iris.ID + "graph/e5f721c12b8b505d", Iris.graphIri("demo/small.md"));
        assertNotEquals(Iris.graphIri("a.md"), Iris.graphIri("b.md"));
    }

    private static Set<Triple> triples(Graph g) {
        return g.find().toSet();
    }

    private static Set<Node> subjects(Graph g) {
        return g.find().toList().stream().map(Triple::getSubject).collect(Collectors.toSet());
    }
}
