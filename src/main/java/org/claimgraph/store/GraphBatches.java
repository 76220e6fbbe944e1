package org.claimgraph.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * One graph as N-Triples request bodies of at most {@code maxBytes} each, so that a store with a
 * body limit accepts every one. Blank-node labels are scoped to one body, so the triples that share
 * blank nodes (a connected component: a SHACL result and its paths, lists, details) always travel
 * in the same body; a component larger than {@code maxBytes} is the only thing in its body, which
 * may then be over the limit (the store's refusal says so). Triples without blank nodes come first,
 * then the components, each in the graph's order. Bodies are built one at a time, so at most one
 * body is held beside the graph.
 */
final class GraphBatches implements Iterator<byte[]> {
    private final long maxBytes;
    private final Iterator<List<Triple>> units;
    private List<Triple> pending;

    GraphBatches(Graph graph, long maxBytes) {
        if (maxBytes < 1) throw new IllegalArgumentException("a body limit must be positive: " + maxBytes);
        this.maxBytes = maxBytes;
        this.units = units(graph).iterator();
        this.pending = units.hasNext() ? units.next() : null;
    }

    /** The whole graph as one body (a store that takes no update to swap a staged graph in). */
    static byte[] whole(Graph graph) {
        GraphBatches one = new GraphBatches(graph, Long.MAX_VALUE);
        return one.hasNext() ? one.next() : new byte[0];
    }

    @Override
    public boolean hasNext() {
        return pending != null;
    }

    /** The next body: whole units until the next one would take it over {@code maxBytes}. */
    @Override
    public byte[] next() {
        if (pending == null) throw new NoSuchElementException();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (pending != null) {
            byte[] unit = lines(pending);
            if (body.size() > 0 && body.size() + (long) unit.length > maxBytes) break;
            body.writeBytes(unit);
            pending = units.hasNext() ? units.next() : null;
        }
        return body.toByteArray();
    }

    /** The triples as N-Triples lines; a blank node is written with its own label (unique in the graph). */
    private static byte[] lines(List<Triple> triples) {
        StringBuilder s = new StringBuilder();
        for (Triple t : triples)
            s.append(NodeFmtLib.strNT(t.getSubject()))
                    .append(' ')
                    .append(NodeFmtLib.strNT(t.getPredicate()))
                    .append(' ')
                    .append(NodeFmtLib.strNT(t.getObject()))
                    .append(" .\n");
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Each triple without blank nodes on its own, then each blank-node component, in the graph's order. */
    private static List<List<Triple>> units(Graph graph) {
        Map<Node, Node> parent = new HashMap<>();
        graph.find().forEachRemaining(t -> {
            if (t.getSubject().isBlank() && t.getObject().isBlank()) union(parent, t.getSubject(), t.getObject());
        });
        List<List<Triple>> plain = new ArrayList<>();
        Map<Node, List<Triple>> components = new LinkedHashMap<>();
        graph.find().forEachRemaining(t -> {
            Node b = t.getSubject().isBlank() ? t.getSubject() : t.getObject().isBlank() ? t.getObject() : null;
            if (b == null) plain.add(List.of(t));
            else
                components
                        .computeIfAbsent(root(parent, b), x -> new ArrayList<>())
                        .add(t);
        });
        plain.addAll(components.values());
        return plain;
    }

    private static Node root(Map<Node, Node> parent, Node n) {
        Node r = n;
        while (parent.containsKey(r)) r = parent.get(r);
        Node step = n; // path compression: later look-ups are short
        while (parent.containsKey(step)) {
            Node next = parent.get(step);
            if (next != r) parent.put(step, r);
            step = next;
        }
        return r;
    }

    private static void union(Map<Node, Node> parent, Node a, Node b) {
        Node ra = root(parent, a), rb = root(parent, b);
        if (!ra.equals(rb)) parent.put(ra, rb);
    }
}
