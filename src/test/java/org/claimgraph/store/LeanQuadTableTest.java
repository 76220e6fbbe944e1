package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/**
 * The lean indexes against Jena's own in-memory dataset: the same random adds and deletes (few
 * nodes, so quads repeat, sets and maps empty and fill again at every level) give the same quads
 * for every find pattern, the same graph names, and an aborted write leaves both as they were.
 */
class LeanQuadTableTest {
    private static final int NODES = 4;

    private static Node node(SplittableRandom r, String kind) {
        return NodeFactory.createURI("urn:" + kind + r.nextInt(NODES));
    }

    private static Quad quad(SplittableRandom r) {
        return Quad.create(node(r, "g"), node(r, "s"), node(r, "p"), node(r, "o"));
    }

    /**
     * The answer of every find pattern over the node pool (each slot concrete or any: 16 forms, so
     * every index is read), then the graph names (as quads g g g g).
     */
    private static List<Set<Quad>> answers(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            List<Set<Quad>> out = new ArrayList<>();
            for (int mask = 0; mask < 16; mask++)
                for (int k = 0; k < NODES; k++) {
                    Node g = (mask & 1) == 0 ? Node.ANY : NodeFactory.createURI("urn:g" + k);
                    Node s = (mask & 2) == 0 ? Node.ANY : NodeFactory.createURI("urn:s" + k);
                    Node p = (mask & 4) == 0 ? Node.ANY : NodeFactory.createURI("urn:p" + k);
                    Node o = (mask & 8) == 0 ? Node.ANY : NodeFactory.createURI("urn:o" + k);
                    out.add(Set.copyOf(Iter.toList(dsg.find(g, s, p, o))));
                }
            out.add(Set.copyOf(Iter.toList(Iter.map(dsg.listGraphNodes(), n -> Quad.create(n, n, n, n)))));
            return out;
        });
    }

    @Test
    void randomWritesLeaveTheSameQuadsAsJenasTable() {
        DatasetGraph jena = DatasetGraphFactory.createTxnMem();
        DatasetGraph lean = LeanQuadTable.dataset();
        SplittableRandom r = new SplittableRandom(7);
        for (int round = 0; round < 40; round++) {
            List<Quad> adds = new ArrayList<>(), deletes = new ArrayList<>();
            for (int i = 0; i < 30; i++) (r.nextInt(3) == 0 ? adds : deletes).add(quad(r));
            for (int i = 0; i < 30; i++) adds.add(quad(r));
            for (DatasetGraph d : List.of(jena, lean))
                Txn.executeWrite(d, () -> {
                    for (int i = 0; i < Math.max(adds.size(), deletes.size()); i++) {
                        if (i < adds.size()) d.add(adds.get(i));
                        if (i < deletes.size()) d.delete(deletes.get(i));
                    }
                });
            assertEquals(answers(jena), answers(lean), "round " + round);
        }
        assertFalse(Txn.calculateRead(lean, () -> lean.isEmpty()), "the writes leave quads to compare");
    }

    @Test
    void aGraphWhoseQuadsAreAllDeletedIsGoneAsInJenasTable() {
        DatasetGraph jena = DatasetGraphFactory.createTxnMem();
        DatasetGraph lean = LeanQuadTable.dataset();
        SplittableRandom r = new SplittableRandom(13);
        List<Quad> quads = new ArrayList<>();
        for (int i = 0; i < 60; i++) quads.add(quad(r));
        for (DatasetGraph d : List.of(jena, lean)) {
            Txn.executeWrite(d, () -> quads.forEach(d::add));
            Txn.executeWrite(
                    d,
                    () -> quads.stream()
                            .filter(q -> !q.getGraph().getURI().equals("urn:g0"))
                            .forEach(d::delete));
        }
        assertEquals(answers(jena), answers(lean));
        assertEquals(1, Txn.calculateRead(lean, () -> Iter.count(lean.listGraphNodes())));
    }

    @Test
    void anAbortedWriteChangesNothing() {
        DatasetGraph lean = LeanQuadTable.dataset();
        SplittableRandom r = new SplittableRandom(11);
        Txn.executeWrite(lean, () -> {
            for (int i = 0; i < 100; i++) lean.add(quad(r));
        });
        List<Set<Quad>> before = answers(lean);
        lean.begin(org.apache.jena.query.ReadWrite.WRITE);
        for (int i = 0; i < 100; i++) lean.delete(quad(r));
        for (int i = 0; i < 100; i++) lean.add(quad(r));
        lean.abort();
        lean.end();
        assertEquals(before, answers(lean));
    }
}
