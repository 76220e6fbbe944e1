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
 * (a SHACL report, or an audit graph of layout 3: one small tree of blank nodes per SHACL result). Jena's
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
 *     graph with any not yet paired isomorphic part of the other finds such a pairing whenever one
 *     exists. Parts are grouped by a key that isomorphic parts share ({@link #key}); for a part whose
 *     blank nodes form a tree (every SHACL result tree) the key is a canonical encoding, equal
 *     exactly for isomorphic parts, and for any other part Jena's exact matcher decides among the
 *     parts of the same key.</li>
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
        Map<String, LinkedList<List<Triple>>> candidates = new HashMap<>();
        for (List<Triple> p : sb.parts)
            candidates.computeIfAbsent(key(p), k -> new LinkedList<>()).add(p);
        for (List<Triple> p : sa.parts) {
            String key = key(p);
            LinkedList<List<Triple>> same = candidates.get(key);
            boolean found = same != null && (key.startsWith("T") ? same.remove() != null : removeIsomorphic(same, p));
            if (!found) return "no isomorphic counterpart in the second graph for the part " + p;
        }
        return null;
    }

    private static boolean removeIsomorphic(LinkedList<List<Triple>> candidates, List<Triple> p) {
        Graph g = graph(p);
        for (var it = candidates.iterator(); it.hasNext(); ) {
            if (graph(it.next()).isIsomorphicWith(g)) {
                it.remove();
                return true;
            }
        }
        return false;
    }

    private static Graph graph(List<Triple> triples) {
        Graph g = GraphFactory.createDefaultGraph();
        triples.forEach(g::add);
        return g;
    }

    private static String first(Set<Triple> ts) {
        return ts.stream().map(Triple::toString).sorted().limit(5).toList().toString();
    }

    /**
     * A key isomorphic parts share. A part whose blank nodes form a rooted tree (one blank node
     * with no triple from another blank node, every other with exactly one; ground subjects may
     * point at any of them) gets {@code T} and its canonical encoding ({@link #canon}): two such
     * parts are isomorphic exactly when their encodings are equal (the classic canonical form of
     * labelled rooted trees, AHU), so no matcher is needed. Any other part gets {@code G} and its
     * sorted triples with every blank node as {@code _}, a necessary condition only: Jena's
     * matcher decides.
     */
    private static String key(List<Triple> part) {
        Map<Node, Integer> parents = new HashMap<>();
        Map<Node, List<Triple>> touching = new HashMap<>();
        for (Triple t : part) {
            Node s = t.getSubject(), o = t.getObject();
            if (s.isBlank()) {
                parents.putIfAbsent(s, 0);
                touching.computeIfAbsent(s, k -> new ArrayList<>()).add(t);
            }
            if (o.isBlank()) {
                parents.merge(o, s.isBlank() ? 1 : 0, Integer::sum);
                if (!s.equals(o))
                    touching.computeIfAbsent(o, k -> new ArrayList<>()).add(t);
            }
        }
        List<Node> roots = new ArrayList<>();
        boolean tree = true;
        for (var e : parents.entrySet()) {
            if (e.getValue() == 0) roots.add(e.getKey());
            else if (e.getValue() > 1) tree = false;
        }
        if (tree && roots.size() == 1) return "T" + canon(roots.get(0), touching);
        List<String> ts = new ArrayList<>();
        for (Triple t : part)
            ts.add(label(t.getSubject()) + " " + label(t.getPredicate()) + " " + label(t.getObject()));
        ts.sort(null);
        return "G" + String.join("\n", ts);
    }

    /**
     * The encoding of the tree under blank node {@code b}: its triples from ground subjects
     * ({@code <}), to ground objects ({@code >}) and to child blank nodes ({@code >} and the child's
     * encoding), each length-prefixed so that the encoding reads back one way only, sorted.
     */
    private static String canon(Node b, Map<Node, List<Triple>> touching) {
        List<String> items = new ArrayList<>();
        for (Triple t : touching.get(b)) {
            String item;
            if (t.getObject().equals(b) && t.getSubject().isBlank()) continue; // the parent's edge: encoded there
            if (t.getObject().equals(b))
                item = "<" + prefixed(t.getSubject().toString())
                        + prefixed(t.getPredicate().toString());
            else {
                Node o = t.getObject();
                item = ">" + prefixed(t.getPredicate().toString())
                        + (o.isBlank() ? "B" + prefixed(canon(o, touching)) : "N" + prefixed(o.toString()));
            }
            items.add(prefixed(item));
        }
        items.sort(null);
        return String.join("", items);
    }

    private static String prefixed(String s) {
        return s.length() + ":" + s;
    }

    private static String label(Node n) {
        return n.isBlank() ? "_" : n.toString();
    }

    private record Split(Set<Triple> ground, List<List<Triple>> parts) {}

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
        List<List<Triple>> parts = new ArrayList<>();
        Set<Node> seen = new HashSet<>();
        for (Node start : byBlank.keySet()) {
            if (!seen.add(start)) continue;
            Set<Triple> part = new HashSet<>();
            Deque<Node> todo = new ArrayDeque<>(List.of(start));
            while (!todo.isEmpty()) {
                for (Triple t : byBlank.get(todo.pop())) {
                    part.add(t);
                    for (Node n : List.of(t.getSubject(), t.getObject())) if (n.isBlank() && seen.add(n)) todo.push(n);
                }
            }
            parts.add(new ArrayList<>(part));
        }
        return new Split(ground, parts);
    }
}
