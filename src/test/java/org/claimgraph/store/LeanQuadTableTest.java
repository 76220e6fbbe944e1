package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The lean indexes hold a write transaction's writes back until a read could see them: reads
 * between writes, inside the transaction, give Jena's answers too (the pending writes included),
 * a stream found before later writes keeps what it found as Jena's does, and another thread sees
 * none of them before the commit.
 */
class LeanQuadTableTest {
    private static final int NODES = 4;

    private static Node node(SplittableRandom r, String kind) {
        return NodeFactory.createURI("urn:" + kind + r.nextInt(NODES));
    }

    /** A lean dataset holding {@code n} quads of {@code r}, committed. */
    private static DatasetGraph withQuads(SplittableRandom r, int n) {
        DatasetGraph lean = LeanQuadTable.dataset();
        Txn.executeWrite(lean, () -> {
            for (int i = 0; i < n; i++) lean.add(quad(r));
        });
        return lean;
    }

    private static Quad quad(SplittableRandom r) {
        return Quad.create(node(r, "g"), node(r, "s"), node(r, "p"), node(r, "o"));
    }

    /**
     * The answer of every find pattern over the node pool (each slot concrete or any: 16 forms, so
     * every index is read), then the graph names (as quads g g g g).
     */
    private static List<Set<Quad>> answers(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> answersNow(dsg));
    }

    /** {@link #answers} inside the transaction the caller holds. */
    private static List<Set<Quad>> answersNow(DatasetGraph dsg) {
        List<Set<Quad>> out = new ArrayList<>();
        for (int mask = 0; mask < 16; mask++)
            for (int k = 0; k < NODES; k++) out.add(Set.copyOf(Iter.toList(find(dsg, mask, k))));
        out.add(Set.copyOf(Iter.toList(Iter.map(dsg.listGraphNodes(), n -> Quad.create(n, n, n, n)))));
        return out;
    }

    /** The quads of find pattern {@code mask} (bit 0 graph, 1 subject, 2 predicate, 3 object concrete) with node {@code k}. */
    private static java.util.Iterator<Quad> find(DatasetGraph dsg, int mask, int k) {
        Node g = (mask & 1) == 0 ? Node.ANY : NodeFactory.createURI("urn:g" + k);
        Node s = (mask & 2) == 0 ? Node.ANY : NodeFactory.createURI("urn:s" + k);
        Node p = (mask & 4) == 0 ? Node.ANY : NodeFactory.createURI("urn:p" + k);
        Node o = (mask & 8) == 0 ? Node.ANY : NodeFactory.createURI("urn:o" + k);
        return dsg.find(g, s, p, o);
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
        SplittableRandom r = new SplittableRandom(11);
        DatasetGraph lean = withQuads(r, 100);
        List<Set<Quad>> before = answers(lean);
        lean.begin(org.apache.jena.query.ReadWrite.WRITE);
        for (int i = 0; i < 100; i++) lean.delete(quad(r));
        for (int i = 0; i < 100; i++) lean.add(quad(r));
        lean.abort();
        lean.end();
        assertEquals(before, answers(lean));
    }

    @Test
    void readsBetweenWritesInOneTransactionSeeEveryWriteBeforeThem() {
        DatasetGraph jena = DatasetGraphFactory.createTxnMem();
        DatasetGraph lean = LeanQuadTable.dataset();
        SplittableRandom r = new SplittableRandom(17);
        List<Quad> seed = new ArrayList<>();
        for (int i = 0; i < 80; i++) seed.add(quad(r));
        for (DatasetGraph d : List.of(jena, lean)) Txn.executeWrite(d, () -> seed.forEach(d::add));
        int reads = 0, nonEmpty = 0;
        for (int round = 0; round < 30; round++) {
            // one script per round: writes in runs of 0-7, then a read of one random pattern or of all of them
            List<int[]> script = new ArrayList<>();
            List<Quad> quads = new ArrayList<>();
            for (int step = 0; step < 40; step++) {
                int run = r.nextInt(8);
                for (int i = 0; i < run; i++) {
                    script.add(new int[] {r.nextInt(2)});
                    quads.add(quad(r));
                }
                script.add(new int[] {2, r.nextInt(20) == 0 ? -1 : r.nextInt(16), r.nextInt(NODES)});
                quads.add(null);
            }
            List<List<Set<Quad>>> seen = new ArrayList<>();
            for (DatasetGraph d : List.of(jena, lean)) {
                List<Set<Quad>> answers = new ArrayList<>();
                Txn.executeWrite(d, () -> {
                    for (int i = 0; i < script.size(); i++) {
                        int[] op = script.get(i);
                        if (op[0] == 0) d.add(quads.get(i));
                        else if (op[0] == 1) d.delete(quads.get(i));
                        else if (op[1] < 0) answers.addAll(answersNow(d));
                        else answers.add(Set.copyOf(Iter.toList(find(d, op[1], op[2]))));
                    }
                });
                seen.add(answers);
            }
            assertEquals(seen.get(0), seen.get(1), "round " + round);
            assertEquals(answers(jena), answers(lean), "after round " + round);
            reads += seen.get(1).size();
            nonEmpty += (int) seen.get(1).stream().filter(x -> !x.isEmpty()).count();
        }
        assertTrue(nonEmpty > reads / 4, "the reads find quads: " + nonEmpty + " of " + reads);
    }

    @Test
    void aStreamFoundBeforeLaterWritesKeepsWhatItFoundAsInJenasTable() {
        DatasetGraph jena = DatasetGraphFactory.createTxnMem();
        DatasetGraph lean = LeanQuadTable.dataset();
        SplittableRandom r = new SplittableRandom(19);
        List<Quad> quads = new ArrayList<>();
        for (int i = 0; i < 60; i++) quads.add(quad(r));
        List<List<Quad>> found = new ArrayList<>();
        for (DatasetGraph d : List.of(jena, lean))
            Txn.executeWrite(d, () -> {
                quads.subList(0, 30).forEach(d::add);
                java.util.Iterator<Quad> before = d.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
                quads.subList(0, 10).forEach(d::delete);
                quads.subList(30, 60).forEach(d::add);
                found.add(Iter.toList(before));
            });
        assertEquals(Set.copyOf(found.get(0)), Set.copyOf(found.get(1)));
        assertEquals(Set.copyOf(quads.subList(0, 30)), Set.copyOf(found.get(1)), "the stream holds the quads before");
        assertEquals(answers(jena), answers(lean));
    }

    @Test
    void anAbortedWriteWithReadsBetweenItsWritesChangesNothing() {
        SplittableRandom r = new SplittableRandom(23);
        DatasetGraph lean = withQuads(r, 100);
        List<Set<Quad>> before = answers(lean);
        lean.begin(org.apache.jena.query.ReadWrite.WRITE);
        for (int i = 0; i < 100; i++) {
            lean.delete(quad(r));
            lean.add(quad(r));
            if (i % 10 == 0) Iter.count(find(lean, r.nextInt(16), r.nextInt(NODES)));
        }
        lean.add(Quad.create(NodeFactory.createURI("urn:g9"), quad(r).asTriple()));
        assertTrue(lean.containsGraph(NodeFactory.createURI("urn:g9")), "the write sees its own new graph");
        lean.abort();
        lean.end();
        assertEquals(before, answers(lean));
        assertFalse(Txn.calculateRead(lean, () -> lean.containsGraph(NodeFactory.createURI("urn:g9"))));
    }

    @Test
    void anotherThreadSeesNoPendingWriteBeforeTheCommit() throws Exception {
        DatasetGraph lean = LeanQuadTable.dataset();
        SplittableRandom r = new SplittableRandom(29);
        List<Quad> quads = new ArrayList<>();
        for (int i = 0; i < 40; i++) quads.add(quad(r));
        long[] seen = new long[2];
        lean.begin(org.apache.jena.query.ReadWrite.WRITE);
        quads.forEach(lean::add);
        Thread reader = new Thread(() -> seen[0] = Txn.calculateRead(lean, () -> Iter.count(lean.find())));
        reader.start();
        reader.join();
        assertEquals(Set.copyOf(quads), Set.copyOf(Iter.toList(lean.find())), "the writer sees its writes");
        lean.commit();
        lean.end();
        Thread after = new Thread(() -> seen[1] = Txn.calculateRead(lean, () -> Iter.count(lean.find())));
        after.start();
        after.join();
        assertEquals(0, seen[0], "nothing before the commit");
        assertEquals(Set.copyOf(quads).size(), seen[1], "everything after it");
    }
}
