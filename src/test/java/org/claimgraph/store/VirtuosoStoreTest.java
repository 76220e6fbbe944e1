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
import org.apache.jena.system.Txn;
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
        Prerequisites.require(VirtuosoServer.installed(), "virtuoso-t (" + VirtuosoServer.BINARY + ")",
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
        try (RemoteStore rs = RemoteStore.connect(server.spec(), StoreCredentials.password(VirtuosoServer.USER, VirtuosoServer.PASSWORD))) {
            assertEquals(2, rs.pushAll(fixture));
            assertEquals(List.of("https://w3id.org/claimgraph/id/graph/aaa", "https://w3id.org/claimgraph/id/graph/bbb"),
                    rs.graphs(), "only claimgraph's graphs, none of Virtuoso's system graphs");
            Dataset back = rs.fetchInto(DatasetFactory.createTxnMem());
            assertTrue(IsoMatcher.isomorphic(canonical(fixture), canonical(back)), () -> "differs:\n" + dump(back));
            rs.pushAll(fixture); // PUT replaces: the same data again
            assertTrue(IsoMatcher.isomorphic(canonical(fixture), canonical(rs.fetchInto(DatasetFactory.createTxnMem()))));
        }
    }

    @Test
    void wrongPasswordIsRefusedAndWritesNothing() {
        Dataset fixture = RDFDataMgr.loadDataset("store/remote/two-notes.trig");
        try (RemoteStore rs = RemoteStore.connect(server.spec(), StoreCredentials.password(VirtuosoServer.USER, "wrong"))) {
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
        int rc = org.claimgraph.cli.Main.commandLine().setOut(new java.io.PrintWriter(new java.io.StringWriter()))
                .setErr(new java.io.PrintWriter(err)).execute("ingest", "--no-progress", "--store", spec, "examples");
        assertEquals(3, rc, err.toString());
        assertTrue(err.toString().startsWith("store: Virtuoso/07."), "the dialect is said first: " + err);
        assertTrue(err.toString().contains("refused") && err.toString().contains("HTTP 401"), err.toString());
        assertFalse(err.toString().contains("wr0ng"), "the password never shows: " + err);
        try (RemoteStore rs = RemoteStore.connect(server.spec())) {
            assertEquals(List.of(), rs.graphs(), "nothing written");
        }
    }

    @Test
    void examplesAndACorpusIngestLikeTdb2(@org.junit.jupiter.api.io.TempDir Path tmp) {
        org.claimgraph.corpus.CorpusGenerator.write(org.claimgraph.corpus.CorpusGenerator.generate(20, 5), tmp.resolve("corpus"));
        List<Path> inputs = List.of(Path.of("examples"), tmp.resolve("corpus").resolve(org.claimgraph.corpus.CorpusGenerator.NOTES_DIR));
        Dataset tdb = Stores.tdb2(tmp.resolve("db"));
        NotePipeline.of(tdb).ingest(inputs);
        try (RemoteStore rs = RemoteStore.connect(server.spec(), StoreCredentials.password(VirtuosoServer.USER, VirtuosoServer.PASSWORD))) {
            NotePipeline.builder(rs).build().ingest(inputs);
            var remote = canonical(rs.fetchInto(DatasetFactory.createTxnMem()));
            var local = canonical(tdb);
            assertTrue(local.stream().count() > 1000, "the notes produced data");
            for (var g : (Iterable<org.apache.jena.graph.Node>) () -> local.listGraphNodes()) {
                assertTrue(org.apache.jena.sparql.util.IsoMatcher.isomorphic(local.getGraph(g), remote.getGraph(g)),
                        "graph " + g + " differs between TDB2 and Virtuoso");
            }
            assertEquals(local.stream().count(), remote.stream().count());
            IngestReport again = NotePipeline.builder(rs).build().ingest(inputs); // idempotent, and nothing sent
            assertEquals(again.notes(), again.unchanged(), "every note recognised as unchanged by the store's ingest graph");
            assertTrue(IsoMatcher.isomorphic(remote, canonical(rs.fetchInto(DatasetFactory.createTxnMem()))));
        }
    }

    /**
     * The dataset with every literal in its canonical lexical form: Virtuoso keeps values, not
     * lexical forms ("6.0"^^xsd:decimal comes back as "6"), which docs/remote-store.md lists.
     */
    static org.apache.jena.sparql.core.DatasetGraph canonical(Dataset d) {
        var out = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        var canon = org.apache.jena.riot.process.normalize.CanonicalizeLiteral.get();
        org.apache.jena.system.Txn.executeRead(d, () -> d.asDatasetGraph().find().forEachRemaining(q ->
                out.add(q.getGraph(), q.getSubject(), q.getPredicate(), canon.apply(q.getObject()))));
        return out;
    }

    @Test
    void validateAuditAndExportsGiveWhatTheyGiveWithDb(@org.junit.jupiter.api.io.TempDir Path tmp) {
        String db = tmp.resolve("db").toString();
        String store = server.spec().replace(";gsp=http://", ";gsp=http://" + VirtuosoServer.USER + ":" + VirtuosoServer.PASSWORD + "@");
        Run localIngest = run(List.of("ingest", "--no-progress", "--db", db, "examples"));
        Run remoteIngest = run(List.of("ingest", "--no-progress", "--store", store, "examples"));
        assertEquals(localIngest.rc(), remoteIngest.rc(), "same ingest outcome");
        assertEquals(canonicalText(localIngest.out()), canonicalText(remoteIngest.out()), "same ingest summary");
        for (List<String> command : List.of(
                List.of("validate"),
                List.of("audit", "--as-of", "2025-12-01", "--format", "json"),
                List.of("export", "rdf", "--format", "nq"),
                List.of("export", "graphml"),
                List.of("export", "neo4j"))) {
            Run local = run(concat(command, "--db", db));
            Run remote = run(concat(command, "--store", store));
            String name = String.join("-", command).replaceAll("[^a-z0-9-]", "");
            try {
                Files.writeString(Path.of("target", "virtuoso-" + name + "-db.txt"), local.out());
                Files.writeString(Path.of("target", "virtuoso-" + name + "-store.txt"), remote.out());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            assertEquals(local.rc(), remote.rc(), () -> command + ": exit codes; stderr with --store:\n" + remote.err());
            if (command.contains("nq")) { // blank-node labels are arbitrary: compare the quads with blank nodes as one symbol
                assertEquals(quadLines(local.out()), quadLines(remote.out()), command + ": quads");
            } else {
                assertEquals(canonicalText(local.out()), canonicalText(remote.out()), command + ": output");
            }
        }
    }

    private record Run(int rc, String out, String err) {}

    private static Run run(List<String> command) {
        String[] args = command.toArray(String[]::new);
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int rc = org.claimgraph.cli.Main.commandLine().setOut(new java.io.PrintWriter(out))
                .setErr(new java.io.PrintWriter(err)).execute(args);
        return new Run(rc, out.toString(), err.toString());
    }

    /** The quads of an N-Quads text, literals in canonical form, every blank node written {@code _:b}, sorted. */
    private static List<String> quadLines(String text) {
        Dataset d = DatasetFactory.createTxnMem();
        RDFDataMgr.read(d, new java.io.StringReader(text), null, org.apache.jena.riot.Lang.NQUADS);
        // the ingest hashes graph is there on both sides (GspSink records the hashes as NoteTransaction does)
        return canonical(d).stream()
                .map(q -> java.util.stream.Stream.of(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject())
                .map(n -> n.isBlank() ? "_:b" : n.toString()).collect(java.util.stream.Collectors.joining(" "))).sorted().toList();
    }

    private static List<String> concat(List<String> command, String... more) {
        List<String> all = new java.util.ArrayList<>(command);
        all.addAll(List.of(more));
        return all;
    }

    /** Output with timings and the data source's name taken out (the only things that may differ). */
    private static String canonicalText(String s) {
        return s.replaceAll("\\d+(\\.\\d+)? ?(ms|s)\\b", "T").replaceAll("--(db|store) \\S+", "SOURCE");
    }

    private static String dump(Dataset d) {
        java.io.StringWriter w = new java.io.StringWriter();
        RDFDataMgr.write(w, d, org.apache.jena.riot.Lang.TRIG);
        return w.toString();
    }
}
