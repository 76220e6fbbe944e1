package org.claimgraph.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.rdf.CG;

/**
 * What history tracks of one claim in one version of its note's graph: identity (IRI), where it
 * stands (section, first line), what it says (kind, text), its verification status and its
 * evidence. Values are kept as RDF terms; sets are sorted by their string form so two states
 * compare equal exactly when the note says the same thing about the claim.
 *
 * @param claim        the claim IRI
 * @param kind         the claim's kind (a subclass of {@code cg:Claim}), or {@code cg:Claim} when none
 * @param text         its text (a {@code @zh} literal), or null
 * @param section      the section it is in, or null before the first heading
 * @param line         its first line (1-based), or -1
 * @param status       its status concept (the least verified when it has several), or null
 * @param methods      verification method URLs
 * @param environments test environment labels
 * @param updated      update dates (xsd:date literals) of its assessments and their provenance blocks
 * @param sourceTypes  source type concepts
 */
public record ClaimState(
        Node claim,
        Node kind,
        Node text,
        Node section,
        int line,
        Node status,
        SortedSet<Node> methods,
        SortedSet<Node> environments,
        SortedSet<Node> updated,
        SortedSet<Node> sourceTypes) {

    /** Status concepts from least to most verified: the first one a claim has is its status. */
    public static final List<Node> STATUS_ORDER =
            List.of(CG.Unverifiable, CG.Pending, CG.PartiallyVerifiable, CG.PubliclyVerifiable, CG.Verified);

    private static final Node TYPE = RDF.type.asNode();

    /** The evidence fields compared for an {@code evidence-changed} event. */
    public boolean sameEvidence(ClaimState o) {
        return methods.equals(o.methods)
                && environments.equals(o.environments)
                && updated.equals(o.updated)
                && sourceTypes.equals(o.sourceTypes);
    }

    /** The claim's text as a plain string ("" when it has none). */
    public String plainText() {
        return text == null ? "" : text.getLiteralLexicalForm();
    }

    /** Every claim of a note graph, by IRI. */
    public static Map<Node, ClaimState> of(Graph g) {
        Map<Node, ClaimState> out = new HashMap<>();
        List<Node> claims = new ArrayList<>();
        g.find(Node.ANY, TYPE, CG.Claim).forEachRemaining(t -> claims.add(t.getSubject()));
        for (Node c : claims) out.put(c, read(g, c));
        return out;
    }

    private static ClaimState read(Graph g, Node c) {
        Node kind = CG.Claim;
        for (Node t : objects(g, c, TYPE)) {
            if (!t.equals(CG.Claim) && (kind.equals(CG.Claim) || kind.equals(CG.CoverageClaim))) kind = t;
        }
        SortedSet<Node> statuses = sorted();
        SortedSet<Node> methods = sorted();
        SortedSet<Node> envs = sorted();
        SortedSet<Node> dates = sorted();
        SortedSet<Node> sources = sorted();
        for (Node a : objects(g, c, CG.hasProvenance)) {
            for (Node s : objects(g, a, CG.hasStatusAssertion)) statuses.addAll(objects(g, s, CG.status));
            methods.addAll(objects(g, a, CG.verificationMethod));
            for (Node e : objects(g, a, CG.testEnvironment)) envs.addAll(objects(g, e, RDFS.label.asNode()));
            dates.addAll(objects(g, a, DCTerms.modified.asNode()));
            g.find(Node.ANY, CG.hasAssessment, a)
                    .forEachRemaining(t -> dates.addAll(objects(g, t.getSubject(), DCTerms.modified.asNode())));
            sources.addAll(objects(g, a, CG.sourceType));
        }
        Node status = null;
        for (Node s : STATUS_ORDER) {
            if (statuses.contains(s)) {
                status = s;
                break;
            }
        }
        return new ClaimState(
                c,
                kind,
                one(g, c, CG.text),
                one(g, c, CG.inSection),
                line(g, c),
                status,
                methods,
                envs,
                dates,
                sources);
    }

    private static SortedSet<Node> sorted() {
        return new TreeSet<>(java.util.Comparator.comparing(Node::toString));
    }

    private static Set<Node> objects(Graph g, Node s, Node p) {
        Set<Node> out = new java.util.LinkedHashSet<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }

    private static Node one(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private static int line(Graph g, Node c) {
        Node l = one(g, c, CG.firstLine);
        if (l == null || !l.isLiteral()) return -1;
        try {
            return Integer.parseInt(l.getLiteralLexicalForm());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
