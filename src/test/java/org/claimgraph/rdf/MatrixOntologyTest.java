package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.matrix.Dimensions;
import org.claimgraph.matrix.RiskModel;
import org.claimgraph.sparql.MatrixParameters;
import org.junit.jupiter.api.Test;

class MatrixOntologyTest {
    static Graph read(String path) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(path).parse(g);
        return g;
    }

    static boolean hasLang(Graph g, Node s, Node p, String lang) {
        return g.find(s, p, Node.ANY).toList().stream()
                .anyMatch(t ->
                        t.getObject().isLiteral() && lang.equals(t.getObject().getLiteralLanguage()));
    }

    @Test
    void everyTermHasChineseAndEnglishLabelAndComment() {
        Graph g = read("ontology/matrix.ttl");
        List<String> bad = new ArrayList<>();
        int terms = 0;
        for (Triple t : g.find(Node.ANY, Node.ANY, Node.ANY).toList()) {
            Node s = t.getSubject();
            if (!s.isURI()) continue;
            boolean cgm = s.getURI().startsWith(CGM.NS);
            boolean concept = s.getURI().startsWith(Iris.ID);
            if (!cgm && !concept) continue;
            if (!t.getPredicate().equals(org.apache.jena.vocabulary.RDF.type.asNode())) continue;
            terms++;
            Node label = cgm ? RDFS.label.asNode() : SKOS.prefLabel.asNode();
            Node comment = cgm ? RDFS.comment.asNode() : SKOS.definition.asNode();
            for (String lang : List.of("zh", "en"))
                if (!hasLang(g, s, label, lang) || !hasLang(g, s, comment, lang)) bad.add(s.getURI() + " @" + lang);
        }
        assertTrue(terms > 50, "terms checked: " + terms);
        assertEquals(List.of(), bad);
        // every known dimension member is a concept of its scheme
        for (Dimensions.Kind k : Dimensions.Kind.values())
            for (Dimensions.Member m : Dimensions.members(k))
                assertTrue(g.contains(CGM.member(k, m.slug()), SKOS.inScheme.asNode(), Node.ANY), m.slug());
    }

    @Test
    void defaultParametersFileEqualsCodeDefaults() {
        Graph g = MatrixParameters.defaultsGraph();
        Node model = NodeFactory.createURI(CGM.RISK_MODEL);
        RiskModel r = MatrixParameters.DEFAULT_RISK;
        assertEquals(r.lambda0(), value(g, model, CGM.lambda0));
        assertEquals(r.lambda1(), value(g, model, CGM.lambda1));
        assertEquals(r.lambda2(), value(g, model, CGM.lambda2));
        assertEquals(r.lambda3(), value(g, model, CGM.lambda3));
        for (Map.Entry<String, Double> w : MatrixParameters.DEFAULT_STATUS_WEIGHTS.entrySet())
            assertEquals(
                    w.getValue(),
                    value(
                            g,
                            Concepts.status(org.claimgraph.extract.VerificationStatus.ofNotation(w.getKey())
                                    .orElseThrow()),
                            CGM.statusWeight),
                    w.getKey());
        for (Dimensions.Member m : Dimensions.members(Dimensions.Kind.ELEMENT))
            assertEquals(
                    MatrixParameters.DEFAULT_THETA, value(g, CGM.member(Dimensions.Kind.ELEMENT, m.slug()), CGM.theta));
    }

    static double value(Graph g, Node s, Node p) {
        return ((Number) g.find(s, p, Node.ANY).next().getObject().getLiteralValue()).doubleValue();
    }
}
