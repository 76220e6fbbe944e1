package org.claimgraph.validate;

import org.apache.jena.graph.Node;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.Iris;

/** Short aliases for the {@code cg:} terms the audit reads directly; the terms themselves live in {@link CG}. */
final class Cg {
    private Cg() {}

    static final String NS = CG.NS;
    static final String ONTOLOGY_GRAPH = Iris.ONTOLOGY_GRAPH;

    static final Node Note = CG.Note;
    static final Node Claim = CG.Claim;
    static final Node sourcePath = CG.sourcePath;
    static final Node inNote = CG.inNote;
    static final Node inSection = CG.inSection;
    static final Node headingPath = CG.headingPath;
    static final Node heading = CG.heading;
    static final Node firstLine = CG.firstLine;
    static final Node lastLine = CG.lastLine;
    static final Node line = CG.line;
    static final Node fromLine = CG.fromLine;
    static final Node text = CG.text;
    static final Node subject = CG.subject;
    static final Node hasProvenance = CG.hasProvenance;
    static final Node hasAssessment = CG.hasAssessment;
    static final Node hasStatusAssertion = CG.hasStatusAssertion;
    static final Node hasMeasurement = CG.hasMeasurement;
    static final Node hasLineReference = CG.hasLineReference;
    static final Node annotates = CG.annotates;
    static final Node actualLine = CG.actualLine;
    static final Node quotedFigure = CG.quotedFigure;
    static final Node targetFirstLine = CG.targetFirstLine;
    static final Node status = CG.status;
}
