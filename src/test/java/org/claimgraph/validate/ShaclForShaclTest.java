package org.claimgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The shapes of {@code shapes/} are valid SHACL, use only known sh: terms, and are documented. */
class ShaclForShaclTest {
    static final String SH = "http://www.w3.org/ns/shacl#";

    /** Core, SHACL-SPARQL and the SHACL-AF SPARQL target: the sh: terms a shapes graph may use here. */
    static final Set<String> KNOWN_PROPERTIES = Set.of(
            // targets
            "targetClass",
            "targetNode",
            "targetObjectsOf",
            "targetSubjectsOf",
            "target",
            // shape characteristics and non-validating properties
            "severity",
            "message",
            "deactivated",
            "name",
            "description",
            "order",
            "group",
            "defaultValue",
            "path",
            // Core constraint parameters
            "class",
            "datatype",
            "nodeKind",
            "minCount",
            "maxCount",
            "minExclusive",
            "minInclusive",
            "maxExclusive",
            "maxInclusive",
            "minLength",
            "maxLength",
            "pattern",
            "flags",
            "languageIn",
            "uniqueLang",
            "equals",
            "disjoint",
            "lessThan",
            "lessThanOrEquals",
            "not",
            "and",
            "or",
            "xone",
            "node",
            "property",
            "qualifiedValueShape",
            "qualifiedMinCount",
            "qualifiedMaxCount",
            "qualifiedValueShapesDisjoint",
            "closed",
            "ignoredProperties",
            "hasValue",
            "in",
            // paths
            "inversePath",
            "alternativePath",
            "zeroOrMorePath",
            "oneOrMorePath",
            "zeroOrOnePath",
            // SHACL-SPARQL
            "sparql",
            "select",
            "ask",
            "prefixes",
            "declare",
            "prefix",
            "namespace");

    static final Set<String> KNOWN_CLASSES = Set.of("NodeShape", "PropertyShape", "SPARQLConstraint", "SPARQLTarget");

    static final Graph SHAPES = ShapesLoader.graph(Path.of("shapes"));

    @Test
    void shapesConformToShaclForShacl() {
        Graph shsh = RDFDataMgr.loadGraph("src/test/resources/shacl-shacl.ttl");
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shsh), SHAPES);
        if (!report.conforms()) ShLib.printReport(report);
        assertTrue(report.conforms(), "shapes/ is not valid SHACL: " + report.getEntries());
    }

    @Test
    void shaclForShaclCatchesABrokenShape() {
        Graph shsh = RDFDataMgr.loadGraph("src/test/resources/shacl-shacl.ttl");
        Graph broken = RDFDataMgr.loadGraph("src/test/resources/shacl-shacl-broken.ttl");
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shsh), broken);
        assertFalse(report.conforms());
        assertTrue(report.getEntries().size() >= 3, report.getEntries().toString());
    }

    @Test
    void noUnknownShaclTerms() {
        Set<String> unknown = new TreeSet<>();
        SHAPES.find().forEachRemaining(t -> {
            String p = t.getPredicate().getURI();
            if (p.startsWith(SH) && !KNOWN_PROPERTIES.contains(p.substring(SH.length()))) unknown.add(p);
            if (t.getPredicate().equals(RDF.type.asNode())
                    && t.getObject().isURI()
                    && t.getObject().getURI().startsWith(SH)
                    && !KNOWN_CLASSES.contains(t.getObject().getURI().substring(SH.length())))
                unknown.add(t.getObject().getURI());
        });
        assertEquals(Set.of(), unknown);
    }

    @Test
    void jenaParsesEveryFile() {
        // each file parses on its own together with the shared prefix declarations of prefixes.ttl
        for (Path f : ShapesLoader.ttlFiles(Path.of("shapes"))) {
            Graph g = RDFDataMgr.loadGraph(f.toString());
            RDFDataMgr.read(g, "shapes/prefixes.ttl");
            Shapes.parse(g);
        }
        assertTrue(Shapes.parse(SHAPES).numRootShapes() >= 20);
    }

    /** Every named shape has sh:name and sh:description in @zh and @en and a sh:message somewhere in it. */
    @Test
    void everyShapeIsDocumentedInBothLanguages() {
        Node name = org.apache.jena.graph.NodeFactory.createURI(SH + "name");
        Node description = org.apache.jena.graph.NodeFactory.createURI(SH + "description");
        Node message = org.apache.jena.graph.NodeFactory.createURI(SH + "message");
        Node nodeShape = org.apache.jena.graph.NodeFactory.createURI(SH + "NodeShape");
        Set<String> missing = new TreeSet<>();
        SHAPES.find(Node.ANY, RDF.type.asNode(), nodeShape).forEachRemaining(t -> {
            Node s = t.getSubject();
            if (!s.isURI()) return;
            for (Node p : new Node[] {name, description})
                for (String lang : new String[] {"zh", "en"})
                    if (SHAPES.find(s, p, Node.ANY)
                            .filterKeep(x -> lang.equals(x.getObject().getLiteralLanguage()))
                            .toList()
                            .isEmpty()) missing.add(s.getURI() + " " + p.getURI() + "@" + lang);
            if (!hasMessage(s, message, 0)) missing.add(s.getURI() + " sh:message");
        });
        assertEquals(Set.of(), missing);
        assertFalse(
                SHAPES.find(Node.ANY, RDFS.label.asNode(), Node.ANY).toList().isEmpty());
    }

    private boolean hasMessage(Node s, Node message, int depth) {
        if (depth > 4) return false;
        if (SHAPES.contains(s, message, Node.ANY)) return true;
        for (var t : SHAPES.find(s, Node.ANY, Node.ANY).toList())
            if (t.getObject().isBlank() && hasMessage(t.getObject(), message, depth + 1)) return true;
        return false;
    }
}
