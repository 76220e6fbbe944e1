package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.claimgraph.corpus.CorpusGenerator;
import org.claimgraph.rdf.Iris;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Graphs larger than the store accepts in one request: a claimgraph-module Fuseki
 * ({@link PlainFusekiMain}) with a 64 KiB body limit ({@code cgsrv:maxRequestBytes}) stands in for
 * the 10 MiB default that the audit graph of 100 notes exceeds. Written through {@link GraphWriter}
 * in parts and swapped in, they arrive whole; a failure part-way leaves the previous graph.
 */
class LargeGraphWriteTest {
    private static final long SERVER_LIMIT = 64 * 1024;
    private static final long BODY = 16 * 1024;
    private static final String TARGET = Iris.ID + "large-graph-test";

    private static Process fuseki;
    private static String spec;

    @BeforeAll
    static void start() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        fuseki = RemoteStoreTest.startFuseki(
                List.of("-D" + PlainFusekiMain.MAX_REQUEST_BYTES + "=" + SERVER_LIMIT), port);
        spec = RemoteStore.SCHEME + "http://127.0.0.1:" + port + "/ds";
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (fuseki == null) return;
        fuseki.destroy();
        if (!fuseki.waitFor(20, TimeUnit.SECONDS)) fuseki.destroyForcibly();
    }

    @BeforeEach
    void empty() {
        try (RemoteStore rs = RemoteStore.connect(spec)) {
            for (String g : rs.graphs()) rs.dropGraph(g);
        }
    }

    private static RemoteStore store(long maxBody) {
        return RemoteStore.connect(spec, StoreCredentials.none(), maxBody);
    }

    /** True when the store holds any staging graph (none must be left behind). */
    private static boolean stagingLeft(RemoteStore rs) {
        return rs.link()
                .queryAsk("ASK { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"" + GraphWriter.STAGING + "\")) }");
    }

    private static long ntBytes(Graph g) {
        return GraphBatches.whole(g).length;
    }

    @Test
    void aGraphOverTheStoresLimitIsWrittenInPartsAndArrivesWhole() {
        Graph old = GraphBatchesTest.auditLike(5, 5, "old");
        Graph big = GraphBatchesTest.auditLike(1500, 500, "new");
        assertTrue(ntBytes(big) > 3 * SERVER_LIMIT, "the graph is well over the store's limit: " + ntBytes(big));
        try (RemoteStore whole = store(Long.MAX_VALUE);
                RemoteStore parts = store(BODY)) {
            whole.putGraph(TARGET, old);
            RuntimeException refused = assertThrows(RuntimeException.class, () -> whole.putGraph(TARGET, big));
            // the store answers 413 before it reads the body and closes the connection; when its reset overtakes
            // the answer, the JDK client sees a broken connection instead (as in ServerSecurityTest.requestSizeLimits)
            if (refused instanceof StoreException)
                assertTrue(refused.getMessage().contains("HTTP 413"), "one PUT is refused: " + refused.getMessage());
            else
                assertEquals(
                        -1,
                        assertInstanceOf(HttpException.class, refused).getStatusCode(),
                        "a broken connection, no other status: " + refused);
            assertTrue(old.isIsomorphicWith(whole.graph(TARGET)), "the refused PUT left the previous graph");

            int sent = parts.putGraph(TARGET, big);
            assertTrue(sent >= ntBytes(big) / BODY, "sent in parts: " + sent);
            Graph back = parts.graph(TARGET);
            assertEquals(big.size(), back.size());
            assertTrue(big.isIsomorphicWith(back), "the store holds the graph written, not a merge with the old one");
            assertFalse(stagingLeft(parts), "the staging graph was moved, not left");
            assertEquals(List.of(TARGET), parts.graphs(), "only the target is one of ours");
        }
    }

    @Test
    void aFailurePartWayLeavesThePreviousGraphAndNoStagingGraph() {
        Graph old = GraphBatchesTest.auditLike(5, 5, "old");
        Graph big = GraphBatchesTest.auditLike(600, 300, "new");
        // one blank-node component over the store's limit: it cannot be split, so its part is refused after the
        // parts before it (triples without blank nodes first, then the components in order) were accepted
        Node huge = NodeFactory.createBlankNode();
        big.add(GraphBatchesTest.REPORT, GraphBatchesTest.RESULT, huge);
        big.add(huge, GraphBatchesTest.MESSAGE, NodeFactory.createLiteralString("z".repeat((int) SERVER_LIMIT * 2)));
        try (RemoteStore rs = store(BODY)) {
            rs.putGraph(TARGET, old);
            StoreException e = assertThrows(StoreException.class, () -> rs.putGraph(TARGET, big));
            assertTrue(e.getMessage().contains("HTTP 413"), e.getMessage());
            assertTrue(old.isIsomorphicWith(rs.graph(TARGET)), "the previous graph is intact");
            assertFalse(stagingLeft(rs), "the staging graph was dropped");
        }
    }

    @Test
    void aGraphThatFitsIsOnePut() {
        Graph small = GraphBatchesTest.auditLike(20, 20, "small");
        try (RemoteStore rs = store(BODY)) {
            assertEquals(1, rs.putGraph(TARGET, small));
            assertTrue(small.isIsomorphicWith(rs.graph(TARGET)));
            assertEquals(0, rs.putGraph(TARGET, GraphFactory.createDefaultGraph()) - 1, "an empty graph: one PUT");
            assertEquals(0, rs.count(TARGET), "replaced by nothing");
        }
    }

    /**
     * Through the command line: {@code ingest --store} and {@code audit --store} with parts of 16 KiB
     * ({@code -Dclaimgraph.storeMaxBodyBytes}); the audit graph written back (over the store's 64 KiB)
     * is the one {@code --db} stores.
     */
    @Test
    void auditWriteBackOverTheLimitThroughTheCommandLine(@TempDir Path tmp) {
        CorpusGenerator.write(CorpusGenerator.generate(4, 7), tmp.resolve("corpus"));
        String notes = tmp.resolve("corpus").resolve(CorpusGenerator.NOTES_DIR).toString();
        String db = tmp.resolve("db").toString();
        System.setProperty(GraphWriter.PROPERTY_MAX_BODY, Long.toString(BODY));
        try {
            assertEquals(0, run("ingest", "--no-progress", "--db", db, notes).rc());
            Run ingest = run("ingest", "--no-progress", "--store", spec, notes);
            assertEquals(0, ingest.rc(), ingest.err());
            Run local = run("audit", "--as-of", "2025-12-01", "--format", "json", "--db", db);
            Run remote = run("audit", "--as-of", "2025-12-01", "--format", "json", "--store", spec);
            assertEquals(local.rc(), remote.rc(), "exit code; --store stderr: " + remote.err());
            assertEquals(sourceless(local.out()), sourceless(remote.out()), "the same audit");
        } finally {
            System.clearProperty(GraphWriter.PROPERTY_MAX_BODY);
        }
        Graph stored;
        org.apache.jena.query.Dataset tdb = Stores.tdb2Existing(Path.of(db));
        try {
            stored = org.apache.jena.system.Txn.calculateRead(tdb, () -> {
                Graph c = GraphFactory.createDefaultGraph();
                tdb.asDatasetGraph()
                        .getGraph(NodeFactory.createURI(Iris.AUDIT_GRAPH))
                        .find()
                        .forEachRemaining(c::add);
                return c;
            });
        } finally {
            tdb.close();
        }
        try (RemoteStore rs = RemoteStore.connect(spec)) {
            Graph written = rs.graph(Iris.AUDIT_GRAPH);
            assertTrue(
                    ntBytes(written) > SERVER_LIMIT, "the audit graph is over the store's limit: " + ntBytes(written));
            assertTrue(stored.isIsomorphicWith(written), "the audit graph on the store is the one --db stored");
            assertFalse(stagingLeft(rs));
        }
    }

    private record Run(int rc, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int rc = org.claimgraph.cli.Main.commandLine()
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err))
                .execute(args);
        return new Run(rc, out.toString(), err.toString());
    }

    private static String sourceless(String s) {
        return s.replaceAll("--(db|store) \\S+", "SOURCE");
    }
}
