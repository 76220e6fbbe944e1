package org.claimgraph.validate;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.mem2.GraphMem2;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.rdf.Iris;
import org.claimgraph.store.QuadScan;

/**
 * The graph the shapes run over: every named graph of the dataset except the audit and history graphs
 * (the default graph is not read: in claimgraph stores it is the union of the named graphs)
 * (note graphs and the ontology), the packaged ontology when the dataset has none, the audit
 * parameters ({@code cga:asOf}, {@code cga:staleBefore}) and the derived {@code cga:enclosedBy}
 * ({@link Enclosures}; {@link #complete}). Copied into memory once: SHACL-SPARQL over a plain
 * in-memory graph is much faster than over a union view of TDB2.
 */
public final class DataGraph {
    private DataGraph() {}

    /** Build the data graph from {@code dataset} for the audit date {@code asOf}. */
    public static Graph of(Dataset dataset, LocalDate asOf) {
        return Txn.calculateRead(dataset, () -> of(dataset.asDatasetGraph(), asOf));
    }

    /** Build the data graph from {@code dsg}, inside a transaction the caller holds. */
    public static Graph of(DatasetGraph dsg, LocalDate asOf) {
        return scan(dsg, asOf, false).whole();
    }

    /** The data graph of {@code dataset} for {@code asOf} and its parts, one per named graph ({@link Parts}). */
    public static Parts parts(Dataset dataset, LocalDate asOf) {
        return Txn.calculateRead(dataset, () -> parts(dataset.asDatasetGraph(), asOf));
    }

    /** {@link #parts(Dataset, LocalDate)} inside a transaction the caller holds. */
    public static Parts parts(DatasetGraph dsg, LocalDate asOf) {
        return scan(dsg, asOf, true);
    }

    /**
     * The data graph split by the named graph each triple is stored in, for an audit that validates
     * note by note ({@link NoteParts}).
     *
     * @param whole  the data graph, as {@link #of(DatasetGraph, LocalDate)} builds it
     * @param base   what every part's graph starts from: the ontology and the audit parameters
     * @param graphs the triples of each data graph but the ontology, by graph name, in name order
     * @param owners each subject that is a subject in exactly one of {@code graphs}, and that graph's name
     */
    public record Parts(Graph whole, Graph base, Map<Node, List<Triple>> graphs, Map<Node, Node> owners) {

        /** The graph a note-scoped shape runs over for the focus nodes owned by {@code graphName}. */
        public Graph local(Node graphName) {
            Graph g = base instanceof GraphMem2 m ? m.copy() : copyOf(base);
            for (Triple t : graphs.getOrDefault(graphName, List.of())) g.add(t);
            Enclosures.addTo(g);
            return g;
        }

        private static Graph copyOf(Graph base) {
            Graph g = GraphFactory.createDefaultGraph();
            base.find().forEachRemaining(g::add);
            return g;
        }
    }

    private static Parts scan(DatasetGraph dsg, LocalDate asOf, boolean split) {
        Graph g = GraphFactory.createDefaultGraph();
        Node ontology = NodeFactory.createURI(Iris.ONTOLOGY_GRAPH);
        Graph base = GraphFactory.createDefaultGraph();
        Map<Node, List<Triple>> graphs = new TreeMap<>(Comparator.comparing(Node::toString));
        Map<Node, Node> owners = new HashMap<>();
        boolean hasOntology = false;
        // one pass over all quads of the named graphs (faster than graph-by-graph views; on TDB2 each
        // stored term decoded once, past the shared node cache: QuadScan)
        Iterator<Quad> it = QuadScan.namedGraphs(dsg);
        Node lastGraph = null, lastSubject = null;
        List<Triple> part = null;
        while (it.hasNext()) {
            Quad q = it.next();
            Node gn = q.getGraph();
            if (!isData(gn)) continue;
            Triple t = q.asTriple();
            g.add(t);
            if (gn.equals(ontology)) {
                hasOntology = true;
                if (split) base.add(t);
            } else if (split) {
                if (!gn.equals(lastGraph)) {
                    lastGraph = gn;
                    lastSubject = null;
                    part = graphs.computeIfAbsent(gn, k -> new ArrayList<>());
                }
                part.add(t);
                // a graph's quads come subject by subject from TDB2's GSPO index: one look-up per run
                if (!t.getSubject().equals(lastSubject)) {
                    lastSubject = t.getSubject();
                    Node owner = owners.putIfAbsent(lastSubject, gn);
                    if (owner != null && !owner.equals(gn)) owners.put(lastSubject, SHARED);
                }
            }
        }
        if (!hasOntology) {
            addPackagedOntology(g);
            if (split) addPackagedOntology(base);
        }
        complete(g, asOf);
        if (!split) return new Parts(g, base, Map.of(), Map.of());
        addParameters(base, asOf);
        owners.values().removeIf(SHARED::equals);
        return new Parts(g, base, graphs, owners);
    }

    /** Marks a subject found in more than one graph while scanning. */
    private static final Node SHARED = NodeFactory.createBlankNode("shared subject");

    /** The named graphs the shapes run over: all but the audit graph and the claim history. The one place that says so. */
    public static boolean isData(Node graphName) {
        return !graphName.equals(AuditGraph.NAME) && !graphName.equals(org.claimgraph.rdf.CGH.historyGraph);
    }

    /** A data graph from a plain graph (tests, fixtures): copies it and adds ontology and parameters. */
    public static Graph of(Graph notes, LocalDate asOf) {
        Graph g = GraphFactory.createDefaultGraph();
        notes.find().forEachRemaining(g::add);
        addPackagedOntology(g);
        complete(g, asOf);
        return g;
    }

    /**
     * What a graph of notes and ontology needs before the shapes run over it: the audit parameters
     * ({@link #addParameters}) and the derived {@code cga:enclosedBy} ({@link Enclosures}). Every data
     * graph of a full validation and every note's graph in the live audit gets both; the live audit's
     * view of the whole store (keyed shapes) gets the parameters only, as no keyed shape reads
     * {@code cga:enclosedBy} (a shape that did would be corpus-scoped and validated over that view).
     */
    public static void complete(Graph g, LocalDate asOf) {
        addParameters(g, asOf);
        Enclosures.addTo(g);
    }

    /** Adds {@code cga:asOf} and {@code cga:staleBefore} (asOf − 365 days) on the parameters resource. */
    public static void addParameters(Graph g, LocalDate asOf) {
        if (asOf == null) return;
        Node p = NodeFactory.createURI(CGA.PARAMETERS);
        g.add(p, RDF.type.asNode(), CGA.Parameters);
        g.add(p, CGA.asOf, NodeFactory.createLiteralDT(asOf.toString(), XSDDatatype.XSDdate));
        g.add(
                p,
                CGA.staleBefore,
                NodeFactory.createLiteralDT(asOf.minusDays(365).toString(), XSDDatatype.XSDdate));
    }

    /** The ontology from the classpath ({@code ontology/claimgraph.ttl}), when it is packaged. */
    static void addPackagedOntology(Graph g) {
        InputStream in = DataGraph.class.getClassLoader().getResourceAsStream("ontology/claimgraph.ttl");
        if (in == null) return;
        try (in) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (Exception e) {
            throw new IllegalStateException("cannot parse packaged ontology/claimgraph.ttl: " + e.getMessage(), e);
        }
    }
}
