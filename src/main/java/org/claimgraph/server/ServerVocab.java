package org.claimgraph.server;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of the claimgraph server configuration ({@code cgsrv:}), used on the {@code fuseki:Server}
 * resource of a Fuseki configuration file and as the IRI of the audit operation.
 */
public final class ServerVocab {
    private ServerVocab() {}

    public static final String NS = "https://w3id.org/claimgraph/server#";

    /** {@code cgsrv:ui true|false}: serve the Fuseki UI at {@code /} (default true). */
    public static final Property ui = ResourceFactory.createProperty(NS, "ui");
    /** {@code cgsrv:maxRequestBytes N}: largest request body accepted; larger ones get 413. */
    public static final Property maxRequestBytes = ResourceFactory.createProperty(NS, "maxRequestBytes");
    /** {@code cgsrv:corsOrigins "a,b"}: origins allowed by CORS; "" none, "*" any. */
    public static final Property corsOrigins = ResourceFactory.createProperty(NS, "corsOrigins");
    /** IRI of the audit operation, used as {@code fuseki:operation cgsrv:audit}. */
    public static final String AUDIT_OPERATION = NS + "audit";
    /** IRI of the export operation, used as {@code fuseki:operation cgsrv:export}. */
    public static final String EXPORT_OPERATION = NS + "export";
}
