package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.util.IsoMatcher;
import org.claimgraph.testing.Prerequisites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link RemoteStore} against a real OpenLink Virtuoso 7 ({@link VirtuosoServer}): writes through
 * its Digest-authenticated Graph Store endpoint, reads through its anonymous SPARQL endpoint, and
 * only claimgraph's graphs are seen (Virtuoso keeps system graphs beside them).
 */
class VirtuosoStoreTest {
    private static VirtuosoServer server;
    private static Path dir;

    @BeforeEach
    void virtuoso() throws Exception {
        Prerequisites.require(
                VirtuosoServer.installed(),
                "virtuoso-t (" + VirtuosoServer.BINARY + ")",
                "apt-get install virtuoso-opensource");
        if (server == null) {
            dir = Files.createTempDirectory("virtuoso");
            server = VirtuosoServer.start(dir);
        }
        try (RemoteStore rs = RemoteStore.connect(server.spec(), VirtuosoServer.USER, VirtuosoServer.PASSWORD)) {
            for (String g : rs.graphs()) rs.dropGraph(g);
        }
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) server.close();
    }

    @Test
    void digestAuthenticatedWritesRoundTrip() {
        Dataset fixture = RDFDataMgr.loadDataset("store/remote/two-notes.trig");
        try (RemoteStore rs = RemoteStore.connect(
                server.spec(), StoreCredentials.password(VirtuosoServer.USER, VirtuosoServer.PASSWORD))) {
            assertEquals(2, rs.pushAll(fixture));
            assertEquals(
                    List.of("https://w3id.org/claimgraph/id/graph/aaa", "https://w3id.org/claimgraph/id/graph/bbb"),
                    rs.graphs(),
                    "only claimgraph's graphs, none of Virtuoso's system graphs");
            Dataset back = rs.fetchInto(DatasetFactory.createTxnMem());
            assertTrue(IsoMatcher.isomorphic(canonical(fixture), canonical(back)), () -> "differs:\n" + dump(back));
            rs.pushAll(fixture); // PUT replaces: the same data again
            assertTrue(
                    IsoMatcher.isomorphic(canonical(fixture), canonical(rs.fetchInto(DatasetFactory.createTxnMem()))));
        }
    }

    @Test
    void wrongPasswordIsRefusedAndWritesNothing() {
        Dataset fixture = RDFDataMgr.loadDataset("store/remote/two-notes.trig");
        try (RemoteStore rs =
                RemoteStore.connect(server.spec(), StoreCredentials.password(VirtuosoServer.USER, "wrong"))) {
            StoreException e = assertThrows(StoreException.class, () -> rs.pushAll(fixture));
            assertTrue(e.getMessage().contains("HTTP 401, user dba (password hidden)"), e.getMessage());
            assertFalse(e.getMessage().contains("wrong"), "the password never shows");
            assertEquals(List.of(), rs.graphs(), "nothing written");
        }
        try (RemoteStore anonymous = RemoteStore.connect(server.spec())) {
            StoreException e = assertThrows(StoreException.class, () -> anonymous.pushAll(fixture));
            assertTrue(e.getMessage().contains("HTTP 401, anonymous"), e.getMessage());
        }
    }

    @Test
    void ingestWithAWrongPasswordExits3AndWritesNothing() {
        String spec = RemoteStore.SCHEME + "query=" + server.queryUrl() + ";gsp="
                + server.gspUrl().replace("http://", "http://dba:wr0ng@");
        java.io.StringWriter err = new java.io.StringWriter();
        int rc = org.claimgraph.cli.Main.commandLine()
                .setOut(new java.io.PrintWriter(new java.io.StringWriter()))
                .setErr(new java.io.PrintWriter(err))
                .execute("ingest", "--no-progress", "--store", spec, "examples");
        assertEquals(3, rc, err.toString());
        assertTrue(err.toString().startsWith("store: Virtuoso/07."), "the dialect is said first: " + err);
        assertTrue(err.toString().contains("refused") && err.toString().contains("HTTP 401"), err.toString());
        assertFalse(err.toString().contains("wr0ng"), "the password never shows: " + err);
        try (RemoteStore rs = RemoteStore.connect(server.spec())) {
            assertEquals(List.of(), rs.graphs(), "nothing written");
        }
    }

    /**
     * The dataset with every literal in its canonical lexical form: Virtuoso keeps values, not
     * lexical forms ("6.0"^^xsd:decimal comes back as "6"), which docs/remote-store.md lists.
     */
    static org.apache.jena.sparql.core.DatasetGraph canonical(Dataset d) {
        var out = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        var canon = org.apache.jena.riot.process.normalize.CanonicalizeLiteral.get();
        org.apache.jena.system.Txn.executeRead(
                d,
                () -> d.asDatasetGraph()
                        .find()
                        .forEachRemaining(q ->
                                out.add(q.getGraph(), q.getSubject(), q.getPredicate(), canon.apply(q.getObject()))));
        return out;
    }

    private static String dump(Dataset d) {
        java.io.StringWriter w = new java.io.StringWriter();
        RDFDataMgr.write(w, d, org.apache.jena.riot.Lang.TRIG);
        return w.toString();
    }
}
