package org.claimgraph.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.claimgraph.store.IngestReport;
import org.claimgraph.store.Stores;
import org.claimgraph.validate.WriteGuard;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running claimgraph server: the Fuseki configuration ({@link ServerConfig}) with the command-line
 * settings, the notes ingested, the optional watcher, and a clean stop (server, watcher, TDB2).
 * {@code claimgraph serve} is a thin command over {@link #start}.
 */
public final class ClaimgraphServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ClaimgraphServer.class);
    private static final Symbol[] GLOBAL_KEYS = {ARQ.queryTimeout, ARQ.httpServiceAllowed};

    /** What to serve and how; null fields mean "as the configuration file says". */
    public static final class Options {
        public Path docs;
        public Path db;
        public int port = 3030;
        public String host = "127.0.0.1";
        public Path config;
        public Path passwordFile;
        public Integer timeoutSeconds;
        public boolean allowService;
        public String cors;
        public boolean watch;
        public Duration debounce = Duration.ofMillis(150);
        /** How notes are written; null (the default) means claimgraph's ingest running {@link #steps}. */
        public NoteIngest ingest;
        /** Change steps (history, live audit) run in every write transaction of the start-up ingest and the watcher. */
        public List<org.claimgraph.store.ChangeStep> steps = List.of();
        /** Extra Host names answered on loopback (--allow-host, comma-separated), or null. */
        public String allowHosts;
        /** What LOAD may read (--allow-load file:DIR,http,https), or null: LOAD refused. */
        public String allowLoad;
        /** Guard mode (--guard violation|warning|off), or null: off. */
        public String guard;
        /** Whether stdout is a terminal: only then is a generated password printed. */
        public boolean terminal = System.console() != null;
        /** {@code serve --store sparql:URL}: the remote store the server stands in front of, or null. */
        public String store;
        /** With {@link #store}: the longest time the copy of the matrix data is used without re-reading it. */
        public Duration storeRefresh = Duration.ofSeconds(60);
        /** Where a generated password file goes when there is no --db (in-memory dataset). */
        public Path homeDir = Path.of(System.getProperty("user.home"), ".claimgraph");
    }

    private final FusekiServer server;
    private final DatasetGraph dsg;
    private final String datasetName;
    private final Path passwordFile;
    private final NoteWatcher watcher;
    private final Map<Symbol, Object> savedGlobals;
    private RemoteFront front;
    private CompletableFuture<String> warmUp = CompletableFuture.completedFuture(null);
    private boolean closed;

    private ClaimgraphServer(
            FusekiServer server,
            DatasetGraph dsg,
            String datasetName,
            Path passwordFile,
            NoteWatcher watcher,
            Map<Symbol, Object> savedGlobals) {
        this.server = server;
        this.dsg = dsg;
        this.datasetName = datasetName;
        this.passwordFile = passwordFile;
        this.watcher = watcher;
        this.savedGlobals = savedGlobals;
    }

    /**
     * Builds the configuration, ingests the notes, starts Fuseki (and the watcher), and prints
     * the URLs, the dataset size and where the password is to {@code out}.
     *
     * @throws IllegalArgumentException for inconsistent options (a usage error)
     */
    public static ClaimgraphServer start(Options o, PrintWriter out) throws IOException {
        long t0 = System.nanoTime();
        checkOptions(o);
        LOG.info("{}", HeapPolicy.keepCommitted()); // before the start-up ingest grows it
        ServerConfig config = config(o);
        Path realmFile = realmFile(o, config); // the write password
        Passwords.Realm realm = Passwords.ensure(realmFile);
        config.setPasswordFile(realm.file());

        // Fuseki writes the server context into the JVM-wide ARQ context: remember what was there.
        Map<Symbol, Object> saved = new java.util.HashMap<>();
        for (Symbol s : GLOBAL_KEYS) saved.put(s, ARQ.getContext().get(s));

        FusekiServer.Builder builder = FusekiServer.create().port(o.port).parseConfig(config.model());
        String name = chooseDataset(builder, config);
        DatasetGraph dsg = VersionedDataset.install(builder, name); // every write bumps the data version
        Dataset dataset = DatasetFactory.wrap(dsg);
        Stores.prepare(dataset);
        RemoteFront front = o.store == null ? null : front(o, builder, name, dsg, config, out);

        // Watch before the start-up ingest, so that a note saved meanwhile is not missed.
        NoteIngest ingest = o.ingest != null ? o.ingest : NoteIngest.pipeline(o.steps);
        dsg.getContext().set(NoteIngest.STEPS, List.copyOf(o.steps)); // POST /kg/verify writes through the same steps
        NoteWatcher watcher = o.watch ? new NoteWatcher(o.docs, dataset, ingest, o.debounce) : null;
        boolean loaded = o.docs != null && startupIngest(ingest, dataset, o.docs, out);

        FusekiServer server = startJetty(builder, o.host, watcher, front, dsg);
        // guard mode audited the whole store in startJetty when it kept no audit graph
        if ((loaded || WriteGuard.level(o.guard) != null) && heapInUse() >= COLLECT_ABOVE)
            LOG.info("collected the start-up's garbage in {} ms", collectStartupGarbage());
        if (watcher != null) watcher.start();
        ClaimgraphServer cs = new ClaimgraphServer(server, dsg, name, realm.file(), watcher, saved);
        cs.front = front;
        if (front == null) cs.warmUp = LiveAuditWarmUp.start(dsg, o.steps); // off the request path
        cs.printBanner(out, o, config, realm, (System.nanoTime() - t0) / 1_000_000);
        return cs;
    }

    /** Options that do not go together, or name what is not there. */
    private static void checkOptions(Options o) {
        if (o.config != null && o.db != null)
            throw new IllegalArgumentException(
                    "--db and --config do not go together: the configuration file names its database (tdb2:location)");
        if (o.watch && o.docs == null) throw new IllegalArgumentException("--watch needs a notes folder (--docs DIR)");
        if (o.docs != null && !Files.exists(o.docs))
            throw new IllegalArgumentException("notes folder not found: " + o.docs.toAbsolutePath());
        if (o.watch && !Files.isDirectory(o.docs))
            throw new IllegalArgumentException("--watch needs a folder, not a file: " + o.docs);
        if (o.store != null && (o.docs != null || o.db != null || o.config != null || o.watch))
            throw new IllegalArgumentException(
                    "--store serves a remote store: it does not go with --docs, --db, --config or --watch "
                            + "(ingest into the store with: claimgraph ingest --store URL NOTES)");
    }

    /** The server configuration: the bundled one or the file, with the options' limits and hardening. */
    private static ServerConfig config(Options o) throws IOException {
        ServerConfig config = o.config != null ? ServerConfig.file(o.config) : ServerConfig.bundled(o.db);
        if (o.timeoutSeconds != null) {
            if (o.timeoutSeconds <= 0)
                throw new IllegalArgumentException("--timeout must be a positive number of seconds");
            config.setQueryTimeoutMillis(o.timeoutSeconds * 1000L);
        }
        if (o.allowService) config.setServiceAllowed(true);
        if (o.cors != null) config.setCorsOrigins(o.cors);
        Hardening.configure(config, o);
        return config;
    }

    /** Where the write password lives: --password-file, the configuration's, next to --db, or the home folder. */
    private static Path realmFile(Options o, ServerConfig config) {
        if (o.passwordFile != null) {
            if (!Files.isReadable(o.passwordFile))
                throw new IllegalArgumentException("password file not readable: " + o.passwordFile.toAbsolutePath());
            return o.passwordFile;
        } else if (o.config != null && config.passwordFile() != null) {
            return Path.of(config.passwordFile());
        } else if (o.db != null) {
            Path db = o.db.toAbsolutePath().normalize();
            return db.resolveSibling(db.getFileName() + ".passwd");
        } else {
            return o.homeDir.resolve("claimgraph.passwd");
        }
    }

    /**
     * One full collection once the start-up has loaded notes (or guard mode audited them), before the
     * watcher's first save. Loading leaves the old generation full of what the load discarded (a
     * 1 000-note in-memory store: 3.8 GB in use, 2.5 GB live); the collector answers with concurrent
     * marking cycles (one core for ≈ 10 s each) and mixed collections of 50 ms to 1.3 s, which would
     * otherwise fall on the first saves and queries. Costs ≈ 2 s per GB of live heap, once (BENCHMARKS.md,
     * session 10, live); a JVM run with {@code -XX:+DisableExplicitGC} skips it. Only when the heap in
     * use is at least {@link #COLLECT_ABOVE}: a small store's garbage costs short pauses anyway.
     */
    static long collectStartupGarbage() {
        long t = System.nanoTime();
        System.gc();
        return (System.nanoTime() - t) / 1_000_000;
    }

    /** Heap in use from which the start-up is followed by a full collection ({@link #collectStartupGarbage}). */
    static final long COLLECT_ABOVE = 512L << 20;

    private static long heapInUse() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** The start-up ingest of --docs, reported on {@code out}; true when it wrote a note. */
    private static boolean startupIngest(NoteIngest ingest, Dataset dataset, Path docs, PrintWriter out) {
        long i0 = System.nanoTime();
        IngestReport r = ingest.ingest(dataset, List.of(docs));
        out.printf(
                "Ingested %d notes from %s (%d claims, %d triples) in %d ms%n",
                r.notes(), docs.toAbsolutePath(), r.claims(), r.triples(), (System.nanoTime() - i0) / 1_000_000);
        for (IngestReport.Failure f : r.failures()) out.printf("  ! %s: %s%n", f.location(), f.message());
        for (String u : r.unparsed()) LOG.warn("Not understood: {}", u);
        return r.notes() > r.unchanged();
    }

    /** Builds and starts Jetty on {@code host}; on failure closes what start() opened so far. */
    private static FusekiServer startJetty(
            FusekiServer.Builder builder, String host, NoteWatcher watcher, RemoteFront front, DatasetGraph dsg) {
        FusekiServer server;
        try {
            server = builder.build();
            for (Connector c : server.getJettyServer().getConnectors())
                if (c instanceof ServerConnector sc) sc.setHost(host);
            server.start();
        } catch (RuntimeException e) {
            if (watcher != null) watcher.close();
            if (front != null) front.store().close();
            release(dsg);
            throw e;
        }
        return server;
    }

    /** serve --store: connects, says the store's dialect, reads the matrix data once, and hands the filter to the module. */
    private static RemoteFront front(
            Options o,
            FusekiServer.Builder builder,
            String name,
            DatasetGraph dsg,
            ServerConfig config,
            PrintWriter out) {
        org.claimgraph.store.RemoteStore remote = org.claimgraph.store.RemoteStore.connect(o.store);
        try {
            remote.dialect().ifPresent(d -> out.println("store: " + d));
            String timeout = config.contextValue("arq:queryTimeout");
            long millis = timeout == null ? 0 : (long) Double.parseDouble(timeout.replaceAll(",.*", ""));
            RemoteFront front = new RemoteFront(remote, name, dsg, o.storeRefresh, millis);
            front.refreshIfNeeded();
            builder.addServletAttribute(RemoteFront.ATTRIBUTE, front);
            return front;
        } catch (RuntimeException e) {
            remote.close();
            throw e;
        }
    }

    /** The front of {@code serve --store}, or null. */
    public RemoteFront front() {
        return front;
    }

    private static String chooseDataset(FusekiServer.Builder builder, ServerConfig config) {
        // "/kg" in the bundled files; a user's file may name it differently.
        if (builder.getDataset("/kg") != null) return "/kg";
        List<String> names = config.model()
                .listObjectsOfProperty(org.apache.jena.fuseki.server.FusekiVocab.pServiceName)
                .mapWith(n -> DataAccessPoint.canonical(n.asLiteral().getString()))
                .toList();
        for (String n : names) if (builder.getDataset(n) != null) return n;
        throw new IllegalArgumentException(
                "the configuration declares no dataset service (fuseki:Service with fuseki:name)");
    }

    private void printBanner(PrintWriter out, Options o, ServerConfig config, Passwords.Realm realm, long millis) {
        long[] size =
                Txn.calculateRead(dsg, () -> new long[] {Iter.count(dsg.find()), Iter.count(dsg.listGraphNodes())});
        String base = "http://" + (o.host.contains(":") ? "[" + o.host + "]" : o.host) + ":" + port();
        String kg = base + datasetName;
        out.printf("claimgraph server started in %d ms: %d triples in %d named graphs%n", millis, size[0], size[1]);
        out.printf("  UI                %s/%n", base);
        out.printf("  SPARQL query      %s/sparql   (also %s/query; public)%n", kg, kg);
        out.printf("  SPARQL update     %s/update   (password)%n", kg);
        out.printf("  Graph Store       %s/data     (GET public, PUT/POST/DELETE password)%n", kg);
        out.printf("  SHACL             %s/shacl    (POST shapes)%n", kg);
        out.printf("  Audit             %s/audit    (JSON, HTML, Markdown)%n", kg);
        out.printf(
                "  Exports           %s/export/FORMAT (graphml, gexf, cytoscape, jsonld, obsidian, canvas, neo4j)%n",
                kg);
        out.printf("  Health, metrics   %s/$/ping  %s/$/metrics%n", base, base);
        String timeout = config.contextValue("arq:queryTimeout");
        out.printf(
                "  Query timeout %s ms; SERVICE %s%n",
                timeout == null ? "none" : timeout,
                "true".equals(config.contextValue("arq:httpServiceAllowed")) ? "ALLOWED (--allow-service)" : "refused");
        if (realm.generatedPassword() != null && !o.terminal) {
            out.printf(
                    "  Write password for user '%s': generated now, in %s (mode 0600; not printed, output is not a terminal)%n",
                    Passwords.USER, realm.file());
        } else if (realm.generatedPassword() != null) {
            out.printf("  Write password for user '%s': %s%n", Passwords.USER, realm.generatedPassword());
            out.printf("    (generated now and shown only this once; stored in %s, mode 0600)%n", realm.file());
        } else {
            out.printf("  Write password: in %s%n", realm.file());
        }
        if (front != null)
            out.printf(
                    "  In front of %s: queries without cgf: are answered by the store; cgf: queries here on a copy of the matrix data (re-read on change, at least every %d s)%n",
                    org.claimgraph.store.RemoteStore.redact(o.store), o.storeRefresh.toSeconds());
        if (watcher != null)
            out.printf("  Watching %s: saved notes are re-ingested, deleted notes dropped%n", o.docs.toAbsolutePath());
        if (!o.host.equals("127.0.0.1") && !o.host.equals("localhost") && !o.host.equals("::1"))
            out.printf(
                    "  WARNING: listening on %s beyond this machine; the password travels as HTTP Basic: put TLS in front.%n",
                    o.host);
        out.flush();
    }

    /** The port the server listens on. */
    public int port() {
        return server.getHttpPort();
    }

    public FusekiServer fuseki() {
        return server;
    }

    /** The served dataset (default graph = union of the named graphs). */
    public Dataset dataset() {
        return DatasetFactory.wrap(dsg);
    }

    public Path passwordFile() {
        return passwordFile;
    }

    /** The watcher, or null without --watch. */
    public NoteWatcher watcher() {
        return watcher;
    }

    /**
     * The live audit's background warm-up after the start ({@link LiveAuditWarmUp}): completes with
     * the path of the stored note it ran on (nothing written to the store), or null when skipped (no
     * audit graph kept, a remote store) or failed.
     */
    public CompletableFuture<String> warmUp() {
        return warmUp;
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    /** Stops the watcher, then the server (requests in flight finish or time out), then closes TDB2. */
    /**
     * Closes the dataset; a TDB2 database is expelled so that another process can open the folder.
     * The served dataset may be wrapped (VersionedDataset counts writes), so the wrapper is looked
     * through: closing only the wrapper left the folder locked by this JVM.
     */
    private static void release(DatasetGraph dsg) {
        DatasetGraph base = org.claimgraph.store.Stores.tdb2Underneath(dsg);
        if (base != null && TDBInternal.isTDB2(base)) TDBInternal.expel(base);
        else dsg.close();
    }

    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        if (watcher != null) watcher.close();
        try {
            server.stop();
        } catch (RuntimeException e) {
            LOG.warn("Stopping the server: {}", e.toString());
        }
        warmUp.join(); // its read transaction ends before the store is closed
        release(dsg);
        if (front != null) front.store().close();
        Context global = ARQ.getContext();
        Context fuseki = Fuseki.getContext();
        savedGlobals.forEach((k, v) -> {
            for (Context c : new Context[] {global, fuseki}) {
                if (v == null) c.remove(k);
                else c.set(k, v);
            }
        });
        LOG.info("claimgraph server stopped");
    }
}
