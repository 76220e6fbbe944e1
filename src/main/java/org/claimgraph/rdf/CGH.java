package org.claimgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Vocabulary of the claim history {@code cgh:} ({@code ontology/history.ttl}), namespace
 * {@value #NS}, plus the PROV-O terms the history graph uses. Node constants only; the history
 * resources (runs, note versions, events) are minted by {@code org.claimgraph.history}.
 */
public final class CGH {
    static {
        org.apache.jena.sys.JenaSystem.init();
    } // before any vocabulary constant

    private CGH() {}

    /** The history namespace. */
    public static final String NS = "https://w3id.org/claimgraph/history#";
    /** The ontology IRI of the history vocabulary. */
    public static final String ONTOLOGY = "https://w3id.org/claimgraph/history";
    /** The named graph holding runs, note versions and events. */
    public static final String HISTORY_GRAPH = Iris.ID + "graph/history";
    /** PROV-O namespace. */
    public static final String PROV = Prefixes.PROV;

    private static Node n(String local) {
        return NodeFactory.createURI(NS + local);
    }

    private static Node prov(String local) {
        return NodeFactory.createURI(PROV + local);
    }

    /** {@link #HISTORY_GRAPH} as a node. */
    public static final Node historyGraph = NodeFactory.createURI(HISTORY_GRAPH);

    // ---- classes
    public static final Node Run = n("Run");
    public static final Node NoteVersion = n("NoteVersion");
    public static final Node ClaimEvent = n("ClaimEvent");
    public static final Node Appeared = n("Appeared");
    public static final Node StatusChanged = n("StatusChanged");
    public static final Node EvidenceChanged = n("EvidenceChanged");
    public static final Node Revised = n("Revised");
    public static final Node Removed = n("Removed");

    // ---- properties
    public static final Node toolVersion = n("toolVersion");
    public static final Node commitId = n("commitId");
    public static final Node commitTime = n("commitTime");
    public static final Node commitAuthor = n("commitAuthor");
    public static final Node note = n("note");
    public static final Node path = n("path");
    public static final Node sha256 = n("sha256");
    public static final Node addedTriples = n("addedTriples");
    public static final Node removedTriples = n("removedTriples");
    public static final Node newNote = n("newNote");
    public static final Node run = n("run");
    public static final Node claim = n("claim");
    public static final Node previousClaim = n("previousClaim");
    public static final Node line = n("line");
    public static final Node text = n("text");
    public static final Node textBefore = n("textBefore");
    public static final Node claimKind = n("claimKind");
    public static final Node statusBefore = n("statusBefore");
    public static final Node statusAfter = n("statusAfter");
    public static final Node methodBefore = n("methodBefore");
    public static final Node methodAfter = n("methodAfter");
    public static final Node environmentBefore = n("environmentBefore");
    public static final Node environmentAfter = n("environmentAfter");
    public static final Node updatedBefore = n("updatedBefore");
    public static final Node updatedAfter = n("updatedAfter");
    public static final Node sourceTypeBefore = n("sourceTypeBefore");
    public static final Node sourceTypeAfter = n("sourceTypeAfter");

    // ---- PROV-O terms used by the history graph (not ours: not declared in ontology/)
    public static final Node provActivity = prov("Activity");
    public static final Node provAgent = prov("Agent");
    public static final Node startedAtTime = prov("startedAtTime");
    public static final Node atTime = prov("atTime");
    public static final Node wasAssociatedWith = prov("wasAssociatedWith");
    public static final Node wasGeneratedBy = prov("wasGeneratedBy");
    public static final Node wasRevisionOf = prov("wasRevisionOf");
}
