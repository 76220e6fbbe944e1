package org.claimgraph.store;

import java.util.EnumMap;
import java.util.Map;
import org.apache.jena.atlas.lib.persistent.PersistentSet;
import org.apache.jena.atlas.lib.tuple.TConsumer4;
import org.apache.jena.graph.Node;
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
 * through dexx's {@code isEmpty}, which walks the trie and leaves by throwing an exception; here a put
 * replaces, emptiness is the map's size, and a write that changes nothing (an add of a quad present,
 * a delete of one absent) sets nothing. A quad write in a 1 000-note store costs about half as much
 * (measured in BENCHMARKS.md, session 10).
 */
final class LeanQuadTable extends PMapQuadTable {
    private LeanQuadTable(QuadTableForm form) {
        super(form.name());
    }

    /** A transactional in-memory dataset whose six quad indexes are lean ones (the default graph's table as Jena's). */
    static DatasetGraphInMemory dataset() {
        return new DatasetGraphInMemory(new Hex(), new TriTable());
    }

    /** Jena's {@link HexTable} with lean indexes. */
    private static final class Hex extends HexTable {
        private final Map<QuadTableForm, QuadTable> indexes = new EnumMap<>(QuadTableForm.class);

        Hex() {
            for (QuadTableForm f : QuadTableForm.values()) indexes.put(f, new LeanQuadTable(f));
        }

        @Override
        protected Map<QuadTableForm, QuadTable> indexBlock() {
            return indexes;
        }
    }

    @Override
    protected TConsumer4<Node> add() {
        return (first, second, third, fourth) -> {
            FourTupleMap four = local().get();
            ThreeTupleMap three = four.get(first).orElseGet(ThreeTupleMap::new);
            TwoTupleMap two = three.get(second).orElseGet(TwoTupleMap::new);
            PersistentSet<Node> one = two.get(third).orElseGet(PersistentSet::empty);
            if (one.contains(fourth)) return;
            two = two.plus(third, one.plus(fourth));
            local().set(four.plus(first, three.plus(second, two)));
        };
    }

    @Override
    protected TConsumer4<Node> delete() {
        return (first, second, third, fourth) -> {
            FourTupleMap four = local().get();
            ThreeTupleMap three = four.get(first).orElse(null);
            TwoTupleMap two = three == null ? null : three.get(second).orElse(null);
            PersistentSet<Node> one = two == null ? null : two.get(third).orElse(null);
            if (one == null || !one.contains(fourth)) return;
            one = one.minus(fourth);
            two = one.asSet().size() == 0 ? two.minus(third) : two.plus(third, one);
            three = two.asMap().size() == 0 ? three.minus(second) : three.plus(second, two);
            local().set(three.asMap().size() == 0 ? four.minus(first) : four.plus(first, three));
        };
    }
}
