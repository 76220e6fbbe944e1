package org.claimgraph.store;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.http.HttpEnv;
import org.apache.jena.http.auth.AuthLib;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkHTTP;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * A SPARQL 1.1 store on the network (another Fuseki, GraphDB, Virtuoso, Neptune, Stardog …)
 * used through the standard protocols only: SPARQL Query for reading and the Graph Store
 * Protocol for writing, one named graph per note, each replaced with a single {@code PUT}.
 *
 * <p>Spec: {@code sparql:BASE} for Fuseki-style datasets ({@code BASE/sparql}, {@code BASE/update},
 * {@code BASE/data}), or {@code sparql:query=URL;gsp=URL[;update=URL]} when the endpoints do not
 * share a base (GraphDB: {@code query=…/repositories/R;gsp=…/repositories/R/rdf-graphs/service}).
 * Basic auth comes from {@code user:password@} in the URL, from the environment
 * ({@value #ENV_USER}, {@value #ENV_PASSWORD}) or from {@link #connect(String, String, String)}.
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

    private static final String CG = "https://w3id.org/claimgraph/ontology#";

    private final Endpoints endpoints;
    private final RDFLink link;

    private RemoteStore(Endpoints endpoints, HttpClient http) {
        this.endpoints = endpoints;
        var b = RDFLinkHTTP.newBuilder()
                .queryEndpoint(endpoints.query())
                .gspEndpoint(endpoints.gsp())
                .httpClient(http);
        if (endpoints.update() != null) b.updateEndpoint(endpoints.update());
        this.link = b.build();
    }

    /** True when {@code spec} names a remote store ({@code sparql:…}). */
    public static boolean isRemote(String spec) {
        return spec != null && spec.startsWith(SCHEME);
    }

    /** Environment variables read for basic auth when the URL carries no credentials. */
    public static final String ENV_USER = "CLAIMGRAPH_STORE_USER";
    public static final String ENV_PASSWORD = "CLAIMGRAPH_STORE_PASSWORD";

    /**
     * Connects using credentials from the URL's user-info or, when it has none, from the
     * environment variables {@value #ENV_USER} and {@value #ENV_PASSWORD} (which, unlike a URL,
     * do not show up in the process list).
     */
    public static RemoteStore connect(String spec) {
        return connect(spec, System.getenv());
    }

    static RemoteStore connect(String spec, java.util.Map<String, String> env) {
        String user = env.get(ENV_USER);
        boolean urlHasUser = spec.matches("^sparql:(?:.*[=;])?https?://[^/@;]*@.*");
        return urlHasUser || user == null ? connect(spec, null, null) : connect(spec, user, env.getOrDefault(ENV_PASSWORD, ""));
    }

    /**
     * Connects to the store named by {@code spec}; {@code user}/{@code password} (both null for
     * none) override credentials in the URL. Nothing is sent until the first operation.
     *
     * @throws IllegalArgumentException with what is wrong when the spec cannot be understood
     */
    public static RemoteStore connect(String spec, String user, String password) {
        if (!isRemote(spec)) throw new IllegalArgumentException("a remote store is written sparql:URL, got: " + spec);
        String body = spec.substring(SCHEME.length());
        String[] cred = {user, password};
        Endpoints e;
        if (body.startsWith("query=")) {
            String q = null, u = null, g = null;
            for (String part : body.split(";")) {
                int eq = part.indexOf('=');
                if (eq < 0) throw new IllegalArgumentException("expected key=URL in " + spec + " at '" + part + "'");
                String v = stripUserInfo(part.substring(eq + 1), cred);
                switch (part.substring(0, eq)) {
                    case "query" -> q = v;
                    case "update" -> u = v;
                    case "gsp" -> g = v;
                    default -> throw new IllegalArgumentException("unknown key '" + part.substring(0, eq)
                            + "' in " + spec + " (use query=, gsp=, update=)");
                }
            }
            if (q == null || g == null) throw new IllegalArgumentException("both query= and gsp= are needed in " + spec);
            e = new Endpoints(q, u, g);
        } else {
            String base = stripUserInfo(body, cred).replaceAll("/+$", "");
            e = new Endpoints(base + "/sparql", base + "/update", base + "/data");
        }
        HttpClient.Builder hb = HttpEnv.httpClientBuilder();
        if (cred[0] != null) hb.authenticator(AuthLib.authenticator(cred[0], Objects.requireNonNullElse(cred[1], "")));
        return new RemoteStore(e, hb.build());
    }

    /** Removes {@code user:password@} from an http(s) URL, storing them in {@code cred} when not set. */
    private static String stripUserInfo(String url, String[] cred) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("not a URL: " + url + " (" + ex.getMessage() + ")", ex);
        }
        if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
            throw new IllegalArgumentException("remote store URL must be http or https: " + url);
        }
        String info = uri.getRawUserInfo();
        if (info == null) return url;
        int colon = info.indexOf(':');
        if (cred[0] == null) {
            cred[0] = URLDecoder.decode(colon < 0 ? info : info.substring(0, colon), StandardCharsets.UTF_8);
            cred[1] = colon < 0 ? "" : URLDecoder.decode(info.substring(colon + 1), StandardCharsets.UTF_8);
        }
        return url.replaceFirst("//\\Q" + info + "\\E@", "//");
    }

    public Endpoints endpoints() { return endpoints; }

    /** The underlying link, for queries sent straight to the store. */
    public RDFLink link() { return link; }

    /** PUTs every named graph of {@code local} (the stored default graph is not sent), one graph in memory at a time. */
    public int pushAll(Dataset local) {
        DatasetGraph dsg = local.asDatasetGraph();
        List<Node> names = Txn.calculateRead(dsg, () -> {
            List<Node> l = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(l::add);
            return l;
        });
        for (Node g : names) link.put(g, copyOf(dsg, g));
        return names.size();
    }

    private static Graph copyOf(DatasetGraph dsg, Node g) {
        return Txn.calculateRead(dsg, () -> {
            Graph c = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            dsg.getGraph(g).find().forEachRemaining(c::add);
            return c;
        });
    }

    /** PUTs the named graphs {@code graphIris} of {@code local} (e.g. the audit graph after an audit). */
    public void push(Dataset local, Collection<String> graphIris) {
        DatasetGraph dsg = local.asDatasetGraph();
        for (String iri : graphIris) {
            Node g = NodeFactory.createURI(iri);
            link.put(g, copyOf(dsg, g));
        }
    }

    /** Replaces one named graph. */
    public void putGraph(String graphIri, Graph graph) {
        link.put(NodeFactory.createURI(graphIri), graph);
    }

    /** Deletes one named graph; false when the store did not have it. */
    public boolean dropGraph(String graphIri) {
        if (!graphs().contains(graphIri)) return false;
        link.delete(NodeFactory.createURI(graphIri));
        return true;
    }

    /**
     * Drops the graph of the note whose {@code cg:sourcePath} is {@code relativePath}, found by a
     * query (so the graph-naming rule stays in one place, the mapper); false when absent.
     */
    public boolean dropNote(String relativePath) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(
                "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?note ?sourcePath ?path } }");
        q.setIri("sourcePath", CG + "sourcePath");
        q.setLiteral("path", relativePath);
        List<Node> found = new ArrayList<>();
        link.querySelect(q.toString(), b -> found.add(b.get("g")));
        for (Node g : found) link.delete(g);
        return !found.isEmpty();
    }

    /** The IRIs of the named graphs in the store, sorted. */
    public List<String> graphs() {
        List<String> out = new ArrayList<>();
        link.querySelect("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", b -> out.add(b.get("g").getURI()));
        out.sort(null);
        return out;
    }

    /**
     * Copies every named graph of the store into {@code target} (one SELECT over
     * {@code GRAPH ?g}, which every SPARQL 1.1 store answers; blank nodes keep their identity
     * within the result) and returns it.
     */
    public Dataset fetchInto(Dataset target) {
        DatasetGraph dsg = target.asDatasetGraph();
        List<Quad> quads = new ArrayList<>();
        link.querySelect("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }",
                b -> quads.add(Quad.create(b.get("g"), b.get("s"), b.get("p"), b.get("o"))));
        Txn.executeWrite(dsg, () -> quads.forEach(dsg::add));
        return target;
    }

    /** A local, in-memory copy of the store (union default graph) for validate, audit and export. */
    public Dataset fetch() {
        return fetchInto(Stores.inMemory());
    }

    @Override
    public void close() {
        link.close();
    }
}
