package org.claimgraph.validate;

import java.time.LocalDate;
import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.claimgraph.rdf.Iris;

/**
 * The same data as {@link DataGraph} without copying it: a read-only view of the data graphs of a
 * dataset ({@link DataGraph#isData}), each triple once, plus the audit parameters and, when the
 * store has no ontology graph, the packaged ontology. For focus-node-at-a-time validation inside
 * a transaction the caller holds, where copying the corpus would cost more than the validation.
 */
final class StoreView extends GraphBase {
    private final DatasetGraph dsg;
    private final Node without;

    private StoreView(DatasetGraph dsg, Node without) {
        this.dsg = dsg;
        this.without = without;
    }

    /** The view for audit date {@code asOf}; {@code ontology} is used when the store has none. */
    static Graph of(DatasetGraph dsg, LocalDate asOf, Graph ontology) {
        return new Union(new StoreView(dsg, null), extra(dsg, asOf, ontology));
    }

    /** The same, with the graph {@code graphName} read from {@code replacement} instead of the store (a what-if). */
    static Graph replacing(DatasetGraph dsg, Node graphName, Graph replacement, LocalDate asOf, Graph ontology) {
        Graph extra = extra(dsg, asOf, ontology);
        replacement.find().forEachRemaining(extra::add);
        return new Union(new StoreView(dsg, graphName), extra);
    }

    private static Graph extra(DatasetGraph dsg, LocalDate asOf, Graph ontology) {
        Graph extra = GraphFactory.createDefaultGraph();
        DataGraph.addParameters(extra, asOf);
        Node ont = NodeFactory.createURI(Iris.ONTOLOGY_GRAPH);
        if (!dsg.containsGraph(ont) || dsg.getGraph(ont).isEmpty())
            ontology.find().forEachRemaining(extra::add);
        return extra;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple m) {
        Iterator<Quad> quads = dsg.findNG(Node.ANY, m.getMatchSubject(), m.getMatchPredicate(), m.getMatchObject());
        Iterator<Triple> triples = Iter.map(
                Iter.filter(
                        quads,
                        q -> DataGraph.isData(q.getGraph()) && !q.getGraph().equals(without)),
                Quad::asTriple);
        return WrappedIterator.create(Iter.distinct(triples));
    }
}
