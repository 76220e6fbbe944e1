package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TDB2 with batched quad writes ({@link TdbBatchedWrites}) against plain TDB2: the same random adds and
 * deletes, with reads between them inside the write transaction, give the same quads for every find
 * pattern at every read and after each commit; an aborted write leaves the store as it was; another
 * thread's read transaction sees nothing of a write transaction before its commit and all of it after;
 * and an iterator opened while writes wait gives its pattern's tuples exactly when a later read applies
 * those writes (which split and shift the B+tree blocks it walks) before it is done.
 */
class TdbBatchedWritesTest {
    private static final int NODES = 4;

    private static DatasetGraph plain() {
        return DatabaseMgr.createDatasetGraph();
    }

    private static DatasetGraph batched() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        assertTrue(TdbBatchedWrites.install(dsg));
        assertTrue(TdbBatchedWrites.install(dsg), "installing twice keeps one batch");
        assertTrue(TdbBatchedWrites.installed(dsg));
        return dsg;
    }

    private static Node node(SplittableRandom r, String kind, int pool) {
        return NodeFactory.createURI("urn:" + kind + r.nextInt(pool));
    }

    private static Quad quad(SplittableRandom r, int pool) {
        return Quad.create(node(r, "g", pool), node(r, "s", pool), node(r, "p", pool), node(r, "o", pool));
    }

    /** The quads of find pattern {@code mask} (bit 0 graph, 1 subject, 2 predicate, 3 object concrete) with node {@code k}. */
    private static Iterator<Quad> find(DatasetGraph dsg, int mask, int k) {
        Node g = (mask & 1) == 0 ? Node.ANY : NodeFactory.createURI("urn:g" + k);
        Node s = (mask & 2) == 0 ? Node.ANY : NodeFactory.createURI("urn:s" + k);
        Node p = (mask & 4) == 0 ? Node.ANY : NodeFactory.createURI("urn:p" + k);
        Node o = (mask & 8) == 0 ? Node.ANY : NodeFactory.createURI("urn:o" + k);
        return dsg.find(g, s, p, o);
    }

    /** Every find pattern over the pool (16 forms, so every index is read), then the graph names, in the caller's transaction. */
    private static List<Set<Quad>> answersNow(DatasetGraph dsg) {
        List<Set<Quad>> out = new ArrayList<>();
        for (int mask = 0; mask < 16; mask++)
            for (int k = 0; k < NODES; k++) out.add(Set.copyOf(Iter.toList(find(dsg, mask, k))));
        out.add(Set.copyOf(Iter.toList(Iter.map(dsg.listGraphNodes(), n -> Quad.create(n, n, n, n)))));
        return out;
    }

    private static List<Set<Quad>> answers(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> answersNow(dsg));
    }

    @Test
    void randomWritesWithReadsBetweenGiveTdb2sAnswers() {
        DatasetGraph plain = plain(), batched = batched();
        SplittableRandom r = new SplittableRandom(7);
        for (int rnd = 0; rnd < 30; rnd++) {
            int round = rnd;
            long seed = r.nextLong();
            SplittableRandom a = new SplittableRandom(seed), b = new SplittableRandom(seed);
            Txn.executeWrite(
                    plain,
                    () -> Txn.executeWrite(batched, () -> {
                        for (int step = 0; step < 40; step++) {
                            int run = a.nextInt(8);
                            b.nextInt(8);
                            for (int w = 0; w < run; w++) {
                                Quad q = quad(a, NODES);
                                quad(b, NODES);
                                boolean add = a.nextInt(3) > 0;
                                b.nextInt(3);
                                if (add) {
                                    plain.add(q);
                                    batched.add(q);
                                } else {
                                    plain.delete(q);
                                    batched.delete(q);
                                }
                            }
                            int mask = a.nextInt(17), k = a.nextInt(NODES);
                            b.nextInt(17);
                            b.nextInt(NODES);
                            if (mask == 16) assertEquals(answersNow(plain), answersNow(batched), "round " + round);
                            else
                                assertEquals(
                                        Set.copyOf(Iter.toList(find(plain, mask, k))),
                                        Set.copyOf(Iter.toList(find(batched, mask, k))),
                                        "round " + round + " step " + step + " pattern " + mask);
                        }
                    }));
            assertEquals(answers(plain), answers(batched), "after commit of round " + round);
        }
        assertFalse(answers(batched).get(0).isEmpty());
        assertTrue(TdbBatchedWrites.appliedFromBatches(batched) > 1000, "writes were batched");
    }

    @Test
    void abortedWriteLeavesNothing() {
        DatasetGraph batched = batched();
        SplittableRandom r = new SplittableRandom(11);
        Txn.executeWrite(batched, () -> {
            for (int i = 0; i < 60; i++) batched.add(quad(r, NODES));
        });
        List<Set<Quad>> before = answers(batched);
        batched.begin(ReadWrite.WRITE);
        try {
            for (int i = 0; i < 200; i++) {
                if (i % 3 == 0) batched.delete(quad(r, NODES));
                else
                    batched.add(Quad.create(
                            NodeFactory.createURI("urn:new"),
                            node(r, "s", NODES),
                            node(r, "p", NODES),
                            node(r, "o", NODES)));
                if (i % 17 == 0) Iter.count(find(batched, r.nextInt(16), r.nextInt(NODES)));
            }
            assertTrue(batched.containsGraph(NodeFactory.createURI("urn:new")));
            batched.abort();
        } finally {
            batched.end();
        }
        assertEquals(before, answers(batched));
        assertFalse(Txn.calculateRead(batched, () -> batched.containsGraph(NodeFactory.createURI("urn:new"))));
    }

    @Test
    void anotherThreadSeesNoWriteBeforeTheCommit() throws Exception {
        DatasetGraph batched = batched();
        SplittableRandom r = new SplittableRandom(13);
        Txn.executeWrite(batched, () -> {
            for (int i = 0; i < 40; i++) batched.add(quad(r, NODES));
        });
        List<Set<Quad>> before = answers(batched);
        batched.begin(ReadWrite.WRITE);
        try {
            for (int i = 0; i < 100; i++) {
                Quad q = quad(r, NODES);
                if (i % 4 == 0) batched.delete(q);
                else batched.add(q);
            }
            Iter.count(find(batched, 2, 1)); // applies some of them in this thread
            List<Set<Quad>> seen =
                    CompletableFuture.supplyAsync(() -> answers(batched)).get();
            assertEquals(before, seen, "a reader in another thread before the commit");
            List<Set<Quad>> inside = answersNow(batched);
            batched.commit();
            List<Set<Quad>> after =
                    CompletableFuture.supplyAsync(() -> answers(batched)).get();
            assertEquals(inside, after, "a reader in another thread after the commit");
        } finally {
            batched.end();
        }
    }

    /** Reads that may see pending writes with graph {@code g}, subject {@code s} or {@code w}'s predicate: each index applies its own. */
    private static void applyAll(DatasetGraph dsg, Node g, Node s, Quad w) {
        for (int mask = 1; mask < 16; mask++)
            Iter.count(dsg.find(
                    (mask & 1) == 0 ? Node.ANY : g,
                    (mask & 2) == 0 ? Node.ANY : s,
                    (mask & 4) == 0 ? Node.ANY : w.getPredicate(),
                    (mask & 8) == 0 ? Node.ANY : w.getObject()));
    }

    @Test
    void anIteratorOpenWhileWritesWaitGivesItsPatternWhenTheyAreApplied(@TempDir Path dir) {
        int pool = 40;
        // on disk: an in-memory TDB2 hands out copies of its blocks, a mapped file the blocks themselves
        DatasetGraph plain =
                DatabaseMgr.connectDatasetGraph(dir.resolve("plain").toString());
        DatasetGraph batched =
                DatabaseMgr.connectDatasetGraph(dir.resolve("batched").toString());
        assertTrue(TdbBatchedWrites.install(batched));
        try {
            iterate(plain, batched, pool);
        } finally {
            TDBInternal.expel(plain);
            TDBInternal.expel(batched);
        }
    }

    private static void iterate(DatasetGraph plain, DatasetGraph batched, int pool) {
        Node g = NodeFactory.createURI("urn:g1"),
                s = NodeFactory.createURI("urn:s1"),
                p = NodeFactory.createURI("urn:p1");
        SplittableRandom r = new SplittableRandom(17);
        List<Quad> base = new ArrayList<>();
        // the writes' predicates first, so that their node ids are lower than p1's and their keys come just
        // before the iterated ranges, in the same blocks
        for (int i = 0; i < 50; i++) base.add(Quad.create(g, s, NodeFactory.createURI("urn:pw" + i), s));
        for (int i = 0; i < 1500; i++) base.add(Quad.create(g, s, p, NodeFactory.createURI("urn:o" + i)));
        for (int i = 0; i < 1500; i++) base.add(Quad.create(g, node(r, "s", pool), p, node(r, "o", pool)));
        for (int i = 0; i < 3000; i++) base.add(quad(r, pool));
        Txn.executeWrite(plain, () -> base.forEach(plain::add));
        Txn.executeWrite(batched, () -> base.forEach(batched::add));
        for (int round = 0; round < 4; round++) {
            int seedRound = round;
            Txn.executeWrite(
                    plain,
                    () -> Txn.executeWrite(batched, () -> {
                        SplittableRandom w = new SplittableRandom(100 + seedRound);
                        List<Quad> writes = new ArrayList<>();
                        // writes next to the patterns' tuples in every index (same graph and subject), none matching
                        // them
                        for (int i = 0; i < 4000; i++) {
                            Node pw = NodeFactory.createURI("urn:pw" + w.nextInt(50));
                            Node sw = i % 2 == 0 ? s : node(w, "s", pool);
                            writes.add(Quad.create(g, sw, pw, NodeFactory.createURI("urn:ow" + w.nextInt(5000))));
                        }
                        Set<Quad> expectedGs = Set.copyOf(Iter.toList(plain.find(g, s, p, Node.ANY)));
                        Set<Quad> expectedGp = Set.copyOf(Iter.toList(plain.find(g, Node.ANY, p, Node.ANY)));
                        assertTrue(expectedGs.size() > 1000 && expectedGp.size() > 2000);
                        // the first half applied before the iterators start, so that the blocks they walk are this
                        // transaction's copies, which later writes change in place; the second half waits
                        List<Quad> first = writes.subList(0, writes.size() / 2);
                        first.forEach(batched::add);
                        applyAll(batched, g, s, first.get(0));
                        writes.forEach(batched::add);
                        writes.forEach(plain::add);
                        Iterator<Quad> gs = batched.find(g, s, p, Node.ANY);
                        Iterator<Quad> gp = batched.find(g, Node.ANY, p, Node.ANY);
                        List<Quad> seenGs = new ArrayList<>(), seenGp = new ArrayList<>();
                        for (int i = 0; i < 3 && gs.hasNext(); i++) seenGs.add(gs.next());
                        for (int i = 0; i < 3 && gp.hasNext(); i++) seenGp.add(gp.next());
                        applyAll(batched, g, s, writes.get(writes.size() - 1));
                        gs.forEachRemaining(seenGs::add);
                        gp.forEachRemaining(seenGp::add);
                        assertEquals(expectedGs.size(), seenGs.size(), "each tuple once (graph, subject, predicate)");
                        assertEquals(expectedGs, Set.copyOf(seenGs));
                        assertEquals(expectedGp.size(), seenGp.size(), "each tuple once (graph, predicate)");
                        assertEquals(expectedGp, Set.copyOf(seenGp));
                        for (int i = 0; i < 300; i++) {
                            Quad q = base.get(w.nextInt(base.size()));
                            batched.delete(q);
                            plain.delete(q);
                        }
                    }));
            assertEquals(
                    Set.copyOf(Txn.calculateRead(plain, () -> Iter.toList(plain.find()))),
                    Set.copyOf(Txn.calculateRead(batched, () -> Iter.toList(batched.find()))),
                    "round " + round);
        }
    }
}
