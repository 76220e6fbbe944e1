package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.store.Ontologies;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The mapping's vocabulary against {@code ontology/}: the ontology files parse, every term has
 * {@code @zh} and {@code @en} labels and comments, every {@code cg:} IRI the mapping emits and
 * every {@link CG} constant is declared.
 */
class VocabularyTest {
    private static final String OUR_NAMESPACES = "https://w3id.org/claimgraph/";
    private static Graph ontology;

    @BeforeAll
    static void load() {
        ontology = GraphFactory.createDefaultGraph();
        for (String name : Ontologies.resourceNames()) {
            try (InputStream in = VocabularyTest.class.getClassLoader().getResourceAsStream(name)) {
                // strict parse: a syntax error or a bad IRI fails the test with the file and line
                RDFParser.source(in).lang(Lang.TURTLE).strict(true).parse(ontology);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** Subjects in one of our namespaces that carry an rdf:type: the declared terms. */
    private static Set<String> declaredTerms() {
        Set<String> terms = new TreeSet<>();
        ontology.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            Node s = t.getSubject();
            if (s.isURI() && s.getURI().startsWith(OUR_NAMESPACES) && s.getURI().contains("#")) terms.add(s.getURI());
        });
        return terms;
    }

    @Test
    void coreOntologyDeclaresTheContractTerms() {
        Set<String> terms = declaredTerms();
        for (String local : List.of(
                "Note",
                "Section",
                "Claim",
                "PerformanceFigure",
                "CoverageClaim",
                "Statement",
                "Tool",
                "Version",
                "Measurement",
                "ProvenanceBlock",
                "Assessment",
                "StatusAssertion",
                "VerificationStatus",
                "SourceType",
                "TestEnvironment",
                "LineReference",
                "UnparsedLine",
                "Table",
                "CodeBlock",
                "GraphEdge",
                "MindmapNode",
                "TimelineEvent",
                "TupleStatement",
                "MatrixCell",
                "VerificationStatusScheme",
                "SourceTypeScheme",
                "sourcePath",
                "hasProvenance",
                "hasStatusAssertion",
                "status",
                "statusPhrase",
                "verificationMethod",
                "actualCount",
                "resolved",
                "actualLine")) {
            assertTrue(terms.contains(CG.NS + local), "cg:" + local + " declared");
        }
    }

    @Test
    void everyTermHasChineseAndEnglishLabelAndComment() {
        List<String> missing = new ArrayList<>();
        for (String term : declaredTerms()) {
            Node s = NodeFactory.createURI(term);
            for (String lang : List.of("zh", "en")) {
                if (!hasLang(s, RDFS.label.asNode(), lang)) missing.add(term + " rdfs:label@" + lang);
                if (!hasLang(s, RDFS.comment.asNode(), lang) && !hasLang(s, SKOS.definition.asNode(), lang)) {
                    missing.add(term + " rdfs:comment/skos:definition@" + lang);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void statusConceptsHaveNotationsAndBilingualPrefLabels() {
        List<Node> concepts = ontology.find(Node.ANY, SKOS.inScheme.asNode(), CG.VerificationStatusScheme)
                .mapWith(Triple::getSubject)
                .toList();
        assertEquals(5, concepts.size());
        Set<String> notations = new TreeSet<>();
        for (Node c : concepts) {
            ontology.find(c, SKOS.notation.asNode(), Node.ANY)
                    .forEachRemaining(t -> notations.add(t.getObject().getLiteralLexicalForm()));
            assertTrue(
                    hasLang(c, SKOS.prefLabel.asNode(), "zh") && hasLang(c, SKOS.prefLabel.asNode(), "en"),
                    c.toString());
        }
        assertEquals(
                new TreeSet<>(
                        List.of("verified", "publicly-verifiable", "partially-verifiable", "pending", "unverifiable")),
                notations);
        assertEquals(
                13,
                ontology.find(Node.ANY, SKOS.inScheme.asNode(), CG.SourceTypeScheme)
                        .toList()
                        .size());
    }

    @Test
    void everyCgConstantIsDeclared() throws IllegalAccessException {
        Set<String> terms = declaredTerms();
        int checked = 0;
        for (Field f : CG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) {
                Node n = (Node) f.get(null);
                assertTrue(
                        terms.contains(n.getURI()), "CG." + f.getName() + " = " + n.getURI() + " is not in ontology/");
                checked++;
            }
        }
        assertTrue(checked > 100, "constants checked: " + checked);
    }

    @Test
    void everyCgIriTheMappingEmitsIsDeclared() {
        Set<String> terms = declaredTerms();
        Set<String> used = new TreeSet<>();
        for (Graph g : MappedExamples.graphs()) {
            g.find().forEachRemaining(t -> {
                for (Node n : new Node[] {t.getPredicate(), t.getObject()}) {
                    if (n.isURI() && n.getURI().startsWith(CG.NS)) used.add(n.getURI());
                }
            });
        }
        assertFalse(used.isEmpty());
        Set<String> undeclared = new TreeSet<>(used);
        undeclared.removeAll(terms);
        assertEquals(Set.of(), undeclared, "used by the mapping but not declared in ontology/");
        // the mapping also uses classes and properties from PROV, DCTERMS, SKOS, RDFS only
        assertTrue(used.contains(CG.NS + "hasProvenance"));
    }

    @Test
    void ontologyIsOwl() {
        assertTrue(ontology.contains(NodeFactory.createURI(CG.ONTOLOGY), RDF.type.asNode(), OWL.Ontology.asNode()));
    }

    private static boolean hasLang(Node s, Node p, String lang) {
        return ontology.find(s, p, Node.ANY).toList().stream()
                .anyMatch(t -> t.getObject().isLiteral()
                        && lang.equalsIgnoreCase(t.getObject().getLiteralLanguage()));
    }
}
