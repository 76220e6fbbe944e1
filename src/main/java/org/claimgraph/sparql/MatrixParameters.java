package org.claimgraph.sparql;

import java.io.InputStream;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.claimgraph.matrix.RiskModel;
import org.claimgraph.rdf.CGM;

/**
 * The parameters of the matrix operators and their defaults. Values in graph
 * {@value CGM#PARAMETERS_GRAPH} win over values anywhere else in the dataset, which win over these
 * defaults; the defaults equal {@code ontology/matrix-parameters.trig} (a TriG file, so the
 * ontology loader, which reads {@code ontology/*.ttl}, does not copy it into the ontology graph).
 * A store calls {@link #installDefaults} once when it is created.
 */
public final class MatrixParameters {
    private MatrixParameters() {}

    /** Classpath location of the default parameters (packaged from {@code ontology/}). */
    public static final String RESOURCE = "ontology/matrix-parameters.trig";

    public static final RiskModel DEFAULT_RISK = RiskModel.DEFAULT;
    public static final double DEFAULT_THETA = 1.0;
    /** Status weights by {@code skos:notation} of the verification status concept. */
    public static final Map<String, Double> DEFAULT_STATUS_WEIGHTS = java.util.Arrays.stream(
                    org.claimgraph.extract.VerificationStatus.values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(
                    org.claimgraph.extract.VerificationStatus::notation,
                    org.claimgraph.extract.VerificationStatus::defaultWeight));

    /** Parses the default parameters file from the classpath; returns its parameters graph. */
    public static Graph defaultsGraph() {
        try (InputStream in = MatrixParameters.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is not on the classpath");
            DatasetGraph d = org.apache.jena.sparql.core.DatasetGraphFactory.createGeneral();
            RDFParser.source(in).lang(Lang.TRIG).parse(d);
            return d.getGraph(NodeFactory.createURI(org.claimgraph.rdf.Iris.PARAMETERS_GRAPH));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Writes the defaults into the parameters graph of {@code dsg} when that graph is empty (it
     * never overwrites values a user changed). Runs in its own write transaction.
     *
     * @return true when the defaults were written
     */
    public static boolean installDefaults(DatasetGraph dsg) {
        var gn = NodeFactory.createURI(org.claimgraph.rdf.Iris.PARAMETERS_GRAPH);
        return Txn.calculateWrite(dsg, () -> {
            if (dsg.find(gn, null, null, null).hasNext()) return false;
            defaultsGraph().find().forEachRemaining(t -> dsg.add(gn, t.getSubject(), t.getPredicate(), t.getObject()));
            return true;
        });
    }
}
