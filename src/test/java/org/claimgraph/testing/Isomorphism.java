package org.claimgraph.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Exact graph isomorphism, fast on graphs whose blank nodes fall into many small connected parts
 * (an audit graph: one small tree of blank nodes per SHACL result). Jena's
 * {@code Graph.isIsomorphicWith} treats all blank nodes of the graph as one matching problem and
 * grew to minutes per comparison on a 300-note audit graph; this splits the problem where it is
 * provably separable:
 * <ol>
 * <li>An isomorphism fixes IRIs and literals, so the ground triples (no blank node) of the two
 *     graphs must be the same set.</li>
 * <li>Call a <em>part</em> a maximal set of blank nodes connected through triples that hold two of
 *     them, with every triple that holds one of them. An isomorphism maps blank nodes that share a
 *     triple to blank nodes that share a triple, so it maps each part of one graph onto a part of the
 *     other, and restricted to it is an isomorphism of the two parts (as small graphs). Conversely,
 *     parts have disjoint blank nodes and every non-ground triple lies in exactly one part, so
 *     isomorphisms of the parts, paired one to one, together are an isomorphism of the graphs.</li>
 * <li>So the graphs are isomorphic exactly when (1) holds and the parts can be paired one to one
 *     with each pair isomorphic. Isomorphism is an equivalence relation, so pairing each part of one
 *     graph with any not yet paired isomorphic part of the other (checked by Jena's exact matcher on
 *     the two small graphs) finds such a pairing whenever one exists. Parts are first grouped by a
 *     key that isomorphic parts share (their triples with every blank node written as {@code _}) so
 *     only candidates are tried.</li>
 * </ol>
 */
public final class Isomorphism {
    private Isomorphism() {}

    /** True exactly when {@code a} and {@code b} are isomorphic (same as {@code a.isIsomorphicWith(b)}). */
    public static boolean isomorphic(Graph a, Graph b) {
        return difference(a, b) == null;
    }

    /** Null when {@code a} and {@code b} are isomorphic, else what differs first (for failure messages). */
    public static String difference(Graph a, Graph b) {
        if (a.size() != b.size()) return "sizes differ: " + a.size() + " and " + b.size();
        Split sa = split(a), sb = split(b);
        if (!sa.ground.equals(sb.ground)) {
            Set<Triple> onlyA = new HashSet<>(sa.ground);
            onlyA.removeAll(sb.ground);
            Set<Triple> onlyB = new HashSet<>(sb.ground);
            onlyB.removeAll(sa.ground);
            return "ground triples differ: only in the first " + first(onlyA) + ", only in the second " + first(onlyB);
        }
        if (sa.parts.size() != sb.parts.size())
            return "blank-node parts differ in number: " + sa.parts.size() + " and " + sb.parts.size();
        Map<String, LinkedList<Graph>> candidates = new HashMap<>();
        for (Graph p : sb.parts)
            candidates.computeIfAbsent(key(p), k -> new LinkedList<>()).add(p);
        for (Graph p : sa.parts) {
            LinkedList<Graph> same = candidates.get(key(p));
            if (same == null || !removeIsomorphic(same, p))
                return "no isomorphic counterpart in the second graph for the part "
                        + p.find().toList();
        }
        return null;
    }

    private static boolean removeIsomorphic(LinkedList<Graph> candidates, Graph p) {
        for (var it = candidates.iterator(); it.hasNext(); ) {
            if (it.next().isIsomorphicWith(p)) {
                it.remove();
                return true;
            }
        }
        return false;
    }

    private static String first(Set<Triple> ts) {
        return ts.stream().map(Triple::toString).sorted().limit(5).toList().toString();
    }

    /** A key isomorphic parts share: the sorted triples with every blank node as {@code _}. */
    private static String key(Graph part) {
        List<String> ts = new ArrayList<>();
        part.find()
                .forEachRemaining(t ->
                        ts.add(label(t.getSubject()) + " " + label(t.getPredicate()) + " " + label(t.getObject())));
        ts.sort(null);
        return String.join("\n", ts);
    }

    private static String label(Node n) {
        return n.isBlank() ? "_" : n.toString();
    }

    private record Split(Set<Triple> ground, List<Graph> parts) {}

    private static Split split(Graph g) {
        Set<Triple> ground = new HashSet<>();
        Map<Node, List<Triple>> byBlank = new HashMap<>();
        g.find().forEachRemaining(t -> {
            boolean s = t.getSubject().isBlank(), o = t.getObject().isBlank();
            if (!s && !o) ground.add(t);
            if (s)
                byBlank.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t);
            if (o && !t.getObject().equals(t.getSubject()))
                byBlank.computeIfAbsent(t.getObject(), k -> new ArrayList<>()).add(t);
        });
        List<Graph> parts = new ArrayList<>();
        Set<Node> seen = new HashSet<>();
        for (Node start : byBlank.keySet()) {
            if (!seen.add(start)) continue;
            Graph part = GraphFactory.createDefaultGraph();
            Deque<Node> todo = new ArrayDeque<>(List.of(start));
            while (!todo.isEmpty()) {
                for (Triple t : byBlank.get(todo.pop())) {
                    part.add(t);
                    for (Node n : List.of(t.getSubject(), t.getObject())) if (n.isBlank() && seen.add(n)) todo.push(n);
                }
            }
            parts.add(part);
        }
        return new Split(ground, parts);
    }
}
