package org.claimgraph.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.atlas.lib.persistent.PMap;
import org.apache.jena.atlas.lib.persistent.PersistentSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.mem.DatasetGraphInMemory;
import org.apache.jena.sparql.core.mem.FourTupleMap;
import org.apache.jena.sparql.core.mem.FourTupleMap.ThreeTupleMap;
import org.apache.jena.sparql.core.mem.FourTupleMap.TwoTupleMap;
import org.apache.jena.sparql.core.mem.HexTable;
import org.apache.jena.sparql.core.mem.PMapQuadTable;
import org.apache.jena.sparql.core.mem.QuadTable;
import org.apache.jena.sparql.core.mem.QuadTableForm;
import org.apache.jena.sparql.core.mem.TriTable;

/**
 * One index of Jena's transactional in-memory dataset ({@link DatasetGraphInMemory}: six of them,
 * one per {@link QuadTableForm}) with the same nested persistent maps, the same transactions and
 * the same content after every write, but fewer map operations per quad write. Jena 5.6's {@link
 * PMapQuadTable} removes each of the three keys on the path before putting it back ({@code
 * minus(k).plus(k, v)}, where a put replaces), and after a delete asks each level whether it is empty
 * through dexx's {@code isEmpty}, which walks the trie and leaves by throwing an exception; here
 * ({@link #apply}, the only write path: {@link Hex} never hands a single quad to an index) a put
 * replaces, emptiness is the map's size, and a write that changes nothing (an add of a quad present,
 * a delete of one absent) sets nothing. A quad write in a 1 000-note store costs about half as much
 * (measured in BENCHMARKS.md, session 10).
 *
 * <p>Writes are batched ({@link Hex}): inside a write transaction they wait in a list, in order, until
 * a read could see one of them, the transaction commits, or the list is long; then each index applies
 * them grouped by their keys in its order ({@link #apply}), so writes that share a first (or first and
 * second) key walk down to it and copy that path once, not once each. A read that may see a pending
 * write (each concrete node of its pattern held, in that slot, by some pending write) applies them all
 * first; one that cannot (a concrete node no pending write holds there) reads the indexes as they are,
 * which hold the same quads for that pattern. Other threads' transactions never see pending writes
 * (they are this thread's, as the indexes' transaction copies are). The live audit's rewritten or
 * deleted notes, 2 000-3 700 writes each, cost 12-20 % less CPU so (BENCHMARKS.md, session 11).
 */
final class LeanQuadTable extends PMapQuadTable {
    /** Bits of a pending write's rank in the sort keys of {@link #apply}. */
    private static final int RANK_BITS = 16;

    private static final long RANK_MASK = (1L << RANK_BITS) - 1;

    /** Which quad slot (0 graph, 1 subject, 2 predicate, 3 object) is this index's first, second, third, fourth key. */
    private final int[] slots = new int[4];

    private LeanQuadTable(QuadTableForm form) {
        super(form.name());
        for (int i = 0; i < 4; i++) slots[i] = order.mapIdx(i);
    }

    /** A transactional in-memory dataset whose six quad indexes are lean ones (the default graph's table as Jena's). */
    static DatasetGraphInMemory dataset() {
        return new DatasetGraphInMemory(new Hex(), new TriTable());
    }

    /**
     * The writes of one transaction not yet applied: quads in order, whether each is an add, each
     * quad's four nodes' hash codes (slot by slot), and the nodes they hold in each slot.
     */
    private static final class Pending {
        final List<Quad> quads = new ArrayList<>();
        boolean[] adds = new boolean[64];
        int[] hashes = new int[256];

        @SuppressWarnings("unchecked")
        final Set<Node>[] bySlot = new Set[] {new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>()};

        void add(Quad q, boolean add) {
            int n = quads.size();
            if (n == adds.length) {
                adds = Arrays.copyOf(adds, 2 * n);
                hashes = Arrays.copyOf(hashes, 8 * n);
            }
            quads.add(q);
            adds[n] = add;
            for (int s = 0; s < 4; s++) {
                Node x = slot(q, s);
                hashes[4 * n + s] = x.hashCode();
                bySlot[s].add(x);
            }
        }

        /**
         * False when no pending write can match the pattern (a concrete node in a slot that no pending
         * write holds): a read of that pattern sees the same quads before and after they are applied.
         */
        boolean mayMatch(Node g, Node s, Node p, Node o) {
            if (quads.isEmpty()) return false;
            return held(0, g) && held(1, s) && held(2, p) && held(3, o);
        }

        private boolean held(int slot, Node n) {
            return n == null || !n.isConcrete() || bySlot[slot].contains(n);
        }

        void clear() {
            quads.clear();
            for (Set<Node> m : bySlot) m.clear();
        }
    }

    static Node slot(Quad q, int s) {
        return switch (s) {
            case 0 -> q.getGraph();
            case 1 -> q.getSubject();
            case 2 -> q.getPredicate();
            default -> q.getObject();
        };
    }

    /** Jena's {@link HexTable} with lean indexes, whose writes wait in a {@link Pending} list until a read needs them. */
    private static final class Hex extends HexTable {
        /** Writes held at most before they are applied: their rank fits in {@link #RANK_BITS} bits. */
        private static final int LIMIT = 1 << RANK_BITS;

        private final Map<QuadTableForm, QuadTable> indexes = new EnumMap<>(QuadTableForm.class);
        /** This thread's pending writes (null when none were made in its transaction). */
        private final ThreadLocal<Pending> pending = new ThreadLocal<>();

        Hex() {
            for (QuadTableForm f : QuadTableForm.values()) indexes.put(f, new LeanQuadTable(f));
        }

        @Override
        protected Map<QuadTableForm, QuadTable> indexBlock() {
            return indexes;
        }

        /** Applies this thread's pending writes to every index. */
        private void flush(Pending p) {
            if (p == null || p.quads.isEmpty()) return;
            for (QuadTable t : indexes.values()) ((LeanQuadTable) t).apply(p);
            p.clear();
        }

        private void write(Quad q, boolean add) {
            Pending p = pending.get();
            if (p == null) pending.set(p = new Pending());
            p.add(q, add);
            if (p.quads.size() >= LIMIT) flush(p);
        }

        @Override
        public void add(Quad q) {
            write(q, true);
        }

        @Override
        public void delete(Quad q) {
            write(q, false);
        }

        @Override
        public Stream<Quad> find(Node g, Node s, Node p, Node o) {
            Pending w = pending.get();
            if (w != null && w.mayMatch(g, s, p, o)) flush(w);
            return super.find(g, s, p, o);
        }

        @Override
        public Stream<Quad> findInUnionGraph(Node s, Node p, Node o) {
            Pending w = pending.get();
            if (w != null && w.mayMatch(null, s, p, o)) flush(w);
            return super.findInUnionGraph(s, p, o);
        }

        @Override
        public Stream<Node> listGraphNodes() {
            flush(pending.get());
            return super.listGraphNodes();
        }

        @Override
        public void begin(ReadWrite rw) {
            pending.remove();
            super.begin(rw);
        }

        @Override
        public void commit() {
            flush(pending.get());
            super.commit();
        }

        @Override
        public void end() {
            pending.remove();
            super.end();
        }

        @Override
        public void clear() {
            pending.remove();
            super.clear();
        }
    }

    /**
     * Applies the pending writes to this index as if one by one in their order: sorted by the hash
     * codes of their first key and (the high half of) their second key in this index's order, then
     * by their rank (so that writes of one quad keep their order), so that writes sharing keys come
     * together; then walked with the path to the current first and second keys kept open, written
     * back only when a key changes. Two keys with one hash code may alternate: that costs a path
     * copy more, never a wrong result (keys are compared with {@code equals}).
     */
    void apply(Pending p) {
        int n = p.quads.size();
        int[] h = p.hashes;
        int a = slots[0], b = slots[1], c = slots[2];
        long[] order = new long[n];
        for (int i = 0; i < n; i++)
            order[i] = (long) h[4 * i + a] << 32 | (long) (h[4 * i + b] >>> RANK_BITS) << RANK_BITS | i;
        Arrays.sort(order);
        FourTupleMap four = local().get();
        Node k1 = null, k2 = null;
        ThreeTupleMap three0 = null, three = null;
        TwoTupleMap two0 = null, two = null;
        for (long key : order) {
            int i = (int) (key & RANK_MASK);
            Quad q = p.quads.get(i);
            Node first = slot(q, a), second = slot(q, b);
            if (k1 == null || !k1.equals(first)) {
                if (k2 != null) three = put(three, k2, two0, two);
                if (k1 != null) four = put(four, k1, three0, three);
                k1 = first;
                k2 = null;
                three0 = four.get(first).orElse(null);
                three = three0 == null ? new ThreeTupleMap() : three0;
            }
            if (k2 == null || !k2.equals(second)) {
                if (k2 != null) three = put(three, k2, two0, two);
                k2 = second;
                two0 = three.get(second).orElse(null);
                two = two0 == null ? new TwoTupleMap() : two0;
            }
            Node third = slot(q, c), fourth = slot(q, slots[3]);
            PersistentSet<Node> one = two.get(third).orElse(null);
            boolean add = p.adds[i];
            if (one == null) {
                if (add) two = two.plus(third, PersistentSet.<Node>empty().plus(fourth));
            } else if (add != one.contains(fourth)) {
                one = add ? one.plus(fourth) : one.minus(fourth);
                two = one.asSet().size() == 0 ? two.minus(third) : two.plus(third, one);
            }
        }
        if (k2 != null) three = put(three, k2, two0, two);
        if (k1 != null) four = put(four, k1, three0, three);
        local().set(four);
    }

    /** {@code map} with {@code key} mapped to {@code now}, which was {@code before} (null: absent); an empty {@code now} is removed. */
    private static <V extends PMap<Node, ?, V>, M extends PMap<Node, V, M>> M put(M map, Node key, V before, V now) {
        if (now == before) return map;
        if (now.asMap().size() != 0) return map.plus(key, now);
        return before == null ? map : map.minus(key);
    }
}
