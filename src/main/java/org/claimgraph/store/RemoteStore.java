package org.claimgraph.store;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.http.HttpEnv;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkHTTP;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.claimgraph.rdf.CG;

/**
 * A SPARQL 1.1 store on the network (another Fuseki, GraphDB, Virtuoso, Neptune, Stardog …)
 * used through the standard protocols only: SPARQL Query for reading and the Graph Store
 * Protocol for writing, one named graph per note, each replaced with a single {@code PUT} (a graph
 * larger than one request body: in parts, swapped in by one update, {@link GraphWriter}).
 *
 * <p>Spec: {@code sparql:BASE} for Fuseki-style datasets ({@code BASE/sparql}, {@code BASE/update},
 * {@code BASE/data}), or {@code sparql:query=URL;gsp=URL[;update=URL]} when the endpoints do not
 * share a base (GraphDB: {@code query=…/repositories/R;gsp=…/repositories/R/rdf-graphs/service}).
 * Credentials come from {@code user:password@} in the URL, from the environment
 * ({@value #ENV_USER}, {@value #ENV_PASSWORD}, or a bearer token in {@code CLAIMGRAPH_STORE_TOKEN}) or
 * from {@link #connect(String, StoreCredentials)}; they answer whichever challenge the store sends,
 * HTTP Digest or Basic ({@link AuthenticatingHttpClient}), and never appear in a message.
 *
 * <p>Notes are written by {@code NotePipeline.builder(remoteStore)}: extracted and mapped locally,
 * each note's graph PUT as soon as it is ready ({@link GspSink}), so a note that fails leaves its
 * remote graph as it was. Reads for validate/audit/export copy the
 * named graphs into a local dataset ({@link #fetch()}), so those commands run unchanged; the
 * {@code cgf:} functions need our server or our jar in the remote store's JVM (see README).
 */
public final class RemoteStore implements AutoCloseable {
    /** The scheme prefix of a remote store spec. */
    public static final String SCHEME = "sparql:";

    /** The three endpoints, as absolute URLs. {@code update} may be null (never needed for writes here). */
    public record Endpoints(String query, String update, String gsp) {}

    private final Endpoints endpoints;
    private final StoreCredentials credentials;
    private final HttpClient http;
    private final RDFLink link;
    private final GraphWriter writer;

    private RemoteStore(Endpoints endpoints, StoreCredentials credentials, HttpClient http, long maxBodyBytes) {
        this.endpoints = endpoints;
        this.credentials = credentials;
        this.http = http;
        this.writer = new GraphWriter(http, endpoints, maxBodyBytes);
        var b = RDFLinkHTTP.newBuilder()
                .queryEndpoint(endpoints.query())
                .gspEndpoint(endpoints.gsp())
                // N-Triples, not Turtle: Virtuoso 7.2's Graph Store endpoint answers 201 to a Turtle
                // body with @prefix lines and stores nothing (docs/remote-store.md, "Dialects").
                .triplesFormat(RDFFormat.NTRIPLES)
                .quadsFormat(RDFFormat.NQUADS)
                .httpClient(http);
        if (endpoints.update() != null) b.updateEndpoint(endpoints.update());
        this.link = b.build();
    }

    /** True when {@code spec} names a remote store ({@code sparql:…}). */
    public static boolean isRemote(String spec) {
        return spec != null && spec.startsWith(SCHEME);
    }

    /** Environment variables read for basic auth when the URL carries no credentials. */
    public static final String ENV_USER = StoreCredentials.ENV_USER;

    public static final String ENV_PASSWORD = StoreCredentials.ENV_PASSWORD;

    /**
     * Connects using credentials from the URL's user-info or, when it has none, from the
     * environment variables {@value #ENV_USER} and {@value #ENV_PASSWORD} (which, unlike a URL,
     * do not show up in the process list).
     */
    public static RemoteStore connect(String spec) {
        return connect(spec, System.getenv());
    }

    static RemoteStore connect(String spec, java.util.Map<String, String> env) {
        boolean urlHasUser = spec.matches("^sparql:(?:.*[=;])?https?://[^/@;]*@.*");
        return connect(spec, urlHasUser ? StoreCredentials.none() : StoreCredentials.fromEnvironment(env));
    }

    /**
     * Connects to the store named by {@code spec}; {@code user}/{@code password} (both null for
     * none) override credentials in the URL. Nothing is sent until the first operation.
     *
     * @throws IllegalArgumentException with what is wrong when the spec cannot be understood
     */
    public static RemoteStore connect(String spec, String user, String password) {
        return connect(spec, user == null ? StoreCredentials.none() : StoreCredentials.password(user, password));
    }

    /**
     * Connects to the store named by {@code spec} with {@code credentials}; a {@code user:password@}
     * in the URL is used only when {@code credentials} name no user and no token.
     *
     * @throws IllegalArgumentException with what is wrong when the spec cannot be understood
     */
    public static RemoteStore connect(String spec, StoreCredentials credentials) {
        return connect(spec, credentials, GraphWriter.maxBodyBytes(System.getenv()));
    }

    /**
     * As {@link #connect(String, StoreCredentials)}, with graphs written in request bodies of at most
     * {@code maxBodyBytes} ({@link GraphWriter}; default {@value GraphWriter#DEFAULT_MAX_BODY_BYTES}, or
     * {@code CLAIMGRAPH_STORE_MAX_BODY_BYTES}).
     */
    public static RemoteStore connect(String spec, StoreCredentials credentials, long maxBodyBytes) {
        RemoteSpec read = RemoteSpec.parse(spec, credentials);
        return new RemoteStore(
                read.endpoints(),
                read.credentials(),
                new AuthenticatingHttpClient(HttpEnv.httpClientBuilder().build(), read.credentials()),
                maxBodyBytes);
    }

    /**
     * One line on how this store deviates from SPARQL 1.1 and what claimgraph does about it, when
     * it is a store known to deviate ({@link StoreDialect}); empty for a store that behaves as the
     * standard says. Costs one {@code ASK {}}.
     */
    public java.util.Optional<String> dialect() {
        return StoreDialect.of(http, endpoints.query());
    }

    /** {@code spec} with every {@code user:password@} removed, for messages and logs. */
    public static String redact(String spec) {
        return RemoteSpec.redact(spec);
    }

    public Endpoints endpoints() {
        return endpoints;
    }

    /** The HTTP client that answers the store's challenges (for requests passed on as they came, {@code serve --store}). */
    public HttpClient httpClient() {
        return http;
    }

    /**
     * The quads of claimgraph's graphs whose predicate is one of {@code predicates}, in one
     * {@code SELECT} (blank nodes keep their identity within it), booleans canonical.
     */
    public List<org.apache.jena.sparql.core.Quad> quadsWith(List<Node> predicates) {
        ParameterizedSparqlString q = StoreQueries.get("quads-with");
        q.setValues(
                "predicates",
                predicates.stream()
                        .map(p -> ResourceFactory.createResource(p.getURI()))
                        .toList());
        List<org.apache.jena.sparql.core.Quad> out = new ArrayList<>();
        refusals(() -> link.querySelect(
                ours(q),
                b -> out.add(org.apache.jena.sparql.core.Quad.create(
                        b.get("g"), b.get("s"), b.get("p"), StoreDialect.canonicalBoolean(b.get("o"))))));
        return out;
    }

    /** The underlying link, for queries sent straight to the store. */
    public RDFLink link() {
        return link;
    }

    /** Replaces every named graph of {@code local} on the store (the stored default graph is not sent), one graph in memory at a time. */
    public int pushAll(Dataset local) {
        DatasetGraph dsg = local.asDatasetGraph();
        List<String> names = Txn.calculateRead(dsg, () -> {
            List<String> l = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(g -> l.add(g.getURI()));
            return l;
        });
        push(local, names);
        return names.size();
    }

    /** Replaces the named graphs {@code graphIris} of {@code local} on the store (e.g. the audit graph after an audit). */
    public void push(Dataset local, Collection<String> graphIris) {
        DatasetGraph dsg = local.asDatasetGraph();
        for (String iri : graphIris) {
            Graph copy = Txn.calculateRead(dsg, () -> {
                Graph c = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                dsg.getGraph(NodeFactory.createURI(iri)).find().forEachRemaining(c::add);
                return c;
            });
            putGraph(iri, copy);
        }
    }

    /**
     * Replaces one named graph: one Graph Store Protocol {@code PUT} when it fits in one request body,
     * else in bounded parts through a staging graph swapped in by one update ({@link GraphWriter});
     * returns the number of bodies sent. Readers see the old graph or the new one.
     */
    public int putGraph(String graphIri, Graph graph) {
        int[] sent = {0};
        refusals(() -> sent[0] = writer.replace(graphIri, graph));
        return sent[0];
    }

    /** Deletes one named graph; false when the store did not have it. */
    public boolean dropGraph(String graphIri) {
        if (!graphs().contains(graphIri)) return false;
        refusals(() -> link.delete(NodeFactory.createURI(graphIri)));
        return true;
    }

    /**
     * Drops the graph of the note whose {@code cg:sourcePath} is {@code relativePath}, found by a
     * query (so the graph-naming rule stays in one place, the mapper); false when absent.
     */
    public boolean dropNote(String relativePath) {
        ParameterizedSparqlString q = StoreQueries.get("note-graphs");
        q.setParam("sourcePath", CG.sourcePath);
        q.setLiteral("path", relativePath);
        List<Node> found = new ArrayList<>();
        refusals(() -> link.querySelect(q.toString(), b -> found.add(b.get("g"))));
        for (Node g : found) refusals(() -> link.delete(g));
        return !found.isEmpty();
    }

    /**
     * {@code query} with {@code ?ours} bound to claimgraph's IRI space: a store may hold graphs
     * that are not ours (Virtuoso keeps its own system graphs beside the data), and claimgraph reads
     * and replaces only graphs under {@code cgid:}.
     */
    private static String ours(String query) {
        return ours(new ParameterizedSparqlString(query));
    }

    private static String ours(ParameterizedSparqlString q) {
        q.setLiteral("ours", org.claimgraph.rdf.Iris.ID);
        return q.toString();
    }

    /** The IRIs of claimgraph's named graphs in the store (under {@code cgid:}), sorted. */
    public List<String> graphs() {
        List<String> out = new ArrayList<>();
        refusals(() -> link.querySelect(
                ours(StoreQueries.get("our-graphs")), b -> out.add(b.get("g").getURI())));
        out.sort(null);
        return out;
    }

    /**
     * Copies every named graph of the store under {@code cgid:} into {@code target}, note graph by
     * note graph: the graphs are listed, then each is read with one {@code CONSTRUCT} and added, so
     * at most one graph's result is held beside {@code target} (no result set of the whole store).
     * Blank nodes keep their identity within a graph (claimgraph's graphs share none).
     */
    public Dataset fetchInto(Dataset target) {
        DatasetGraph dsg = target.asDatasetGraph();
        for (String iri : graphs()) {
            Node g = NodeFactory.createURI(iri);
            Graph one = graph(iri);
            Txn.executeWrite(
                    dsg,
                    () -> one.find()
                            .forEachRemaining(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject())));
        }
        return target;
    }

    /** Results at least this large are checked against a count: a store may cap a result silently. */
    static final int CAP_CHECK = 1000;

    /**
     * One named graph of the store, read with {@code CONSTRUCT} through the query endpoint (readable
     * without the write credentials; every SPARQL 1.1 store answers it), booleans in canonical form
     * ({@link StoreDialect#canonicalBoolean}). Empty when the store has no such graph.
     *
     * @throws StoreException when the store capped the result (Virtuoso's {@code ResultSetMaxRows})
     */
    public Graph graph(String graphIri) {
        ParameterizedSparqlString q = StoreQueries.get("graph");
        q.setIri("g", graphIri);
        Graph out = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        // N-Triples back: Virtuoso 7.2's Turtle writer prints "6"^^xsd:decimal as a bare 6, which Turtle
        // reads as an xsd:integer (docs/remote-store.md, "Dialects")
        refusals(() -> org.apache.jena.sparql.exec.http.QueryExecHTTP.newBuilder()
                .endpoint(endpoints.query())
                .httpClient(http)
                .query(q.toString())
                .acceptHeader("application/n-triples")
                .construct()
                .find()
                .forEachRemaining(
                        t -> out.add(t.getSubject(), t.getPredicate(), StoreDialect.canonicalBoolean(t.getObject()))));
        if (out.size() >= CAP_CHECK) {
            long stored = count(graphIri);
            if (stored > out.size())
                throw new StoreException(
                        "the store returned " + out.size() + " of the " + stored + " triples of " + graphIri
                                + ": it caps results (Virtuoso: raise ResultSetMaxRows in the [SPARQL] section of virtuoso.ini)");
        }
        return out;
    }

    /** How many triples the store holds in one named graph. */
    public long count(String graphIri) {
        ParameterizedSparqlString q = StoreQueries.get("graph-size");
        q.setIri("g", graphIri);
        long[] n = {0};
        refusals(() -> link.querySelect(
                q.toString(), b -> n[0] = b.get("n").getLiteralValue() instanceof Number x ? x.longValue() : 0));
        return n[0];
    }

    /** A local, in-memory copy of the store (union default graph) for validate, audit and export. */
    public Dataset fetch() {
        return fetchInto(Stores.inMemory());
    }

    /**
     * Runs one operation against the store. A refusal of the credentials (401, 403) becomes a
     * {@link StoreException} naming the endpoints and the user, never a secret; other failures pass.
     */
    private void refusals(Runnable op) {
        try {
            op.run();
        } catch (org.apache.jena.atlas.web.HttpException e) {
            throw refused(e.getStatusCode() == -1 ? probedStatus(e) : e.getStatusCode(), e);
        } catch (org.apache.jena.sparql.engine.http.QueryExceptionHTTP e) {
            throw refused(e.getStatusCode(), e);
        }
    }

    /** The status of a refusal found only by probing after a closed connection, else -1. */
    private static int probedStatus(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) if (t instanceof RefusedConnection r) return r.status();
        return -1;
    }

    private RuntimeException refused(int status, RuntimeException e) {
        if (status == 413)
            return new StoreException(
                    "the store refused a request body as too large (HTTP 413) at " + endpoints.gsp()
                            + ": raise the store's request size limit (a claimgraph server: cgsrv:maxRequestBytes) or lower "
                            + "the size of the parts claimgraph sends (" + GraphWriter.ENV_MAX_BODY + ", now "
                            + writer.maxBodyBytes() + " bytes; triples that share blank nodes are never split)",
                    e);
        if (status != 401 && status != 403) return e;
        return new StoreException(
                "the store refused the request (HTTP " + status + ", " + credentials + ") at "
                        + endpoints.gsp() + " / " + endpoints.query() + ": give the store's credentials in " + ENV_USER
                        + " and "
                        + ENV_PASSWORD + ", in " + StoreCredentials.ENV_TOKEN + ", or as user:password@ in the URL",
                e);
    }

    @Override
    public void close() {
        link.close();
    }
}
