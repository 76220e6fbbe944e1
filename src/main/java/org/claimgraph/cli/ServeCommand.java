package org.claimgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimgraph.server.ClaimgraphServer;
import org.claimgraph.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimgraph serve}: the notes as a SPARQL server with UI, SHACL and audit endpoints. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Serves the notes' graph over SPARQL (Fuseki) on 127.0.0.1: query UI at /, endpoints under /kg.",
            "Reads are public; writes (update, Graph Store writes) need the password, generated on first start."
        })
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--docs",
            paramLabel = "DIR",
            description =
                    "Notes folder (or file) to ingest at start. Default: ./examples when neither --docs nor --db is given.")
    Path docs;

    @Option(
            names = "--db",
            paramLabel = "DIR",
            description = "TDB2 database directory (created when absent). Default: in memory.")
    Path db;

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "3030",
            description = "HTTP port (0 = any free port). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(
            names = "--host",
            paramLabel = "ADDR",
            defaultValue = "127.0.0.1",
            description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only).")
    String host;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description =
                    "Your own Fuseki configuration (see fuseki-config/claimgraph.ttl) instead of the bundled one.")
    Path config;

    @Option(
            names = "--password-file",
            paramLabel = "FILE",
            description =
                    "Jetty realm file (lines 'user: password') for writes. Default: generated next to the db (DIR.passwd) or in ~/.claimgraph/.")
    Path passwordFile;

    @Option(
            names = "--timeout",
            paramLabel = "SEC",
            description =
                    "Query timeout in seconds; a query over it gets HTTP 503. Default: 10 (from the configuration).")
    Integer timeout;

    @Option(
            names = "--allow-service",
            description = "Allow SPARQL SERVICE (queries that call other servers). Refused by default.")
    boolean allowService;

    @Option(
            names = "--cors",
            paramLabel = "ORIGINS",
            description =
                    "Comma-separated origins allowed to call the server from a browser (CORS), or '*'. Default: none.")
    String cors;

    @Option(
            names = "--allow-host",
            paramLabel = "NAME",
            split = ",",
            description =
                    "Extra Host name the server answers to on 127.0.0.1 (e.g. a reverse proxy's name); repeatable. Default: only localhost, *.localhost, 127.x.y.z and [::1].")
    java.util.List<String> allowHosts;

    @Option(
            names = "--allow-load",
            paramLabel = "LIST",
            description =
                    "Let SPARQL Update LOAD read: file:DIR (a folder inside --docs), http, https; comma-separated. Default: LOAD refused.")
    String allowLoad;

    @Option(
            names = "--store",
            paramLabel = "sparql:URL",
            description =
                    "Serve a remote SPARQL store (written by 'claimgraph ingest --store'): "
                            + "queries without cgf: are passed to it, cgf: queries run here on a copy of the matrix data, writes go to it. Not with --docs/--db/--watch.")
    String store;

    @Option(
            names = "--store-refresh",
            paramLabel = "SEC",
            defaultValue = "60",
            description =
                    "With --store: re-read the copy of the matrix data at least this often (it is also re-read when the store's ingest or parameters graph changes, and after a write through this server). Default: ${DEFAULT-VALUE}.")
    long storeRefresh;

    @Option(
            names = "--watch",
            description = "Re-ingest a note when it is saved, drop it when deleted (needs --docs DIR).")
    boolean watch;

    @Mixin
    NoteSizeOption noteSize = new NoteSizeOption();

    @Option(
            names = "--guard",
            paramLabel = "violation|warning|off",
            defaultValue = "off",
            description =
                    "Refuse a SPARQL Update or Graph Store write that would add an audit finding of this severity or worse "
                            + "(422 with the SHACL report, nothing written). Default: ${DEFAULT-VALUE}.")
    String guard;

    @Override
    public Integer call() throws Exception {
        noteSize.apply();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (docs != null && !Files.exists(docs)) throw new InputException("notes folder not found: " + docs);
        ClaimgraphServer.Options o = new ClaimgraphServer.Options();
        o.docs = docs;
        if (docs == null && db == null && config == null && store == null) {
            Path examples = Path.of("examples");
            if (!Files.isDirectory(examples)) {
                throw new UsageException("no notes to serve: there is no ./examples folder here.\n"
                        + "Pass your notes folder:    claimgraph serve --docs NOTES_DIR [--db DB_DIR] [--watch]\n"
                        + "or an existing database:  claimgraph serve --db DB_DIR");
            }
            o.docs = examples;
        }
        o.db = db;
        o.store = store;
        if (storeRefresh <= 0) throw new UsageException("--store-refresh must be a positive number of seconds");
        o.storeRefresh = java.time.Duration.ofSeconds(storeRefresh);
        o.port = port;
        o.host = host;
        o.config = config;
        o.passwordFile = passwordFile;
        o.timeoutSeconds = timeout;
        o.allowService = allowService;
        o.cors = cors;
        o.watch = watch;
        o.steps = ChangeSteps.all();
        o.allowHosts = allowHosts == null ? null : String.join(",", allowHosts);
        o.allowLoad = allowLoad;
        o.guard = guard;
        ClaimgraphServer server;
        try {
            server = ClaimgraphServer.start(o, out);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new StoreException("could not start the server: " + e.getMessage(), e);
        }
        // SIGTERM / Ctrl-C: stop accepting, let requests finish (or time out), close TDB2.
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "claimgraph-shutdown"));
        server.join();
        return 0;
    }
}
