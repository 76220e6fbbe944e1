package org.claimgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.claimgraph.matrix.Dimensions;

/**
 * Terms of the maturity matrix vocabulary {@code cgm:} ({@code ontology/matrix.ttl}), the Data Cube
 * and PROV terms it builds on (Jena has no vocabulary class for either) and the resources of the
 * matrix parameters. Node constants only, for graph-level code. {@code cg:} terms are in {@link CG},
 * resource IRIs and graph names in {@link Iris}, SKOS terms in Jena's {@code SKOS}.
 */
public final class CGM {
    private CGM() {}

    public static final String NS = "https://w3id.org/claimgraph/matrix#";
    public static final String QB = Prefixes.QB;
    public static final String PROV = Prefixes.PROV;

    /** The risk model resource in {@link Iris#PARAMETERS_GRAPH}. */
    public static final String RISK_MODEL = Iris.ID + "parameters/risk-model";

    private static Node n(String iri) {
        return NodeFactory.createURI(iri);
    }

    // classes
    public static final Node MaturityDataSet = n(NS + "MaturityDataSet");
    public static final Node MaturityObservation = n(NS + "MaturityObservation");
    public static final Node MaturityStructure = n(NS + "MaturityStructure");
    public static final Node RiskModel = n(NS + "RiskModel");
    public static final Node RiskFit = n(NS + "RiskFit");
    public static final Node Layer = n(NS + "Layer");
    public static final Node Element = n(NS + "Element");
    public static final Node Scenario = n(NS + "Scenario");
    public static final Node Phase = n(NS + "Phase");
    public static final Node LayerScheme = n(NS + "LayerScheme");
    public static final Node ElementScheme = n(NS + "ElementScheme");
    public static final Node ScenarioScheme = n(NS + "ScenarioScheme");
    public static final Node PhaseScheme = n(NS + "PhaseScheme");

    // properties
    public static final Node layer = n(NS + "layer");
    public static final Node element = n(NS + "element");
    public static final Node scenario = n(NS + "scenario");
    public static final Node phase = n(NS + "phase");
    public static final Node maturity = n(NS + "maturity");
    public static final Node tableIndex = n(NS + "tableIndex");
    public static final Node order = n(NS + "order");
    public static final Node lambda0 = n(NS + "lambda0");
    public static final Node lambda1 = n(NS + "lambda1");
    public static final Node lambda2 = n(NS + "lambda2");
    public static final Node lambda3 = n(NS + "lambda3");
    public static final Node theta = n(NS + "theta");
    public static final Node statusWeight = n(NS + "statusWeight");
    public static final Node sampleSize = n(NS + "sampleSize");
    public static final Node logLikelihood = n(NS + "logLikelihood");
    public static final Node iterations = n(NS + "iterations");
    public static final Node sourceFile = n(NS + "sourceFile");

    // Data Cube
    public static final Node qbDataSet = n(QB + "DataSet");
    public static final Node qbObservation = n(QB + "Observation");
    public static final Node qbDataSetProp = n(QB + "dataSet");
    public static final Node qbStructure = n(QB + "structure");

    // PROV
    public static final Node provActivity = n(PROV + "Activity");
    public static final Node provWasGeneratedBy = n(PROV + "wasGeneratedBy");
    public static final Node provEndedAtTime = n(PROV + "endedAtTime");

    /** The IRI of a dimension member, e.g. {@code https://w3id.org/claimgraph/id/element/quota}. */
    public static String memberIri(Dimensions.Kind kind, String slug) {
        return Iris.ID + kind.segment() + "/" + slug;
    }

    /** The node of a dimension member. */
    public static Node member(Dimensions.Kind kind, String slug) {
        return n(memberIri(kind, slug));
    }
}
