package org.claimgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.claimgraph.matrix.Dimensions;

/**
 * Terms of the maturity matrix vocabulary {@code cgm:} ({@code ontology/matrix.ttl}), the Data Cube
 * terms it builds on, the resources of the matrix parameters, and aliases of the few {@code cg:}
 * core terms ({@link CG}) the matrix code reads. Node constants only, for graph-level code.
 */
public final class CGM {
    private CGM() {}

    public static final String NS = "https://w3id.org/claimgraph/matrix#";
    public static final String ID = "https://w3id.org/claimgraph/id/";
    public static final String QB = "http://purl.org/linked-data/cube#";
    public static final String CG = "https://w3id.org/claimgraph/ontology#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String PROV = "http://www.w3.org/ns/prov#";

    /** The named graph holding λ, θ and status weights. */
    public static final String PARAMETERS_GRAPH = ID + "graph/parameters";
    /** The risk model resource in {@link #PARAMETERS_GRAPH}. */
    public static final String RISK_MODEL = ID + "parameters/risk-model";

    private static Node n(String iri) { return NodeFactory.createURI(iri); }

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

    // cg: core terms the matrix code reads or writes (aliases of the vocabulary class CG)
    public static final Node cgInNote = org.claimgraph.rdf.CG.inNote;
    public static final Node cgLine = org.claimgraph.rdf.CG.line;
    public static final Node cgFirstLine = org.claimgraph.rdf.CG.firstLine;
    public static final Node cgLastLine = org.claimgraph.rdf.CG.lastLine;
    public static final Node cgHasProvenance = org.claimgraph.rdf.CG.hasProvenance;
    public static final Node cgHasStatusAssertion = org.claimgraph.rdf.CG.hasStatusAssertion;
    public static final Node cgStatus = org.claimgraph.rdf.CG.status;
    public static final Node cgAboutTool = org.claimgraph.rdf.CG.aboutTool;

    // SKOS / PROV
    public static final Node skosConcept = n(SKOS + "Concept");
    public static final Node skosInScheme = n(SKOS + "inScheme");
    public static final Node skosPrefLabel = n(SKOS + "prefLabel");
    public static final Node skosNotation = n(SKOS + "notation");
    public static final Node provWasGeneratedBy = n(PROV + "wasGeneratedBy");
    public static final Node provEndedAtTime = n(PROV + "endedAtTime");

    /** The IRI of a dimension member, e.g. {@code https://w3id.org/claimgraph/id/element/quota}. */
    public static String memberIri(Dimensions.Kind kind, String slug) {
        return ID + kind.segment() + "/" + slug;
    }

    /** The node of a dimension member. */
    public static Node member(Dimensions.Kind kind, String slug) {
        return n(memberIri(kind, slug));
    }

    /** The verification status concept {@code cg:X} for a notation such as {@code partially-verifiable}. */
    public static Node statusConcept(String notation) {
        StringBuilder b = new StringBuilder();
        for (String part : notation.split("-")) b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        return n(CG + b);
    }
}
