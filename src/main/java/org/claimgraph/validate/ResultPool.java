package org.claimgraph.validate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.vocabulary.SHACL;

/**
 * The {@code sh:ValidationResult} trees of stale findings, reused for fresh ones instead of being
 * deleted and written again: a result of one rule differs from another result of the same rule in a
 * few triples (its focus node, value, message), so changing those few costs a fraction of removing
 * one tree and adding another, and leaves the graph the same up to blank node labels. Only flat
 * trees are reused (every triple about the result node itself; an object that is a blank node with
 * no triples of its own, the {@code sh:sourceShape} of a blank property shape, counts as such);
 * any other tree is removed and the fresh one added. {@link #drain} removes what was not reused.
 */
final class ResultPool {
    /** Stands for any blank node object with no triples of its own: such objects compare equal. */
    private static final Node BLANK = NodeFactory.createURI("urn:claimgraph:blank");

    private static final Node ANY_S = NodeFactory.createURI("urn:claimgraph:result");

    private final Graph audit;
    private final Map<String, Deque<Node>> byRule = new LinkedHashMap<>();
    private int reused;
    private int written;

    ResultPool(Graph audit) {
        this.audit = audit;
    }

    /** The stored result {@code root}, of a finding of rule {@code rule}, is no longer linked: reuse or remove it. */
    void offer(String rule, Node root) {
        if (flat(root)) byRule.computeIfAbsent(rule, k -> new ArrayDeque<>()).add(root);
        else AuditGraph.removeResult(audit, root);
    }

    /** Links {@code tree} to the finding {@code finding} (of rule {@code rule}): a pooled tree patched into it, or added. */
    void place(Node finding, String rule, AuditGraph.ResultTree tree) {
        Node root = flat(tree) ? take(rule) : null;
        if (root == null) {
            tree.triples().forEach(audit::add);
            audit.add(finding, CGA.validationResult, tree.root());
            written++;
            return;
        }
        patch(root, tree);
        audit.add(finding, CGA.validationResult, root);
        reused++;
    }

    /** Removes every pooled tree not reused. */
    void drain() {
        for (Deque<Node> d : byRule.values()) for (Node r : d) AuditGraph.removeResult(audit, r);
        byRule.clear();
    }

    /** "reused R, written W" result trees: for traces and tests. */
    @Override
    public String toString() {
        return "reused " + reused + ", written " + written;
    }

    /**
     * The stored results of {@code finding} matched against {@code fresh} (equal trees up to blank
     * node labels, as many times each): the unmatched stored ones are unlinked and offered to the
     * pool; returns the unmatched fresh ones, to {@link #place}.
     */
    List<AuditGraph.ResultTree> match(Node finding, String rule, List<AuditGraph.ResultTree> fresh) {
        Map<String, Deque<Node>> stored = new HashMap<>();
        for (Triple t : audit.find(finding, CGA.validationResult, Node.ANY).toList())
            stored.computeIfAbsent(canonical(this::stored, t.getObject(), 0), k -> new ArrayDeque<>())
                    .add(t.getObject());
        List<AuditGraph.ResultTree> unmatched = new ArrayList<>();
        for (AuditGraph.ResultTree t : fresh) {
            Map<Node, List<Triple>> bySubject = new HashMap<>();
            for (Triple x : t.triples())
                bySubject
                        .computeIfAbsent(x.getSubject(), k -> new ArrayList<>())
                        .add(x);
            Function<Node, List<Triple>> out = n -> bySubject.getOrDefault(n, List.of());
            Deque<Node> same = stored.get(canonical(out, t.root(), 0));
            if (same == null || same.isEmpty()) unmatched.add(t);
            else same.poll();
        }
        for (Deque<Node> d : stored.values())
            for (Node r : d) {
                audit.delete(finding, CGA.validationResult, r);
                offer(rule, r);
            }
        return unmatched;
    }

    private List<Triple> stored(Node n) {
        return audit.find(n, Node.ANY, Node.ANY).toList();
    }

    /** A text for the tree under {@code n} that ignores blank node labels. */
    private static String canonical(Function<Node, List<Triple>> out, Node n, int depth) {
        if (!n.isBlank()) return n.toString();
        if (depth > 64) return "[…]";
        List<String> parts = new ArrayList<>();
        for (Triple t : out.apply(n)) parts.add(t.getPredicate() + " " + canonical(out, t.getObject(), depth + 1));
        Collections.sort(parts);
        return "[" + String.join(" ; ", parts) + "]";
    }

    private Node take(String rule) {
        Deque<Node> d = byRule.get(rule);
        if (d != null && !d.isEmpty()) return d.poll();
        for (Deque<Node> any : byRule.values()) if (!any.isEmpty()) return any.poll();
        return null;
    }

    /** Makes the stored flat tree {@code root} say what {@code tree} says: only the triples that differ are written. */
    private void patch(Node root, AuditGraph.ResultTree tree) {
        Map<Triple, Deque<Triple>> have = new HashMap<>();
        for (Triple t : audit.find(root, Node.ANY, Node.ANY).toList())
            have.computeIfAbsent(key(t), k -> new ArrayDeque<>()).add(t);
        List<Triple> add = new ArrayList<>();
        for (Triple t : tree.triples()) {
            if (!t.getSubject().equals(tree.root())) continue; // the report's sh:result link: kept
            Deque<Triple> same = have.get(key(t));
            if (same == null || same.isEmpty()) add.add(Triple.create(root, t.getPredicate(), t.getObject()));
            else same.poll();
        }
        for (Deque<Triple> d : have.values()) for (Triple t : d) audit.delete(t);
        add.forEach(audit::add);
    }

    private static Triple key(Triple t) {
        Node o = t.getObject();
        return Triple.create(ANY_S, t.getPredicate(), o.isBlank() ? BLANK : o);
    }

    /** Every triple about the stored result itself, blank objects without triples of their own. */
    private boolean flat(Node root) {
        for (Triple t : audit.find(root, Node.ANY, Node.ANY).toList())
            if (t.getObject().isBlank() && audit.contains(t.getObject(), Node.ANY, Node.ANY)) return false;
        return true;
    }

    private static boolean flat(AuditGraph.ResultTree tree) {
        for (Triple t : tree.triples()) {
            if (t.getSubject().equals(tree.root())) continue;
            if (!(t.getSubject().equals(AuditGraph.REPORT) && t.getPredicate().equals(SHACL.result))) return false;
        }
        return true;
    }
}
