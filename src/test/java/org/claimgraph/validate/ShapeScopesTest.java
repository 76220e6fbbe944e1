package org.claimgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class ShapeScopesTest {
    static final String SH = "https://w3id.org/claimgraph/shapes#";

    static ShapeScopes scopes(Graph g) {
        return ShapeScopes.of(g, Shapes.parse(g));
    }

    @Test
    void packagedShapes() {
        Graph g = ShapesLoader.graph(Path.of("shapes"));
        ShapeScopes s = scopes(g);
        ShapeScopes.Scope unverifiable = s.of(NodeFactory.createURI(SH + "unverifiable-claim"));
        assertEquals(ShapeScopes.Kind.NOTE, unverifiable.kind());
        assertTrue(unverifiable.derived(), "a Core shape with a forward path is derived note-scoped");
        ShapeScopes.Scope pending = s.of(NodeFactory.createURI(SH + "pending-claim"));
        assertEquals(ShapeScopes.Kind.NOTE, pending.kind(), "sh:class on the focus node itself stays in the note");
        ShapeScopes.Scope conflicting = s.of(NodeFactory.createURI(SH + "conflicting-figures"));
        assertEquals(ShapeScopes.Kind.KEYED, conflicting.kind());
        assertFalse(conflicting.derived());
        assertEquals(
                ShapeScopes.Kind.NOTE,
                s.of(NodeFactory.createURI(SH + "stale-update-date")).kind());
        assertTrue(
                s.ofKind(ShapeScopes.Kind.CORPUS).isEmpty(),
                s.describe(new RuleNames(g)).toString());
    }

    @Test
    void pathsThatLeaveTheNoteAreCorpusScoped() {
        Graph g = parse("""
                @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix cg: <https://w3id.org/claimgraph/ontology#> .
                @prefix cga: <https://w3id.org/claimgraph/audit#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix cgsh: <https://w3id.org/claimgraph/shapes#> .
                cgsh: cga:leavesNote cg:aboutTool .
                cgsh:inverse a sh:NodeShape ; sh:targetClass cg:Claim ; sh:property [ sh:path [ sh:inversePath cg:annotates ] ; sh:minCount 1 ] .
                cgsh:through-tool a sh:NodeShape ; sh:targetClass cg:Claim ; sh:property [ sh:path ( cg:aboutTool rdfs:label ) ; sh:minCount 1 ] .
                cgsh:to-tool a sh:NodeShape ; sh:targetClass cg:Claim ; sh:property [ sh:path ( cg:hasProvenance cg:aboutTool ) ; sh:minCount 1 ] .
                cgsh:value-class a sh:NodeShape ; sh:targetClass cg:Claim ; sh:property [ sh:path cg:aboutTool ; sh:class cg:Tool ] .
                cgsh:sparql a sh:NodeShape ; sh:targetClass cg:Claim ; sh:sparql [ sh:select "SELECT $this WHERE { $this ?p ?o }" ] .
                """);
        ShapeScopes s = scopes(g);
        assertEquals(
                ShapeScopes.Kind.CORPUS,
                s.of(NodeFactory.createURI(SH + "inverse")).kind());
        assertEquals(
                ShapeScopes.Kind.CORPUS,
                s.of(NodeFactory.createURI(SH + "through-tool")).kind());
        assertEquals(
                ShapeScopes.Kind.NOTE,
                s.of(NodeFactory.createURI(SH + "to-tool")).kind(),
                "ending on a shared value is fine");
        assertEquals(
                ShapeScopes.Kind.CORPUS,
                s.of(NodeFactory.createURI(SH + "value-class")).kind());
        assertEquals(
                ShapeScopes.Kind.CORPUS,
                s.of(NodeFactory.createURI(SH + "sparql")).kind(),
                "undeclared SHACL-SPARQL");
    }

    static Graph parse(String ttl) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl).lang(Lang.TURTLE).parse(g);
        return g;
    }
}
