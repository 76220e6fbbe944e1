package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.util.IsoMatcher;
import org.claimgraph.corpus.CorpusGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link RemoteStore} against a real second Fuseki process ({@link PlainFusekiMain}) on loopback:
 * graphs go in by GSP PUT and come back isomorphic; credentials are sent when required.
 */
class RemoteStoreTest {
    private static Process open;
    private static int openPort;
    private static Process locked;
    private static int lockedPort;

    @BeforeAll
    static void startServers() throws Exception {
        openPort = freePort();
        open = startFuseki(openPort);
        lockedPort = freePort();
        locked = startFuseki(lockedPort, "writer", "s3cret pw");
    }

    @AfterAll
    static void stopServers() throws InterruptedException {
        for (Process p : new Process[] {open, locked}) {
            if (p == null) continue;
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) p.destroyForcibly();
        }
    }

    private static String base(int port) {
        return "http://127.0.0.1:" + port + "/ds";
    }

    @BeforeEach
    void emptyStore() {
        try (RemoteStore rs = RemoteStore.connect(RemoteStore.SCHEME + base(openPort))) {
            for (String g : rs.graphs()) rs.dropGraph(g);
        }
    }

    @Test
    void graphsRoundTripIsomorphic() {
        Dataset fixture = RDFDataMgr.loadDataset("store/remote/two-notes.trig");
        try (RemoteStore rs = RemoteStore.connect(RemoteStore.SCHEME + base(openPort))) {
            assertEquals(2, rs.pushAll(fixture));
            assertEquals(
                    List.of("https://w3id.org/claimgraph/id/graph/aaa", "https://w3id.org/claimgraph/id/graph/bbb"),
                    rs.graphs());
            Dataset back = rs.fetchInto(DatasetFactory.createTxnMem());
            assertTrue(IsoMatcher.isomorphic(fixture.asDatasetGraph(), back.asDatasetGraph()));
            // PUT replaces, never appends: pushing twice keeps the same data
            rs.pushAll(fixture);
            assertTrue(IsoMatcher.isomorphic(
                    fixture.asDatasetGraph(),
                    rs.fetchInto(DatasetFactory.createTxnMem()).asDatasetGraph()));
        }
    }

    @Test
    void dropNoteFindsItsGraphBySourcePath() {
        Dataset fixture = RDFDataMgr.loadDataset("store/remote/two-notes.trig");
        try (RemoteStore rs = RemoteStore.connect(RemoteStore.SCHEME + base(openPort))) {
            rs.pushAll(fixture);
            assertTrue(rs.dropNote("b/two.md"));
            assertFalse(rs.dropNote("b/two.md"));
            assertEquals(List.of("https://w3id.org/claimgraph/id/graph/aaa"), rs.graphs());
            assertFalse(rs.dropGraph("https://w3id.org/claimgraph/id/graph/none"));
        }
    }

    @Test
    void basicAuthFromUrlOrArguments() {
        Dataset fixture = RDFDataMgr.loadDataset("store/remote/two-notes.trig");
        try (RemoteStore anon = RemoteStore.connect(RemoteStore.SCHEME + base(lockedPort))) {
            StoreException e = assertThrows(StoreException.class, () -> anon.pushAll(fixture));
            assertTrue(e.getMessage().contains("HTTP 401, anonymous"), e.getMessage());
        }
        try (RemoteStore rs = RemoteStore.connect(RemoteStore.SCHEME + base(lockedPort), "writer", "s3cret pw")) {
            assertEquals(2, rs.pushAll(fixture));
        }
        try (RemoteStore rs = RemoteStore.connect(
                RemoteStore.SCHEME + base(lockedPort),
                java.util.Map.of(RemoteStore.ENV_USER, "writer", RemoteStore.ENV_PASSWORD, "s3cret pw"))) {
            assertEquals(2, rs.graphs().size(), "credentials from the environment");
        }
        try (RemoteStore rs = RemoteStore.connect(
                "sparql:http://writer:wrong@127.0.0.1:" + lockedPort + "/ds",
                java.util.Map.of(RemoteStore.ENV_USER, "writer", RemoteStore.ENV_PASSWORD, "s3cret pw"))) {
            var e = assertThrows(StoreException.class, rs::graphs, "credentials in the URL win over the environment");
            assertTrue(e.getMessage().contains("HTTP 401, user writer (password hidden)"), e.getMessage());
            assertFalse(e.getMessage().contains("wrong"), "the password never shows");
        }
        String inUrl = RemoteStore.SCHEME + "http://writer:s3cret%20pw@127.0.0.1:" + lockedPort + "/ds";
        try (RemoteStore rs = RemoteStore.connect(inUrl)) {
            assertEquals(2, rs.graphs().size());
            assertEquals(
                    "http://127.0.0.1:" + lockedPort + "/ds/data",
                    rs.endpoints().gsp(),
                    "credentials stripped");
        }
    }

    @Test
    void specForms() {
        try (RemoteStore rs = RemoteStore.connect("sparql:http://h:7200/repositories/r/")) {
            assertEquals(
                    new RemoteStore.Endpoints(
                            "http://h:7200/repositories/r/sparql",
                            "http://h:7200/repositories/r/update",
                            "http://h:7200/repositories/r/data"),
                    rs.endpoints());
        }
        try (RemoteStore rs = RemoteStore.connect(
                "sparql:query=http://h/repositories/r;gsp=http://h/repositories/r/rdf-graphs/service")) {
            assertEquals("http://h/repositories/r", rs.endpoints().query());
            assertEquals(
                    "http://h/repositories/r/rdf-graphs/service", rs.endpoints().gsp());
        }
        assertThrows(IllegalArgumentException.class, () -> RemoteStore.connect("http://h/ds"));
        assertThrows(IllegalArgumentException.class, () -> RemoteStore.connect("sparql:ftp://h/ds"));
        assertThrows(IllegalArgumentException.class, () -> RemoteStore.connect("sparql:query=http://h/q"));
        assertThrows(
                IllegalArgumentException.class, () -> RemoteStore.connect("sparql:query=http://h/q;bogus=http://x"));
    }

    @Test
    void cliIngestAndValidateAgainstTheStore(@TempDir Path tmp) {
        CorpusGenerator.write(CorpusGenerator.generate(3, 11), tmp);
        String spec = RemoteStore.SCHEME + base(openPort);
        java.io.StringWriter out = new java.io.StringWriter();
        var cli = org.claimgraph.cli.Main.commandLine();
        cli.setOut(new java.io.PrintWriter(out));
        cli.setErr(new java.io.PrintWriter(new java.io.StringWriter()));
        int rc = cli.execute(
                "ingest",
                "--no-progress",
                "--store",
                spec,
                tmp.resolve(CorpusGenerator.NOTES_DIR).toString());
        // the generated notes carry no half-written block and none fails: "0: every note ingested"
        assertEquals(0, rc, "ingest exit code: " + out);
        try (RemoteStore rs = RemoteStore.connect(spec)) {
            long noteGraphs = rs.graphs().stream()
                    .filter(g -> !g.endsWith("/ontology") && !g.endsWith("/ingest"))
                    .count();
            assertEquals(3, noteGraphs, rs.graphs().toString());
        }
        // validate on the remote store says exactly what validate on a local TDB2 of the same notes says
        CliResult remote = cli("validate", "--store", spec, "--as-of", "2025-12-01", "--format", "text");
        assertEquals(
                0,
                cli(
                                "ingest",
                                "--no-progress",
                                "--db",
                                tmp.resolve("local").toString(),
                                tmp.resolve(CorpusGenerator.NOTES_DIR).toString())
                        .rc());
        CliResult local =
                cli("validate", "--db", tmp.resolve("local").toString(), "--as-of", "2025-12-01", "--format", "text");
        assertEquals(local.rc(), remote.rc(), "validate exit code, local vs remote");
        assertEquals(
                local.out().lines().sorted().toList(),
                remote.out().lines().sorted().toList(),
                "validate report, local vs remote");
        assertFalse(remote.out().isBlank(), "validate printed its report");
        // audit stores its findings in the audit graph, and with --store that graph goes back to the store
        try (RemoteStore rs = RemoteStore.connect(spec)) {
            assertFalse(rs.graphs().contains(org.claimgraph.rdf.Iris.AUDIT_GRAPH), "no audit graph before the audit");
        }
        var cli3 = org.claimgraph.cli.Main.commandLine();
        cli3.setOut(new java.io.PrintWriter(new java.io.StringWriter()));
        cli3.setErr(new java.io.PrintWriter(new java.io.StringWriter()));
        int arc = cli3.execute("audit", "--store", spec, "--as-of", "2025-12-01", "--format", "json");
        assertEquals(0, arc, "audit exit code");
        try (RemoteStore rs = RemoteStore.connect(spec)) {
            assertTrue(
                    rs.graphs().contains(org.claimgraph.rdf.Iris.AUDIT_GRAPH),
                    rs.graphs().toString());
        }
        assertEquals(
                Integer.valueOf(2),
                Integer.valueOf(org.claimgraph.cli.Main.commandLine()
                        .setErr(new java.io.PrintWriter(new java.io.StringWriter()))
                        .execute(
                                "ingest",
                                "--store",
                                spec,
                                "--db",
                                tmp.resolve("db").toString(),
                                tmp.toString())));
    }

    // ---------------------------------------------------------------- helpers

    record CliResult(int rc, String out) {}

    private static CliResult cli(String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        var cli = org.claimgraph.cli.Main.commandLine();
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(new java.io.StringWriter()));
        int rc = cli.execute(args);
        return new CliResult(rc, out.toString());
    }

    static Process startFuseki(int port, String... auth) throws IOException, InterruptedException {
        return startFuseki(List.of(), port, auth);
    }

    /** As {@link #startFuseki(int, String...)}, with {@code jvmOptions} (e.g. {@code -Dcgsrv.maxRequestBytes=N}). */
    static Process startFuseki(List<String> jvmOptions, int port, String... auth)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of(
                "-cp", System.getProperty("java.class.path"), PlainFusekiMain.class.getName(), Integer.toString(port)));
        cmd.addAll(List.of(auth));
        Process p = new ProcessBuilder(cmd)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("READY ")) return p;
        }
        throw new IllegalStateException("Fuseki child exited with " + p.waitFor());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
