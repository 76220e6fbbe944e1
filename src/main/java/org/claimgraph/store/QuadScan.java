package org.claimgraph.store;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Every quad of a dataset's named graphs, for a reader that takes them all (the data graph of a full
 * validation). On TDB2 the quad table's primary index is read as node ids and each id is decoded once
 * per scan, straight from the node file (inline ids, numbers and dates, from the id itself), with the
 * scan's own map from id to term: TDB2's {@code findNG} looks all four ids of every quad up in the
 * shared node cache, whose bookkeeping (Caffeine's reordering, frequency sketch and eviction once the
 * store outgrows it) was 57 % of building the 1 000-note data graph (BENCHMARKS.md, session 19). The
 * map holds one entry per distinct term until the scan ends; the graph being built holds those terms
 * anyway. The terms are the node file's, so the quads are the ones {@code findNG} gives, also inside a
 * write transaction (its new terms are in the file). Other datasets: their {@code findNG}. Call inside
 * a transaction.
 */
public final class QuadScan {
    private QuadScan() {}

    /** The quads of every named graph of {@code dsg} (not the default graph). */
    public static Iterator<Quad> namedGraphs(DatasetGraph dsg) {
        DatasetGraph base = Stores.tdb2Underneath(dsg);
        DatasetGraphTDB tdb = base == null ? null : TDBInternal.getDatasetGraphTDB(base);
        if (tdb == null) return dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
        NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
        NodeTable file = BufferedNodeTable.of(base).map(t -> (NodeTable) t).orElse(quads.getNodeTable());
        return new Decoded(quads.findAll(), file);
    }

    /** Node-id tuples (G, S, P, O) decoded, each stored id once; a run of one graph or subject without a lookup. */
    private static final class Decoded implements Iterator<Quad> {
        private final Iterator<Tuple<NodeId>> ids;
        private final NodeTable nodes;
        private final Map<NodeId, Node> seen = new HashMap<>();
        private NodeId graphId;
        private Node graph;
        private NodeId subjectId;
        private Node subject;

        Decoded(Iterator<Tuple<NodeId>> ids, NodeTable nodes) {
            this.ids = ids;
            this.nodes = nodes;
        }

        @Override
        public boolean hasNext() {
            return ids.hasNext();
        }

        @Override
        public Quad next() {
            if (!ids.hasNext()) throw new NoSuchElementException();
            Tuple<NodeId> t = ids.next();
            NodeId g = t.get(0);
            if (!g.equals(graphId)) {
                graph = decode(g);
                graphId = g;
            }
            NodeId s = t.get(1);
            if (!s.equals(subjectId)) {
                subject = decode(s);
                subjectId = s;
            }
            return Quad.create(graph, subject, decode(t.get(2)), decode(t.get(3)));
        }

        private Node decode(NodeId id) {
            if (id.isInline()) return NodeId.extract(id);
            return seen.computeIfAbsent(id, nodes::getNodeForNodeId);
        }
    }
}
