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
    /** {@code cgsrv:allowHosts "a,b"}: extra Host names a loopback server answers to ({@code --allow-host}). */
    public static final Property allowHosts = ResourceFactory.createProperty(NS, "allowHosts");
    /** {@code cgsrv:allowLoad "file:DIR,http,https"}: what SPARQL Update LOAD may read; absent or "" = LOAD refused. */
    public static final Property allowLoad = ResourceFactory.createProperty(NS, "allowLoad");
    /** {@code cgsrv:guard "violation|warning|off"}: refuse SPARQL Update and Graph Store writes that add findings of that severity or worse (default off). */
    public static final Property guard = ResourceFactory.createProperty(NS, "guard");
    /** {@code cgsrv:notesFolder "DIR"}: the served notes folder (set by {@code serve --docs}); LOAD's file: folders must lie inside it. */
    public static final Property notesFolder = ResourceFactory.createProperty(NS, "notesFolder");
    /** {@code cgsrv:maxAnonymousRequests N}: anonymous requests handled at once; more wait (default 12). */
    public static final Property maxAnonymousRequests = ResourceFactory.createProperty(NS, "maxAnonymousRequests");
    /** {@code cgsrv:minRequestBytesPerSecond N}: a request body sent slower is cut with 408 (default 1024). */
    public static final Property minRequestBytesPerSecond =
            ResourceFactory.createProperty(NS, "minRequestBytesPerSecond");
    /** {@code cgsrv:maxBufferedResultBytes N}: query results are held back up to this size so a timeout can still answer 503 (default 32 MiB). */
    public static final Property maxBufferedResultBytes = ResourceFactory.createProperty(NS, "maxBufferedResultBytes");
    /** IRI of the audit operation, used as {@code fuseki:operation cgsrv:audit}. */
    public static final String AUDIT_OPERATION = NS + "audit";
    /** IRI of the verify operation ({@code POST /kg/verify}), used as {@code fuseki:operation cgsrv:verify}. */
    public static final String VERIFY_OPERATION = NS + "verify";
    /** IRI of the export operation, used as {@code fuseki:operation cgsrv:export}. */
    public static final String EXPORT_OPERATION = NS + "export";
}
