package org.claimgraph.store;

import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;

/**
 * A view of a dataset whose default graph, for reading and querying, is the union of its named
 * graphs: the in-memory counterpart of TDB2's {@code unionDefaultGraph} setting. Writes and
 * transactions go to the wrapped dataset. Implementing {@link DatasetGraphWrapperView} makes
 * ARQ query this view instead of unwrapping it.
 */
final class UnionDefaultGraphView extends DatasetGraphWrapper implements DatasetGraphWrapperView {

    UnionDefaultGraphView(DatasetGraph base) {
        super(base);
    }

    @Override
    public Graph getDefaultGraph() {
        return get().getUnionGraph();
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        if (g != null && Quad.isDefaultGraph(g)) return get().findNG(Quad.unionGraph, s, p, o);
        return super.find(g, s, p, o);
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        if (g != null && Quad.isDefaultGraph(g)) return get().contains(Quad.unionGraph, s, p, o);
        return super.contains(g, s, p, o);
    }
}
