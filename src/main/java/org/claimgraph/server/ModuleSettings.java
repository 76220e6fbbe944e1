package org.claimgraph.server;

import org.apache.jena.fuseki.build.FusekiConfig;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;

/** The {@code cgsrv:} settings of the {@code fuseki:Server} resource, with their defaults. */
record ModuleSettings(boolean ui, long maxRequestBytes, String corsOrigins, boolean corsConfigured) {

    static final long DEFAULT_MAX_REQUEST_BYTES = 10L * 1024 * 1024;

    static ModuleSettings from(Model configModel) {
        Resource server = configModel == null ? null : FusekiConfig.findServer(configModel);
        if (server == null) return new ModuleSettings(true, DEFAULT_MAX_REQUEST_BYTES, "", false);
        Statement cors = server.getProperty(ServerVocab.corsOrigins);
        return new ModuleSettings(
                bool(server, ServerVocab.ui, true),
                server.hasProperty(ServerVocab.maxRequestBytes)
                        ? server.getProperty(ServerVocab.maxRequestBytes).getLong()
                        : DEFAULT_MAX_REQUEST_BYTES,
                cors == null ? "" : cors.getString().strip(),
                cors != null);
    }

    private static boolean bool(Resource r, Property p, boolean dft) {
        Statement s = r.getProperty(p);
        return s == null ? dft : s.getBoolean();
    }
}
