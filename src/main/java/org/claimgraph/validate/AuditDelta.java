package org.claimgraph.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * One replacement of findings in the audit graph, written as a difference: the findings a change
 * makes stale are collected first ({@link #note}, {@link #focus}, {@link #rule}), the findings
 * found again are given to {@link #write}, and only what differs is written: a stale finding found
 * again with the same IRI (the same rule, focus node and message, {@link AuditGraph#findingIri})
 * keeps its triples, and only those that changed are rewritten; a stale finding not found again is
 * removed; a fresh one is added. The audit graph ends as if every stale finding had been removed
 * and every fresh one added (the same triples up to blank node labels); writing a quad costs far
 * more than reading one (six index updates in an in-memory dataset, a B+tree update per index in
 * TDB2).
 */
final class AuditDelta {
    private final Graph audit;
    private final Set<Node> stale = new LinkedHashSet<>();
    private int kept;
    private int patched;
    private int removed;
    private int added;

    AuditDelta(Graph audit) {
        this.audit = audit;
    }

    /** Every finding about the note {@code note} ({@code cga:note}) is to be replaced. */
    void note(Node note) {
        audit.find(Node.ANY, CGA.note, note).forEachRemaining(t -> stale.add(t.getSubject()));
    }

    /** The findings of rule {@code rule} whose focus node is {@code focus} are to be replaced. */
    void focus(Node focus, String rule) {
        Node r = NodeFactory.createLiteralString(rule);
        audit.find(Node.ANY, CGA.focusNode, focus).forEachRemaining(t -> {
            if (audit.contains(t.getSubject(), CGA.rule, r)) stale.add(t.getSubject());
        });
    }

    /** Every finding of rule {@code rule} is to be replaced. */
    void rule(String rule) {
        audit.find(Node.ANY, CGA.rule, NodeFactory.createLiteralString(rule))
                .forEachRemaining(t -> stale.add(t.getSubject()));
    }

    /** Writes {@code fresh} in place of the stale findings, then {@code sh:conforms}. */
    void write(Collection<Finding> fresh) {
        for (Finding f : fresh) {
            Node iri = AuditGraph.findingIri(f);
            if (!stale.remove(iri)) {
                AuditGraph.own(iri, f).forEach(audit::add);
                added++;
            } else if (patch(iri, f)) patched++;
            else kept++;
        }
        for (Node n : stale) audit.find(n, Node.ANY, Node.ANY).toList().forEach(audit::delete);
        removed += stale.size();
        stale.clear();
        AuditGraph.updateConforms(audit);
    }

    /** Rewrites the triples of the stored finding {@code iri} that differ from {@code f}'s; true when any did. */
    private boolean patch(Node iri, Finding f) {
        Set<Triple> want = new HashSet<>(AuditGraph.own(iri, f));
        List<Triple> drop = new ArrayList<>();
        for (Triple t : audit.find(iri, Node.ANY, Node.ANY).toList())
            if (!want.remove(t) && !blankFocus(t, want)) drop.add(t);
        drop.forEach(audit::delete);
        want.forEach(audit::add);
        return !drop.isEmpty() || !want.isEmpty();
    }

    /** A stored blank focus node stands for the one {@code want} holds (each write makes a new one). */
    private static boolean blankFocus(Triple t, Set<Triple> want) {
        if (!t.getPredicate().equals(CGA.focusNode) || !t.getObject().isBlank()) return false;
        return want.removeIf(
                w -> w.getPredicate().equals(CGA.focusNode) && w.getObject().isBlank());
    }

    /** "kept K, patched P, removed R, added A" findings: for traces and tests. */
    @Override
    public String toString() {
        return "kept " + kept + ", patched " + patched + ", removed " + removed + ", added " + added;
    }
}
