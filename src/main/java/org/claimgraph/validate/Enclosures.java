package org.claimgraph.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.expr.NodeValue;
import org.claimgraph.rdf.CG;

/**
 * Derives {@code X cga:enclosedBy Y} in a data graph built for the shapes: X has a
 * {@code cg:hasStatusAssertion}, Y a {@code cg:hasStatusAssertion} or a {@code cg:verificationMethod},
 * X ≠ Y, both are {@code cg:inNote} the same note, and a {@code cg:firstLine} of X lies between a
 * {@code cg:firstLine} and a {@code cg:lastLine} of Y, both ends included. That is the join the
 * enclosure rules ({@code verified-without-url}, {@code publicly-verifiable-without-url}, {@code
 * verified-but-needs-verification}) wrote in SPARQL over every item of the note, once per focus node:
 * time in the square of a note's size (a 4 MB note's audit ran for more than 11 minutes). Here one
 * sweep per note over its items sorted by line: time in the items and the pairs found.
 *
 * <p>Lines compare as numbers, as SPARQL's {@code <=} compares two numeric literals; a line that is not
 * a number (claimgraph writes {@code xsd:integer}) encloses nothing, where SPARQL would have compared
 * two plain strings by their characters. Nothing is derived for an item without a note or lines. For an
 * item with several notes or first lines the URL rules now ask whether any of them lies within an item
 * with a URL, where their SPARQL asked it per (note, line); claimgraph writes one of each per item.
 * {@code EnclosuresTest} holds the derived pairs to the SPARQL join's on random graphs.
 */
final class Enclosures {
    private Enclosures() {}

    /** An item in one note: a first line and a last line (an inner item's are both its first line). */
    private record Span(Node item, double first, double last) {}

    /** Adds the derived triples to {@code g}; returns how many. */
    static int addTo(Graph g) {
        Set<Node> inner = subjects(g, CG.hasStatusAssertion);
        Set<Node> outer = new HashSet<>(inner);
        outer.addAll(subjects(g, CG.verificationMethod));
        Map<Node, List<Span>> inners = new HashMap<>(), outers = new HashMap<>();
        for (Node x : outer) {
            List<Node> notes = objects(g, x, CG.inNote);
            if (notes.isEmpty()) continue;
            List<Double> firsts = numbers(g, x, CG.firstLine);
            List<Double> lasts = firsts.isEmpty() ? List.of() : numbers(g, x, CG.lastLine);
            for (Node n : notes) {
                for (double f : firsts) {
                    if (inner.contains(x))
                        inners.computeIfAbsent(n, k -> new ArrayList<>()).add(new Span(x, f, f));
                    for (double l : lasts)
                        if (f <= l)
                            outers.computeIfAbsent(n, k -> new ArrayList<>()).add(new Span(x, f, l));
                }
            }
        }
        Set<Triple> found = new LinkedHashSet<>(); // an item in two notes may pair with another in both
        for (Map.Entry<Node, List<Span>> e : inners.entrySet())
            sweep(e.getValue(), outers.getOrDefault(e.getKey(), List.of()), found);
        found.forEach(g::add);
        return found.size();
    }

    /**
     * Every (inner, outer) pair of one note with outer.first ≤ inner.first ≤ outer.last: inners in line
     * order, outers taken in as their first line is reached and dropped once an inner lies past their
     * last line (no later inner can lie within them).
     */
    private static void sweep(List<Span> inners, List<Span> outers, Set<Triple> found) {
        if (outers.isEmpty()) return;
        inners.sort(Comparator.comparingDouble(Span::first));
        List<Span> byFirst = new ArrayList<>(outers);
        byFirst.sort(Comparator.comparingDouble(Span::first));
        List<Span> open = new ArrayList<>();
        int next = 0;
        for (Span x : inners) {
            while (next < byFirst.size() && byFirst.get(next).first() <= x.first()) open.add(byFirst.get(next++));
            open.removeIf(y -> y.last() < x.first());
            for (Span y : open) {
                if (!y.item().equals(x.item())) found.add(Triple.create(x.item(), CGA.enclosedBy, y.item()));
            }
        }
    }

    private static Set<Node> subjects(Graph g, Node p) {
        Set<Node> out = new HashSet<>();
        g.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> out.add(t.getSubject()));
        return out;
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        List<Node> out = new ArrayList<>(1);
        g.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }

    /** The numeric values of {@code s p ?o} (ill-typed, non-numeric and NaN literals left out). */
    private static List<Double> numbers(Graph g, Node s, Node p) {
        List<Double> out = new ArrayList<>(1);
        g.find(s, p, Node.ANY).forEachRemaining(t -> {
            Node o = t.getObject();
            if (!o.isLiteral()) return;
            NodeValue v = NodeValue.makeNode(o);
            if (v.isNumber() && !Double.isNaN(v.getDouble())) out.add(v.getDouble());
        });
        return out;
    }
}
