package org.claimgraph.validate;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The few {@code cg:} terms the audit reads directly (everything else is in SPARQL text).
 * Kept package-private until {@code org.claimgraph.rdf.CG} is on main; then replace the uses.
 */
final class Cg {
    private Cg() {}

    static final String NS = "https://w3id.org/claimgraph/ontology#";
    static final String ONTOLOGY_GRAPH = "https://w3id.org/claimgraph/id/graph/ontology";

    private static Node n(String local) { return NodeFactory.createURI(NS + local); }

    static final Node Note = n("Note");
    static final Node Claim = n("Claim");
    static final Node sourcePath = n("sourcePath");
    static final Node inNote = n("inNote");
    static final Node inSection = n("inSection");
    static final Node headingPath = n("headingPath");
    static final Node heading = n("heading");
    static final Node firstLine = n("firstLine");
    static final Node line = n("line");
    static final Node fromLine = n("fromLine");
    static final Node text = n("text");
    static final Node subject = n("subject");
    static final Node hasProvenance = n("hasProvenance");
    static final Node hasAssessment = n("hasAssessment");
    static final Node hasStatusAssertion = n("hasStatusAssertion");
    static final Node hasMeasurement = n("hasMeasurement");
    static final Node hasLineReference = n("hasLineReference");
    static final Node annotates = n("annotates");
    static final Node actualLine = n("actualLine");
    static final Node quotedFigure = n("quotedFigure");
    static final Node targetFirstLine = n("targetFirstLine");
    static final Node status = n("status");
}
