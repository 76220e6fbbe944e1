package org.claimgraph.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiAutoModule;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.FusekiVocab;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.fuseki.validation.DataValidator;
import org.apache.jena.fuseki.validation.IRIValidator;
import org.apache.jena.fuseki.validation.LangTagValidator;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.fuseki.validation.UpdateValidator;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.claimgraph.validate.LiveAudit;
import org.claimgraph.validate.Severity;
import org.claimgraph.validate.WriteGuard;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.component.ContainerLifeCycle;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * All claimgraph wiring of a Fuseki main server, in one module. Loaded by
 * {@code META-INF/services/org.apache.jena.fuseki.main.sys.FusekiAutoModule}, so it runs in
 * {@code claimgraph serve} and in a stock Fuseki main server that has the claimgraph jar on its
 * classpath. The cgf: SPARQL functions need nothing here: a Jena subsystem registers them.
 * <ul>
 * <li>{@link #start()} / {@link ServerSubsystem}: register the audit and export operations
 *     ({@code cgsrv:audit}, {@code cgsrv:export}) so configuration files can use them; the export
 *     also answers at {@code /NAME/export/FORMAT}.</li>
 * <li>{@link #prepare}: the Fuseki UI from {@code jena-fuseki-ui} at {@code /} with the three
 *     things it calls ({@code /$/ping}, {@code /$/stats}, {@code /$/server}) and the syntax
 *     validators; Prometheus metrics at {@code /$/metrics}; CORS; the {@link RequestGuard} against
 *     DNS rebinding and cross-site writes. No admin operations.</li>
 * <li>{@link #server}: authentication challenges per method ({@link EndpointSecurity}), request
 *     size limits, graceful stop; {@link #serverStopped}: stops the password file watcher and
 *     closes the resource factory that mounted the UI's jar.</li>
 * </ul>
 * Settings come from {@code cgsrv:} properties of the {@code fuseki:Server} resource (see
 * {@code fuseki-config/claimgraph.ttl}).
 */
public final class ClaimgraphModule implements FusekiAutoModule {
    private static final Logger LOG = LoggerFactory.getLogger(ClaimgraphModule.class);

    /** The audit operation, {@code cgsrv:audit}. */
    public static final Operation AUDIT =
            Operation.alloc(ServerVocab.AUDIT_OPERATION, "audit", "claimgraph audit report");
    /** The export operation, {@code cgsrv:export}. */
    public static final Operation EXPORT = Operation.alloc(
            ServerVocab.EXPORT_OPERATION, "export", "claimgraph exports (GraphML, GEXF, Obsidian, ...)");
    /** The verify operation, {@code cgsrv:verify}: records a verification in a note (password). */
    public static final Operation VERIFY = Operation.alloc(
            ServerVocab.VERIFY_OPERATION, "verify", "claimgraph verify: write a verification into a note");

    /** Largest request header block (request line with a GET query string, and headers). */
    static final int MAX_REQUEST_HEADER_BYTES = 64 * 1024;
    /** How long a connection may stay silent (no request bytes) before it is closed. */
    static final long IDLE_TIMEOUT_MS = 20_000;
    /** How long a stopping server waits for requests in flight. */
    static final long STOP_TIMEOUT_MS = 15_000;

    private ModuleSettings settings = ModuleSettings.from(null);
    private Limits limits = Limits.from(null);
    private LoadPolicy loadPolicy = LoadPolicy.NONE;
    private final RunningQueries queries = new RunningQueries();
    /** Mounts the UI's jar while the server runs (the UI location points into it); closed in {@link #serverStopped}. */
    private ResourceFactory.Closeable uiResources;

    /** Public no-argument constructor for the ServiceLoader. */
    public ClaimgraphModule() {}

    @Override
    public String name() {
        return "claimgraph";
    }

    /** Runs once when the module is loaded (the operation is normally registered already by {@link ServerSubsystem}). */
    @Override
    public void start() {
        registerOperations(OperationRegistry.get());
    }

    /**
     * Wires the module into the server. Fuseki runs filters in the order they are added: the bounds
     * first, then the request guard, the remote front, the result cache, and CORS last.
     */
    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        settings = ModuleSettings.from(configModel);
        limits = Limits.from(configModel);
        loadPolicy = limits.loadPolicy();
        LoadGuard.register();
        QueryBounds.install();
        builder.registerOperation(Operation.Shacl, new BoundedShacl());
        bounds(builder, datasetNames);
        endpoints(builder, datasetNames, configModel);
        if (settings.ui()) ui(builder);
        // What the UI calls; read-only descriptions, no admin operations.
        builder.enablePing(true)
                .enableStats(true)
                .enableMetrics(true)
                .addServlet("/$/server", new ActionServerStatus());
        CorsFilter cors = new CorsFilter(settings.corsOrigins());
        builder.addFilter("/*", new RequestGuard(cors, new HostCheck(limits.allowHosts())));
        builder.addFilter("/*", new DefaultGraphWrites());
        // serve --store: queries and writes go to the remote store (after the guards above, before the result cache)
        if (builder.getServletAttribute(RemoteFront.ATTRIBUTE) instanceof RemoteFront front)
            builder.addFilter("/*", front);
        // data versions, ETags and the result cache of read requests (QueryCacheFilter)
        Map<String, VersionedDataset> versioned = new HashMap<>();
        for (String name : datasetNames)
            versioned.put(DataAccessPoint.canonical(name), VersionedDataset.install(builder, name));
        builder.addFilter("/*", new QueryCacheFilter(versioned::get, QueryCacheFilter.DEFAULT_MAX_BYTES));
        auditedWrites(builder, datasetNames, versioned);
        if (settings.corsConfigured()) {
            builder.enableCors(false, null);
            if (!settings.corsOrigins().isEmpty()) builder.addFilter("/*", cors);
        }
    }

    /** The running-query list, request body limit, disk space check per dataset and result buffer. */
    private void bounds(FusekiServer.Builder builder, Set<String> datasetNames) {
        builder.addFilter("/*", queries);
        builder.addServlet(QueriesServlet.PATH + "/*", new QueriesServlet(queries));
        builder.addFilter("/*", new BodyLimit(settings.maxRequestBytes(), limits.minRequestBytesPerSecond()));
        for (String name : datasetNames) {
            DiskSpace disk = builder.getDataset(name) == null
                    ? null
                    : DiskSpace.of(builder.getDataset(name), DiskSpace.DEFAULT_MARGIN);
            if (disk != null) builder.addFilter(DataAccessPoint.canonical(name) + "/*", disk);
        }
        builder.addFilter("/*", new ResultBuffer(limits.maxBufferedResultBytes()));
    }

    /** The audit, export and verify operations, the review page, and /NAME/export/FORMAT servlets. */
    private void endpoints(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.registerOperation(AUDIT, new AuditService()); // this builder's registry may predate start()
        builder.registerOperation(EXPORT, new ExportService());
        NotesFolder notes =
                NotesFolder.of(limits.notesFolder()); // verify: POST /kg/verify and the review page at /review
        builder.registerOperation(VERIFY, new VerifyService(notes));
        builder.addServlet(
                "/review/*",
                new ReviewPage(
                        notes,
                        datasetNames.contains("/kg") || datasetNames.isEmpty()
                                ? "/kg"
                                : datasetNames.iterator().next()));
        // /NAME/export/FORMAT for every service that declares the export endpoint
        for (String name : servicesWith(configModel, ServerVocab.EXPORT_OPERATION))
            builder.addServlet(DataAccessPoint.canonical(name) + "/export/*", new ExportService.PathServlet(name));
    }

    /** Fuseki's query UI at / and the validators it calls, when the UI files are on the classpath. */
    private void ui(FusekiServer.Builder builder) {
        if (uiResources == null) uiResources = ResourceFactory.closeable();
        String ui = uiLocation(uiResources);
        if (ui == null) LOG.warn("Fuseki UI files (jena-fuseki-ui, webapp/) are not on the classpath: no UI at /");
        else if (builder.staticFileBase() == null)
            builder.staticFileBase(ui)
                    .addServlet("/$/validate/query", new QueryValidator())
                    .addServlet("/$/validate/update", new UpdateValidator())
                    .addServlet("/$/validate/iri", new IRIValidator())
                    .addServlet("/$/validate/langtag", new LangTagValidator())
                    .addServlet("/$/validate/data", new DataValidator());
    }

    /**
     * SPARQL Update, Graph Store writes and {@code /kg/verify} keep a stored audit graph current,
     * and guard mode refuses writes that add findings ({@link AuditedWrites}, {@link GuardResponses}).
     * In guard mode a store without an audit graph gets one now.
     */
    private void auditedWrites(
            FusekiServer.Builder builder, Set<String> datasetNames, Map<String, VersionedDataset> versioned) {
        Severity guard = WriteGuard.level(limits.guard());
        LiveAudit live = LiveAudit.packaged();
        for (String name : datasetNames) {
            VersionedDataset v = versioned.get(DataAccessPoint.canonical(name));
            builder.getDataServiceBuilder(name).dataset(new AuditedWrites(v, live, guard));
            if (guard != null && org.apache.jena.system.Txn.calculateWrite(v, () -> live.refresh(v)))
                LOG.info("guard mode {}: stored a full audit of {}", guard.label(), name);
        }
        builder.addFilter("/*", new GuardResponses());
        builder.addFilter("/*", new RequestUser()); // the agent of a write's history run
    }

    @Override
    public void server(FusekiServer server) {
        EndpointSecurity.apply(server);
        EndpointSecurity.requireLogin(server, QueriesServlet.PATH, QueriesServlet.PATH + "/*");
        server.getDataAccessPointRegistry()
                .forEach((name, dap) ->
                        dap.getDataService().getDataset().getContext().set(LoadPolicy.SYMBOL, loadPolicy));
        Server jetty = server.getJettyServer();
        for (Connector c : jetty.getConnectors()) {
            HttpConnectionFactory f = c.getConnectionFactory(HttpConnectionFactory.class);
            if (f != null) {
                f.getHttpConfiguration().setRequestHeaderSize(MAX_REQUEST_HEADER_BYTES);
                // slower bodies: 408 from BodyLimit (rate from the first byte read, after a grace period); Jetty's own
                // rate counts from the request's start and cut small bodies read late on a loaded machine
                f.getHttpConfiguration().setMinRequestDataRate(0);
            }
            if (c instanceof ServerConnector sc)
                sc.setIdleTimeout(
                        IDLE_TIMEOUT_MS); // a connection that sends nothing (headers or body) for this long is closed
        }
        ServletContextHandler context = jetty.getDescendant(ServletContextHandler.class);
        var login = context == null || context.getSecurityHandler() == null
                ? null
                : context.getSecurityHandler().getLoginService();
        SizeLimitHandler limit = new SizeLimitHandler(settings.maxRequestBytes(), -1);
        limit.setHandler(
                new BodyFirst( // bodies read without a thread before they count against the cap
                        AnonymousLimit.around(jetty.getHandler(), limits.maxAnonymousRequests(), login),
                        limits.minRequestBytesPerSecond()));
        GracefulHandler graceful = new GracefulHandler(limit);
        jetty.setHandler(graceful);
        jetty.setStopTimeout(STOP_TIMEOUT_MS);
    }

    /**
     * After {@code server.stop()}: stops the password file's user store, whose hot-reload scanner
     * thread Jetty does not stop with the server.
     */
    @Override
    public void serverStopped(FusekiServer server) {
        if (uiResources != null) {
            uiResources.close();
            uiResources = null;
        }
        ServletContextHandler context = server.getJettyServer().getDescendant(ServletContextHandler.class);
        if (context == null
                || context.getSecurityHandler() == null
                || !(context.getSecurityHandler().getLoginService() instanceof ContainerLifeCycle login)) return;
        for (UserStore store : login.getBeans(UserStore.class)) {
            try {
                store.stop();
            } catch (Exception e) {
                LOG.debug("stopping the user store: {}", e.toString());
            }
        }
    }

    /** Registers the audit and export operations in {@code registry} unless they are there. */
    static void registerOperations(OperationRegistry registry) {
        if (!registry.isRegistered(AUDIT)) registry.register(AUDIT, null, new AuditService());
        if (!registry.isRegistered(EXPORT)) registry.register(EXPORT, null, new ExportService());
        if (!registry.isRegistered(VERIFY)) registry.register(VERIFY, null, new VerifyService(NotesFolder.of("")));
    }

    /** Names of the services in the configuration with an endpoint of the given operation. */
    static List<String> servicesWith(Model configModel, String operationIri) {
        if (configModel == null) return List.of();
        Property endpoint = FusekiVocab.pEndpoint;
        Property operation = FusekiVocab.pOperation;
        Property name = FusekiVocab.pServiceName;
        List<String> out = new ArrayList<>();
        for (Resource svc : configModel.listSubjectsWithProperty(endpoint).toList()) {
            boolean has = svc.listProperties(endpoint).toList().stream()
                    .map(Statement::getObject)
                    .anyMatch(ep -> ep.isResource()
                            && ep.asResource().hasProperty(operation, configModel.createResource(operationIri)));
            if (has && svc.hasProperty(name)) out.add(svc.getProperty(name).getString());
        }
        return out;
    }

    /** The Fuseki UI files inside the jena-fuseki-ui jar (mounted by {@code resources}), or null when it is not on the classpath. */
    static String uiLocation(ResourceFactory resources) {
        if (ClaimgraphModule.class.getClassLoader().getResource("webapp/index.html") == null) return null;
        org.eclipse.jetty.util.resource.Resource r = resources.newClassLoaderResource("webapp");
        return r == null ? null : r.getURI().toString();
    }
}
