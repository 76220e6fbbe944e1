package org.claimgraph.validate;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.claimgraph.store.Stores;

/**
 * The triples of a TDB2 store's ontology graph, decoded once and reused while the graph's quads,
 * read as node ids, are the same. Every live audit step copies the ontology into the note's local
 * graph; on TDB2 reading it decodes ≈ 6 000 node ids through the node table's cache, which costs
 * more than comparing the same ids with the ones kept (BENCHMARKS.md, session 12, live).
 *
 * <p>Why equal ids mean equal triples: a TDB2 node id is the node's place in the node table, which
 * only grows, so a committed id names the same node for the store's lifetime; an id allocated in a
 * write transaction that is then aborted may be given to another node later. The ids are therefore
 * kept only when read in a read transaction, which sees committed ids alone (the server's warm-up
 * reads the ontology so, {@link LiveAudit#warmUp}); a write transaction reads the ids, uses the
 * kept triples when they are equal, and otherwise decodes them as before without keeping them. One
 * store is kept at a time, by identity of its {@link DatasetGraphTDB} (a compaction or a reopening
 * gives a new one). Thread-safe: the kept entry is immutable and replaced whole.
 */
final class StoredOntology {
    private record Entry(WeakReference<DatasetGraphTDB> store, List<Tuple<NodeId>> ids, List<Triple> triples) {}

    private volatile Entry kept;

    /**
     * The triples of graph {@code graph} of {@code dsg} in the order the store finds them, or null
     * when {@code dsg} is not a TDB2 store (read the graph as usual). Call inside a transaction.
     */
    List<Triple> triples(DatasetGraph dsg, Node graph) {
        DatasetGraph base = Stores.tdb2Underneath(dsg);
        if (base == null) return null;
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(base);
        if (tdb == null) return null;
        NodeTupleTable table = tdb.getQuadTable().getNodeTupleTable();
        List<Tuple<NodeId>> ids = new ArrayList<>();
        table.findAsNodeIds(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(ids::add);
        Entry e = kept;
        if (e != null && e.store().get() == tdb && e.ids().equals(ids)) return e.triples();
        List<Triple> triples = decode(table.getNodeTable(), ids);
        if (base.transactionMode() == ReadWrite.READ) kept = new Entry(new WeakReference<>(tdb), ids, triples);
        return triples;
    }

    /** True when the triples of a store are kept: for tests. */
    boolean holds(DatasetGraph dsg) {
        Entry e = kept;
        DatasetGraph base = Stores.tdb2Underneath(dsg);
        return e != null && base != null && e.store().get() == TDBInternal.getDatasetGraphTDB(base);
    }

    private static List<Triple> decode(NodeTable nodes, List<Tuple<NodeId>> ids) {
        List<Triple> out = new ArrayList<>(ids.size());
        for (Tuple<NodeId> q : ids)
            out.add(Triple.create(
                    nodes.getNodeForNodeId(q.get(1)),
                    nodes.getNodeForNodeId(q.get(2)),
                    nodes.getNodeForNodeId(q.get(3))));
        return List.copyOf(out);
    }
}
