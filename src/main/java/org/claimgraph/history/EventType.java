package org.claimgraph.history;

import org.apache.jena.graph.Node;
import org.claimgraph.rdf.CGH;

/** The five kinds of claim event, with their class in {@code ontology/history.ttl} and their name in reports. */
public enum EventType {
    APPEARED(CGH.Appeared, "appeared"),
    STATUS_CHANGED(CGH.StatusChanged, "status-changed"),
    EVIDENCE_CHANGED(CGH.EvidenceChanged, "evidence-changed"),
    REVISED(CGH.Revised, "revised"),
    REMOVED(CGH.Removed, "removed");

    private final Node type;
    private final String label;

    EventType(Node type, String label) {
        this.type = type;
        this.label = label;
    }

    /** The event's class ({@code cgh:Appeared} …). */
    public Node type() {
        return type;
    }

    /** The name used in reports and on the command line ({@code status-changed} …). */
    public String label() {
        return label;
    }

    /** The event type of a class IRI, or null. */
    public static EventType of(Node type) {
        for (EventType t : values()) if (t.type.equals(type)) return t;
        return null;
    }
}
