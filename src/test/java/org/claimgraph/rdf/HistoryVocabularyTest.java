package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.store.Ontologies;
import org.junit.jupiter.api.Test;

/** {@link CGH} against {@code ontology/history.ttl}: every constant in our namespace is declared; the PROV terms are PROV's. */
class HistoryVocabularyTest {
    @Test
    void everyCghConstantIsDeclaredAndProvTermsAreProv() throws IllegalAccessException {
        Graph ontology = Ontologies.load();
        assertTrue(ontology.contains(NodeFactory.createURI(CGH.ONTOLOGY), RDF.type.asNode(), OWL.Ontology.asNode()));
        List<String> undeclared = new ArrayList<>();
        int ours = 0;
        for (Field f : CGH.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || f.getType() != Node.class) continue;
            Node n = (Node) f.get(null);
            if (n.getURI().startsWith(CGH.NS)) {
                ours++;
                if (!ontology.contains(n, RDF.type.asNode(), Node.ANY)) undeclared.add(f.getName());
            } else {
                assertTrue(
                        n.getURI().startsWith(CGH.PROV) || n.getURI().equals(CGH.HISTORY_GRAPH),
                        f.getName() + " = " + n);
            }
        }
        assertEquals(List.of(), undeclared);
        assertTrue(ours >= 30, "constants checked: " + ours);
    }
}
