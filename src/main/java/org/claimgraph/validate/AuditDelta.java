package org.claimgraph.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * One replacement of findings in the audit graph, written as a difference: the findings a change
 * makes stale are collected first ({@link #note}, {@link #focus}, {@link #rule}), the findings
 * found again are given to {@link #write}, and only what differs is written. A finding about an IRI
 * is one focus node of its note-and-kind resource ({@link AuditGraph#findingIri}), so staleness is
 * kept per resource and focus node: a stale focus node found again stays, one not found again is
 * removed, a fresh one is added; a resource is written when its first focus node comes and removed
 * with its last, and a kind ({@link AuditGraph#kindIri}) when the first resource of that kind comes
 * and with the last. Any other finding is a resource of its own, kept, patched, removed or added
 * whole. The audit graph ends as if every stale finding had been removed and every fresh one added
 * (the same triples up to blank node labels); writing a quad costs far more than reading one (six
 * index updates in an in-memory dataset, a copy-on-write B+tree update per index in TDB2), and the
 * layout keeps a note's writes to its own resources and focus nodes.
 */
final class AuditDelta {
    /** The focus nodes in scope when every focus node of a resource is stale. */
    private static final Set<Node> WHOLE = Set.of();

    private final Graph audit;
    /** Stale finding resources: the focus nodes in scope, or {@link #WHOLE}. */
    private final Map<Node, Set<Node>> stale = new LinkedHashMap<>();

    private final Set<Node> kindsLeft = new LinkedHashSet<>();
    private int kept;
    private int patched;
    private int removed;
    private int added;

    AuditDelta(Graph audit) {
        this.audit = audit;
    }

    /** Every finding about the note {@code note} ({@code cga:note}) is to be replaced. */
    void note(Node note) {
        audit.find(Node.ANY, CGA.note, note).forEachRemaining(t -> stale.put(t.getSubject(), WHOLE));
    }

    /** The findings of rule {@code rule} whose focus node is {@code focus} are to be replaced. */
    void focus(Node focus, String rule) {
        Node r = NodeFactory.createLiteralString(rule);
        audit.find(Node.ANY, CGA.focusNode, focus).forEachRemaining(t -> {
            Node f = t.getSubject();
            Node kind = Context.obj(audit, f, CGA.kind);
            if (kind == null || !audit.contains(kind, CGA.rule, r)) return;
            Set<Node> scope = stale.get(f);
            if (scope == WHOLE) return;
            if (scope == null) stale.put(f, scope = new HashSet<>());
            scope.add(focus);
        });
    }

    /** Every finding of rule {@code rule} is to be replaced. */
    void rule(String rule) {
        audit.find(Node.ANY, CGA.rule, NodeFactory.createLiteralString(rule))
                .forEachRemaining(k -> audit.find(Node.ANY, CGA.kind, k.getSubject())
                        .forEachRemaining(t -> stale.put(t.getSubject(), WHOLE)));
    }

    /** Writes {@code fresh} in place of the stale findings, then {@code sh:conforms}. */
    void write(Collection<Finding> fresh) {
        Map<Node, List<Finding>> byResource = new LinkedHashMap<>();
        for (Finding f : fresh)
            byResource
                    .computeIfAbsent(AuditGraph.findingIri(f), k -> new ArrayList<>())
                    .add(f);
        Map<Node, Finding> kinds = new LinkedHashMap<>();
        byResource.forEach((n, fs) -> {
            kinds.putIfAbsent(AuditGraph.kindIri(fs.get(0)), fs.get(0));
            if (AuditGraph.iriFocus(fs.get(0))) focusNodes(n, fs);
            else fs.forEach(f -> whole(n, f));
        });
        stale.forEach(this::drop);
        stale.clear();
        kinds.forEach((k, f) -> {
            if (!audit.contains(k, CGA.rule, Node.ANY)) AuditGraph.kind(f).forEach(audit::add);
        });
        for (Node k : kindsLeft) if (!audit.contains(Node.ANY, CGA.kind, k)) deleteAll(k);
        kindsLeft.clear();
        AuditGraph.updateConforms(audit);
    }

    /** The resource {@code n} of findings about IRIs {@code fs} (one note and kind): its focus nodes. */
    private void focusNodes(Node n, List<Finding> fs) {
        Set<Node> scope = stale.remove(n);
        Set<Node> want = new LinkedHashSet<>();
        for (Finding f : fs) want.add(NodeFactory.createURI(f.focus()));
        if (!audit.contains(n, CGA.kind, Node.ANY))
            AuditGraph.header(n, fs.get(0)).forEach(audit::add);
        for (Triple t : audit.find(n, CGA.focusNode, Node.ANY).toList()) {
            Node x = t.getObject();
            if (want.remove(x)) kept++;
            else if (scope == WHOLE || (scope != null && scope.contains(x))) {
                audit.delete(t);
                removed++;
            }
        }
        for (Node x : want) {
            audit.add(n, CGA.focusNode, x);
            added++;
        }
    }

    /** A finding not about an IRI, a resource of its own: kept, patched or added. */
    private void whole(Node n, Finding f) {
        Set<Triple> want = new HashSet<>(AuditGraph.header(n, f));
        if (f.focus() != null) want.add(Triple.create(n, CGA.focusNode, NodeFactory.createBlankNode()));
        if (stale.remove(n) == null && !audit.contains(n, CGA.kind, Node.ANY)) {
            want.forEach(audit::add);
            added++;
            return;
        }
        List<Triple> drop = new ArrayList<>();
        for (Triple t : audit.find(n, Node.ANY, Node.ANY).toList())
            if (!want.remove(t) && !blankFocus(t, want)) drop.add(t);
        drop.forEach(audit::delete);
        want.forEach(audit::add);
        if (!drop.isEmpty() || !want.isEmpty()) patched++;
        else kept++;
    }

    /** A stale resource not found again: the focus nodes in scope go, and the resource with its last. */
    private void drop(Node n, Set<Node> scope) {
        Node kind = Context.obj(audit, n, CGA.kind);
        if (kind != null) kindsLeft.add(kind);
        if (scope != WHOLE) {
            for (Node x : scope) {
                audit.delete(n, CGA.focusNode, x);
                removed++;
            }
            if (audit.contains(n, CGA.focusNode, Node.ANY)) return;
        } else {
            removed +=
                    Math.max(1, audit.find(n, CGA.focusNode, Node.ANY).toList().size());
        }
        deleteAll(n);
    }

    private void deleteAll(Node s) {
        audit.find(s, Node.ANY, Node.ANY).toList().forEach(audit::delete);
    }

    /** A stored blank focus node stands for the one {@code want} holds (each write makes a new one). */
    private static boolean blankFocus(Triple t, Set<Triple> want) {
        if (!t.getPredicate().equals(CGA.focusNode) || !t.getObject().isBlank()) return false;
        return want.removeIf(
                w -> w.getPredicate().equals(CGA.focusNode) && w.getObject().isBlank());
    }

    /** "kept K, patched P, removed R, added A" findings (a focus node of a shared resource counts one): for traces and tests. */
    @Override
    public String toString() {
        return "kept " + kept + ", patched " + patched + ", removed " + removed + ", added " + added;
    }
}
