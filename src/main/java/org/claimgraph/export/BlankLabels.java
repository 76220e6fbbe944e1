package org.claimgraph.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * Stable labels for blank nodes: each gets a signature from its own quads (predicates and
 * non-blank terms, blank neighbours written as {@code _}), refined once with its blank
 * neighbours' signatures; labels {@code _:b0, _:b1 …} follow signature order. Isomorphic input
 * gives the same labels unless two blank nodes differ only beyond their neighbours.
 */
final class BlankLabels {
    private BlankLabels() {}

    static Map<Node, String> assign(List<Quad> quads) {
        Map<Node, List<String>> sig = new HashMap<>();
        for (Quad q : quads) {
            if (q.getSubject().isBlank()) {
                sig.computeIfAbsent(q.getSubject(), k -> new ArrayList<>())
                        .add("o " + term(q.getGraph()) + " " + term(q.getPredicate()) + " " + term(q.getObject()));
            }
            if (q.getObject().isBlank()) {
                sig.computeIfAbsent(q.getObject(), k -> new ArrayList<>())
                        .add("i " + term(q.getGraph()) + " " + term(q.getSubject()) + " " + term(q.getPredicate()));
            }
        }
        Map<Node, String> first = new HashMap<>();
        sig.forEach((n, l) -> first.put(n, String.join("\n", l.stream().sorted().toList())));
        Map<Node, List<String>> second = new HashMap<>();
        for (Quad q : quads) {
            if (q.getSubject().isBlank() && q.getObject().isBlank()) {
                second.computeIfAbsent(q.getSubject(), k -> new ArrayList<>())
                        .add("o " + term(q.getPredicate()) + " " + first.get(q.getObject()));
                second.computeIfAbsent(q.getObject(), k -> new ArrayList<>())
                        .add("i " + term(q.getPredicate()) + " " + first.get(q.getSubject()));
            }
        }
        TreeMap<String, List<Node>> order = new TreeMap<>();
        first.forEach((n, s) -> order.computeIfAbsent(
                        s + "\n--\n"
                                + String.join(
                                        "\n",
                                        second.getOrDefault(n, List.of()).stream()
                                                .sorted()
                                                .toList()),
                        k -> new ArrayList<>())
                .add(n));
        Map<Node, String> out = new HashMap<>();
        int i = 0;
        for (List<Node> group : order.values()) {
            for (Node n : group) {
                out.put(n, "_:b" + i++);
            }
        }
        return out;
    }

    private static String term(Node n) {
        return n.isBlank() ? "_" : n.toString();
    }
}
