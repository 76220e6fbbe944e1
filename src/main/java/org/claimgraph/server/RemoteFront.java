package org.claimgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.system.Txn;
import org.claimgraph.rdf.Iris;
import org.claimgraph.sparql.CGF;
import org.claimgraph.sparql.MatrixCache;
import org.claimgraph.store.RemoteStore;
import org.claimgraph.store.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code serve --store sparql:URL}: the claimgraph server in front of a remote SPARQL store. A
 * servlet filter on the served dataset's path, after authentication, the request guard and the
 * default-graph check, before the result cache:
 * <ul>
 * <li>a query that does not use the {@code cgf:} namespace is passed to the store's query endpoint
 *     as it came (method, body, {@code Accept}), with the server's query timeout (over it: 503) and
 *     the store's credentials; the store's answer goes back as it is. <b>Exact</b>: the store
 *     answers.</li>
 * <li>a query that uses {@code cgf:} runs here, on the served in-memory dataset, which holds a copy
 *     of the quads the matrix functions read ({@link MatrixCache#predicates()}). The copy is
 *     re-read when a write went through this server, when the store's ingest and parameters graphs
 *     changed (one small read before each such query: every {@code claimgraph ingest --store} and
 *     {@code fit-risk} changes them), and at least every {@code refresh} otherwise (writers that
 *     bypass claimgraph). <b>Eventually consistent</b> for those other writers.</li>
 * <li>SPARQL Update ({@code /update}) and Graph Store requests ({@code /data}) go to the store's
 *     update and Graph Store endpoints; a write marks the copy stale.</li>
 * <li>{@code /audit} and {@code /export} read a full copy of the store per request
 *     ({@link #readable}); {@code /verify} (it rewrites a note file) is refused with 501.</li>
 * </ul>
 */
public final class RemoteFront implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(RemoteFront.class);
    /** The servlet attribute under which {@code ClaimgraphServer} hands the filter to {@code ClaimgraphModule}. */
    public static final String ATTRIBUTE = "org.claimgraph.server.RemoteFront";
    /** Set in the served dataset's context: {@link #readable} finds the front there. */
    public static final Symbol SYMBOL = Symbol.create("https://w3id.org/claimgraph/server#remoteFront");

    private final RemoteStore store;
    private final String datasetPath;
    private final DatasetGraph served;
    private final Duration refresh;
    private final long timeoutMillis;
    private String probe;
    private long loadedAt;
    private volatile boolean stale = true;
    private volatile long loads;

    /**
     * @param datasetPath   the served dataset's path, e.g. {@code /kg}
     * @param served        the served (in-memory) dataset, which receives the copy
     * @param refresh       the longest time a copy is used without re-reading it
     * @param timeoutMillis the query timeout for passed-on queries (0: none)
     */
    public RemoteFront(
            RemoteStore store, String datasetPath, DatasetGraph served, Duration refresh, long timeoutMillis) {
        this.store = store;
        this.datasetPath = datasetPath;
        this.served = served;
        this.refresh = refresh;
        this.timeoutMillis = timeoutMillis;
        served.getContext().set(SYMBOL, this);
    }

    /** The store behind this front. */
    public RemoteStore store() {
        return store;
    }

    /** How many times the copy was read from the store (tests). */
    public long loads() {
        return loads;
    }

    /**
     * The dataset a whole-corpus service (audit, export) should read: a fresh full copy of the
     * store when {@code dsg} is served in front of one, else {@code dsg} itself.
     */
    public static Dataset readable(DatasetGraph dsg) {
        Object front = dsg.getContext().get(SYMBOL);
        if (front instanceof RemoteFront f) return f.store.fetchInto(Stores.inMemory());
        return DatasetFactory.wrap(dsg);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String path = http.getRequestURI().substring(http.getContextPath().length());
        if (!path.equals(datasetPath) && !path.startsWith(datasetPath + "/")) {
            chain.doFilter(req, res);
            return;
        }
        String endpoint = path.length() <= datasetPath.length() ? "" : path.substring(datasetPath.length() + 1);
        switch (endpoint) {
            case "sparql", "query" -> query(http, response, chain);
            case "" -> {
                if (http.getParameter("query") != null) query(http, response, chain);
                else chain.doFilter(req, res);
            }
            case "update" -> write(http, response, store.endpoints().update(), "SPARQL Update");
            case "data", "get" -> graphStore(http, response);
            case "verify" ->
                fail(
                        response,
                        HttpServletResponse.SC_NOT_IMPLEMENTED,
                        "verify rewrites a note and re-ingests it into a local store; in front of a remote store run: claimgraph verify --store");
            default -> chain.doFilter(req, res);
        }
    }

    private void query(HttpServletRequest http, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String contentType =
                http.getContentType() == null ? "" : http.getContentType().toLowerCase(java.util.Locale.ROOT);
        byte[] body = null;
        String text;
        if ("POST".equals(http.getMethod()) && contentType.startsWith("application/sparql-query")) {
            body = http.getInputStream().readAllBytes();
            text = new String(body, StandardCharsets.UTF_8);
        } else {
            text = http.getParameter("query");
        }
        if (text != null && usesCgf(text)) {
            refreshIfNeeded();
            chain.doFilter(body == null ? http : new ReplayedBody(http, body), response);
            return;
        }
        if (body == null && "POST".equals(http.getMethod())) body = form(http.getParameterMap());
        String target = store.endpoints().query()
                + ("GET".equals(http.getMethod()) && http.getQueryString() != null ? "?" + http.getQueryString() : "");
        pass(http, response, target, body, timeoutMillis);
    }

    /** True when the query's text, its prefixes expanded, names the {@code cgf:} namespace (unparseable: false; the store says why). */
    static boolean usesCgf(String text) {
        try {
            var q = QueryFactory.create(text);
            q.getPrefixMapping().clearNsPrefixMap();
            return q.serialize().contains("<" + CGF.NS);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void graphStore(HttpServletRequest http, HttpServletResponse response) throws IOException {
        String m = http.getMethod();
        if ("GET".equals(m) || "HEAD".equals(m)) {
            String target =
                    store.endpoints().gsp() + (http.getQueryString() == null ? "" : "?" + http.getQueryString());
            pass(http, response, target, null, timeoutMillis);
        } else {
            write(http, response, store.endpoints().gsp(), "Graph Store Protocol");
        }
    }

    private void write(HttpServletRequest http, HttpServletResponse response, String endpoint, String what)
            throws IOException {
        if (endpoint == null) {
            fail(
                    response,
                    HttpServletResponse.SC_NOT_IMPLEMENTED,
                    "the store was given without an update endpoint: add ;update=URL to --store");
            return;
        }
        String ct = http.getContentType() == null ? "" : http.getContentType();
        byte[] body = ct.startsWith("application/x-www-form-urlencoded")
                ? form(http.getParameterMap())
                : http.getInputStream().readAllBytes();
        String target = endpoint
                + (http.getQueryString() == null || ct.startsWith("application/x-www-form-urlencoded")
                        ? ""
                        : "?" + http.getQueryString());
        int status = pass(http, response, target, body, 0);
        stale = true; // whatever the answer: the store may have changed
        LOG.debug("{} passed to the store: {}", what, status);
    }

    /** Sends the request on to {@code target} and copies the answer back; returns the store's status. */
    private int pass(HttpServletRequest http, HttpServletResponse response, String target, byte[] body, long timeout)
            throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(target));
        if (timeout > 0) b.timeout(Duration.ofMillis(timeout));
        String accept = http.getHeader("Accept");
        if (accept != null && !accept.isBlank()) b.header("Accept", accept);
        String ct = http.getContentType();
        if (body != null && ct != null) b.header("Content-Type", ct);
        b.method(
                http.getMethod(),
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpClient client = store.httpClient();
        HttpResponse<InputStream> answer;
        try {
            answer = client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            fail(
                    response,
                    HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "the store did not answer within the query timeout (" + timeout + " ms)");
            return 503;
        } catch (IOException e) {
            fail(response, HttpServletResponse.SC_BAD_GATEWAY, "the store could not be reached: " + e.getMessage());
            return 502;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "interrupted");
            return 503;
        }
        int status = answer.statusCode();
        if (status == 401 || status == 403) {
            answer.body().close();
            fail(
                    response,
                    HttpServletResponse.SC_BAD_GATEWAY,
                    "the store refused claimgraph's credentials (HTTP " + status
                            + "): set CLAIMGRAPH_STORE_USER/CLAIMGRAPH_STORE_PASSWORD or CLAIMGRAPH_STORE_TOKEN for the server");
            return status;
        }
        response.setStatus(status);
        answer.headers().firstValue("Content-Type").ifPresent(response::setContentType);
        response.setHeader("Cache-Control", "no-cache");
        try (InputStream in = answer.body()) {
            if (!"HEAD".equals(http.getMethod())) {
                OutputStream out = response.getOutputStream();
                in.transferTo(out);
                out.flush();
            }
        }
        return status;
    }

    /** Re-reads the copy when a write went through, the store's ingest/parameters graphs changed, or it is older than {@code refresh}. */
    public synchronized void refreshIfNeeded() {
        long now = System.nanoTime();
        String p = probe();
        if (!stale && p.equals(probe) && now - loadedAt < refresh.toNanos()) return;
        List<Quad> quads = store.quadsWith(MatrixCache.predicates());
        Txn.executeWrite(served, () -> {
            List<org.apache.jena.graph.Node> names = new java.util.ArrayList<>();
            served.listGraphNodes().forEachRemaining(names::add);
            for (org.apache.jena.graph.Node g : names)
                if (!g.getURI().equals(Iris.ONTOLOGY_GRAPH)) served.removeGraph(g);
            quads.forEach(served::add);
        });
        probe = p;
        loadedAt = now;
        stale = false;
        loads++;
        LOG.info(
                "read {} quads of matrix data from {}",
                quads.size(),
                store.endpoints().query());
    }

    /** What the store says about its data: its ingest and parameters graphs (small), as sorted N-Triples. */
    private String probe() {
        StringBuilder b = new StringBuilder();
        for (String g : List.of(Iris.INGEST_GRAPH, Iris.PARAMETERS_GRAPH)) {
            Graph graph = store.graph(g);
            java.io.StringWriter w = new java.io.StringWriter();
            RDFDataMgr.write(w, graph, Lang.NTRIPLES);
            b.append(g).append('\n').append(w.toString().lines().sorted().reduce("", (x, y) -> x + y + "\n"));
        }
        return Iris.hash(b.toString());
    }

    private static byte[] form(Map<String, String[]> params) {
        StringBuilder s = new StringBuilder();
        params.forEach((k, vs) -> {
            for (String v : vs) {
                if (!s.isEmpty()) s.append('&');
                s.append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void fail(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
