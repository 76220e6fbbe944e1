package org.claimgraph.store;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces one named graph of a remote store in request bodies of bounded size. A graph whose
 * N-Triples fit in one body ({@link #maxBodyBytes}) is sent with one Graph Store Protocol
 * {@code PUT} (atomic on the store). A larger one (the audit graph of 100 notes is over 10 MiB, a
 * claimgraph server's default limit) is sent in bodies of at most that size ({@link GraphBatches})
 * into a staging graph outside claimgraph's IRI space ({@value #STAGING}…, never listed by
 * {@link RemoteStore#graphs()}): {@code PUT} of the first, {@code POST} (merge) of the others; then
 * one SPARQL Update ({@code move-graph.rq}: {@code MOVE <staging> TO <target>}, which Fuseki and
 * Virtuoso 7 run as one request) puts it in place, so readers see the old graph or the new one,
 * never a part. When any step fails the staging graph is dropped ({@code drop-graph.rq}) and the
 * target keeps what it held.
 */
final class GraphWriter {
    private static final Logger LOG = LoggerFactory.getLogger(GraphWriter.class);

    /** Where large graphs are assembled: outside {@code cgid:}, so no reader of claimgraph's graphs sees them. */
    static final String STAGING = "https://w3id.org/claimgraph/staging/";

    /** The environment variable that sets the body limit (bytes), e.g. for a proxy with a smaller limit. */
    static final String ENV_MAX_BODY = "CLAIMGRAPH_STORE_MAX_BODY_BYTES";

    /**
     * Default body limit: 1 000 000 bytes, under the smallest limit commonly met in front of a store
     * (nginx's {@code client_max_body_size} default of 1 MiB; a claimgraph server's 10 MiB). A note
     * graph is a few kilobytes to a few hundred, so notes still go in one {@code PUT} each.
     */
    static final long DEFAULT_MAX_BODY_BYTES = 1_000_000;

    private final HttpClient http;
    private final RemoteStore.Endpoints endpoints;
    private final long maxBodyBytes;

    GraphWriter(HttpClient http, RemoteStore.Endpoints endpoints, long maxBodyBytes) {
        if (maxBodyBytes < 1) throw new IllegalArgumentException("a body limit must be positive: " + maxBodyBytes);
        this.http = http;
        this.endpoints = endpoints;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** The system property that sets the body limit when {@value #ENV_MAX_BODY} is not set. */
    static final String PROPERTY_MAX_BODY = "claimgraph.storeMaxBodyBytes";

    /**
     * The body limit set in {@value #ENV_MAX_BODY}, else in the system property
     * {@value #PROPERTY_MAX_BODY}, else {@link #DEFAULT_MAX_BODY_BYTES}.
     *
     * @throws IllegalArgumentException the setting is not a positive number
     */
    static long maxBodyBytes(Map<String, String> env) {
        String v = env.get(ENV_MAX_BODY);
        String from = ENV_MAX_BODY;
        if (v == null || v.isBlank()) {
            v = System.getProperty(PROPERTY_MAX_BODY);
            from = "-D" + PROPERTY_MAX_BODY;
        }
        if (v == null || v.isBlank()) return DEFAULT_MAX_BODY_BYTES;
        try {
            long n = Long.parseLong(v.strip());
            if (n > 0) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(from + " must be a positive number of bytes, got: " + v);
    }

    long maxBodyBytes() {
        return maxBodyBytes;
    }

    /**
     * Replaces the graph {@code graphIri} with {@code graph}; returns the number of bodies sent
     * (1 for a graph that fits in one). Store refusals come back as Jena's {@link HttpException}
     * with the store's status, for {@link RemoteStore} to explain.
     */
    int replace(String graphIri, Graph graph) {
        GraphBatches bodies = new GraphBatches(graph, maxBodyBytes);
        byte[] first = bodies.hasNext() ? bodies.next() : new byte[0];
        if (!bodies.hasNext()) {
            send("PUT", graphIri, first);
            return 1;
        }
        if (endpoints.update() == null) {
            LOG.warn(
                    "{} is over {} bytes but the store spec names no update= endpoint to swap a staged graph in: "
                            + "sent in one PUT (add ;update=URL to the spec to send it in bounded parts)",
                    graphIri,
                    maxBodyBytes);
            send("PUT", graphIri, GraphBatches.whole(graph));
            return 1;
        }
        String staging = STAGING + UUID.randomUUID();
        int sent = 0;
        try {
            send("PUT", staging, first);
            sent++;
            while (bodies.hasNext()) {
                send("POST", staging, bodies.next());
                sent++;
            }
            update("move-graph", q -> {
                q.setIri("staging", staging);
                q.setIri("target", graphIri);
            });
            return sent;
        } catch (RuntimeException e) {
            try {
                update("drop-graph", q -> q.setIri("g", staging));
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** One Graph Store Protocol request with an N-Triples body; a status other than 2xx is an {@link HttpException}. */
    private void send(String method, String graphIri, byte[] body) {
        String gsp = endpoints.gsp();
        URI uri = URI.create(
                gsp + (gsp.contains("?") ? "&" : "?") + "graph=" + URLEncoder.encode(graphIri, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/n-triples")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new HttpException(method + " " + gsp + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpException(method + " " + gsp + ": interrupted", e);
        }
        int status = response.statusCode();
        if (status / 100 != 2)
            throw new HttpException(status, method + " " + gsp + " answered " + status, response.body());
    }

    private void update(String name, java.util.function.Consumer<ParameterizedSparqlString> bind) {
        ParameterizedSparqlString q = StoreQueries.get(name);
        bind.accept(q);
        UpdateExecHTTP.newBuilder()
                .endpoint(endpoints.update())
                .httpClient(http)
                .update(q.asUpdate())
                .build()
                .execute();
    }
}
