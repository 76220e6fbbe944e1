package org.claimgraph.validate;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.claimgraph.rdf.Iris;

/** Terms of the audit vocabulary {@code ontology/audit.ttl} (namespace {@code cga:}), as Graph nodes. */
public final class CGA {
    private CGA() {}

    public static final String NS = "https://w3id.org/claimgraph/audit#";
    /** The named graph audit runs write (replaced on every run). */
    public static final String AUDIT_GRAPH = Iris.AUDIT_GRAPH;
    /** The resource carrying the audit parameters inside the validation data graph. */
    public static final String PARAMETERS = AUDIT_GRAPH + "/parameters";

    private static Node n(String local) {
        return NodeFactory.createURI(NS + local);
    }

    public static final Node AuditRun = n("AuditRun");
    public static final Node Parameters = n("Parameters");
    public static final Node Finding = n("Finding");
    public static final Node CoverageFinding = n("CoverageFinding");
    public static final Node MultiplierFinding = n("MultiplierFinding");
    public static final Node FindingKind = n("FindingKind");
    public static final Node NoteScope = n("NoteScope");
    public static final Node CorpusScope = n("CorpusScope");

    public static final Node asOf = n("asOf");
    public static final Node staleBefore = n("staleBefore");
    public static final Node inRun = n("inRun");
    public static final Node validationReport = n("validationReport");
    public static final Node severity = n("severity");
    public static final Node rule = n("rule");
    public static final Node shape = n("shape");
    public static final Node note = n("note");
    public static final Node sourcePath = n("sourcePath");
    public static final Node line = n("line");
    public static final Node section = n("section");
    public static final Node sectionPath = n("sectionPath");
    public static final Node claim = n("claim");
    public static final Node claimText = n("claimText");
    public static final Node focusNode = n("focusNode");
    public static final Node kind = n("kind");
    public static final Node message = n("message");
    public static final Node action = n("action");
    public static final Node validationResult = n("validationResult");
    public static final Node statedValue = n("statedValue");
    public static final Node computedValue = n("computedValue");
    public static final Node figures = n("figures");
    public static final Node annotatedSpots = n("annotatedSpots");
    public static final Node unannotatedClaims = n("unannotatedClaims");
    public static final Node scope = n("scope");
    public static final Node crossNoteKey = n("crossNoteKey");
    public static final Node leavesNote = n("leavesNote");
    public static final Node enclosedBy = n("enclosedBy");
}
