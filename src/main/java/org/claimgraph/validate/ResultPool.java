package org.claimgraph.validate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * The {@code sh:ValidationResult} trees of stale findings, reused for fresh ones instead of being
 * deleted and written again: a result of one rule differs from another result of the same rule in a
 * few triples (its focus node, value, message), so changing those few costs a fraction of removing
 * one tree and adding another, and leaves the graph the same up to blank node labels. A triple of
 * the result whose object is a blank node with triples of its own (an {@code sh:resultPath} that is
 * a sequence path, written as an RDF list) is compared by that object's whole tree: kept when the
 * fresh result has the same tree there, else removed with it and the fresh one added. A blank
 * object with no triples of its own (the {@code sh:sourceShape} of a blank property shape) compares
 * equal to any other such object; a named path list ({@link AuditGraph#isPath}) compares by its
 * name. {@link #drain} removes what was not reused (and the caller the path lists no result uses).
 */
final class ResultPool {
    private final Graph audit;
    private final Map<String, Deque<Node>> byRule = new LinkedHashMap<>();
    private int reused;
    private int written;

    ResultPool(Graph audit) {
        this.audit = audit;
    }

    /** The stored result {@code root}, of a finding of rule {@code rule}, is no longer linked: kept for reuse until {@link #drain}. */
    void offer(String rule, Node root) {
        byRule.computeIfAbsent(rule, k -> new ArrayDeque<>()).add(root);
    }

    /** Links {@code tree} to the finding {@code finding} (of rule {@code rule}): a pooled tree patched into it, or added. */
    void place(Node finding, String rule, AuditGraph.ResultTree tree) {
        Node root = take(rule);
        if (root == null) {
            tree.triples().forEach(audit::add);
            AuditGraph.addPaths(audit, tree);
            audit.add(finding, CGA.validationResult, tree.root());
            written++;
            return;
        }
        patch(root, tree);
        AuditGraph.addPaths(audit, tree);
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
            Deque<Node> same = stored.get(canonical(bySubject(t.triples()), t.root(), 0));
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

    /**
     * Makes the stored tree {@code root} say what {@code tree} says: only the triples about the
     * result that differ are written (a blank object compared by its tree, which goes and comes with it).
     */
    private void patch(Node root, AuditGraph.ResultTree tree) {
        Function<Node, List<Triple>> fresh = bySubject(tree.triples());
        Map<String, Deque<Triple>> have = new HashMap<>();
        for (Triple t : audit.find(root, Node.ANY, Node.ANY).toList())
            have.computeIfAbsent(key(this::stored, t), k -> new ArrayDeque<>()).add(t);
        List<Triple> add = new ArrayList<>();
        for (Triple t : fresh.apply(tree.root())) {
            Deque<Triple> same = have.get(key(fresh, t));
            if (same != null && !same.isEmpty()) {
                same.poll();
                continue;
            }
            add.add(Triple.create(root, t.getPredicate(), t.getObject()));
            subtree(fresh, t.getObject(), add, new HashSet<>());
        }
        for (Deque<Triple> d : have.values())
            for (Triple t : d) {
                audit.delete(t);
                if (t.getObject().isBlank()) AuditGraph.removeTree(audit, t.getObject());
            }
        add.forEach(audit::add);
    }

    /** The triples of {@code n}'s tree when it is a blank node (none otherwise), into {@code out}. */
    private static void subtree(Function<Node, List<Triple>> triples, Node n, List<Triple> out, Set<Node> seen) {
        if (!n.isBlank() || !seen.add(n)) return;
        for (Triple t : triples.apply(n)) {
            out.add(t);
            subtree(triples, t.getObject(), out, seen);
        }
    }

    private static Function<Node, List<Triple>> bySubject(List<Triple> triples) {
        Map<Node, List<Triple>> m = new HashMap<>();
        for (Triple x : triples)
            m.computeIfAbsent(x.getSubject(), k -> new ArrayList<>()).add(x);
        return n -> m.getOrDefault(n, List.of());
    }

    /** A triple about a result, its subject left out and a blank object given as its tree. */
    private static String key(Function<Node, List<Triple>> triples, Triple t) {
        return t.getPredicate() + " " + canonical(triples, t.getObject(), 0);
    }
}
