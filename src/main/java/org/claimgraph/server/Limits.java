package org.claimgraph.server;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.fuseki.build.FusekiConfig;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;

/**
 * The resource and trust limits of a server (the {@code cgsrv:} hardening settings of the
 * {@code fuseki:Server} resource), with their defaults. Read once by {@link ClaimgraphModule}.
 *
 * @param allowHosts extra Host names answered on loopback ({@link HostCheck})
 * @param allowLoad what LOAD may read ({@link LoadPolicy#parse}); "" = nothing
 * @param notesFolder the served notes folder, "" when none
 * @param maxAnonymousRequests anonymous requests in progress at once ({@link AnonymousLimit})
 * @param minRequestBytesPerSecond slowest accepted request body
 * @param maxBufferedResultBytes query results held back so a timeout still gets a clean 503 ({@link ResultBuffer})
 * @param guard guard mode: "violation", "warning", or "" / "off" ({@link AuditedWrites})
 */
record Limits(
        Set<String> allowHosts,
        String allowLoad,
        String notesFolder,
        int maxAnonymousRequests,
        long minRequestBytesPerSecond,
        long maxBufferedResultBytes,
        String guard) {

    static final int DEFAULT_MAX_ANONYMOUS = 12;
    static final long DEFAULT_MIN_RATE = 1024;
    static final long DEFAULT_RESULT_BUFFER = 32L * 1024 * 1024;

    static Limits from(Model configModel) {
        Resource server = configModel == null ? null : FusekiConfig.findServer(configModel);
        if (server == null)
            return new Limits(Set.of(), "", "", DEFAULT_MAX_ANONYMOUS, DEFAULT_MIN_RATE, DEFAULT_RESULT_BUFFER, "");
        return new Limits(
                Arrays.stream(string(server, ServerVocab.allowHosts).split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .collect(Collectors.toUnmodifiableSet()),
                string(server, ServerVocab.allowLoad),
                string(server, ServerVocab.notesFolder),
                (int) number(server, ServerVocab.maxAnonymousRequests, DEFAULT_MAX_ANONYMOUS),
                number(server, ServerVocab.minRequestBytesPerSecond, DEFAULT_MIN_RATE),
                number(server, ServerVocab.maxBufferedResultBytes, DEFAULT_RESULT_BUFFER),
                string(server, ServerVocab.guard));
    }

    /** The LOAD policy these settings describe. */
    LoadPolicy loadPolicy() {
        return LoadPolicy.parse(allowLoad, notesFolder.isEmpty() ? null : java.nio.file.Path.of(notesFolder));
    }

    private static String string(Resource r, Property p) {
        Statement s = r.getProperty(p);
        return s == null ? "" : s.getString().strip();
    }

    private static long number(Resource r, Property p, long dft) {
        Statement s = r.getProperty(p);
        return s == null ? dft : s.getLong();
    }
}
