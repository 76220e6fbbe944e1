package org.claimgraph.history;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.rdf.CGH;
import org.claimgraph.rdf.Iris;

/**
 * The triples of one claim event. The event's IRI is {@code cgid:history/event/<hash>} where the
 * hash covers every other triple of the event (sorted N-Triples with the subject left out): the
 * same change in the same run always gets the same IRI, in the spirit of trusty URIs.
 */
final class HistoryTriples {
    private HistoryTriples() {}

    private static final Node SELF = NodeFactory.createURI("urn:x-claimgraph:self");

    static List<Triple> event(ClaimEvent e, Node run, Node time, String path) {
        List<Triple> body = new ArrayList<>();
        ClaimState now = e.current();
        add(body, RDF.type.asNode(), e.type().type());
        add(body, CGH.run, run);
        add(body, CGH.atTime, time);
        add(body, CGH.claim, now.claim());
        add(body, CGH.note, NodeFactory.createURI(Iris.noteIri(path)));
        add(body, CGH.path, NodeFactory.createLiteralString(path));
        if (now.line() > 0)
            add(
                    body,
                    CGH.line,
                    NodeFactory.createLiteralDT(
                            Integer.toString(now.line()), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
        add(body, CGH.text, now.text());
        add(body, CGH.claimKind, now.kind());
        if (e.before() != null && e.type() != EventType.APPEARED) {
            add(body, CGH.statusBefore, e.before().status());
        }
        if (e.type() == EventType.REVISED) {
            add(body, CGH.previousClaim, e.before().claim());
            add(body, CGH.textBefore, e.before().text());
        }
        if (e.type() == EventType.EVIDENCE_CHANGED) {
            ClaimState b = e.before();
            b.methods().forEach(n -> add(body, CGH.methodBefore, n));
            b.environments().forEach(n -> add(body, CGH.environmentBefore, n));
            b.updated().forEach(n -> add(body, CGH.updatedBefore, n));
            b.sourceTypes().forEach(n -> add(body, CGH.sourceTypeBefore, n));
        }
        if (e.after() != null) {
            ClaimState a = e.after();
            add(body, CGH.statusAfter, a.status());
            a.methods().forEach(n -> add(body, CGH.methodAfter, n));
            a.environments().forEach(n -> add(body, CGH.environmentAfter, n));
            a.updated().forEach(n -> add(body, CGH.updatedAfter, n));
            a.sourceTypes().forEach(n -> add(body, CGH.sourceTypeAfter, n));
        }
        Node iri = NodeFactory.createURI(Iris.ID + "history/event/" + Iris.hash(TripleText.write(body)));
        List<Triple> out = new ArrayList<>(body.size() + 1);
        for (Triple t : body) out.add(Triple.create(iri, t.getPredicate(), t.getObject()));
        if (e.type() == EventType.REVISED)
            out.add(Triple.create(
                    e.after().claim(), CGH.wasRevisionOf, e.before().claim()));
        return out;
    }

    private static void add(List<Triple> body, Node p, Node o) {
        if (o != null) body.add(Triple.create(SELF, p, o));
    }
}
