package org.claimgraph.server;

import static org.claimgraph.server.TestServers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Command-line settings: --timeout, --allow-service, --cors, and the generated password on a TDB2 store. */
class ServerOptionsTest {
    @TempDir
    static Path tmp;

    static ClaimgraphServer server;

    @BeforeAll
    static void start() {
        server = TestServers.start(tmp, o -> {
            o.timeoutSeconds = 1;
            o.allowService = true;
            o.cors = "http://tool.example";
        });
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void runawayQueryStoppedByTimeoutWith503() {
        String q =
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p1 ?b . ?c ?p2 ?d . ?e ?p3 ?f . ?g ?p4 ?h . ?i ?p5 ?j . ?k ?p6 ?l }";
        // the six-way cross product never finishes on its own: a 503 answer is the timeout at work
        HttpResponse<String> r = query(server, q, "application/sparql-results+json");
        assertEquals(503, r.statusCode(), r.body());
        // and the server still answers
        assertEquals(200, query(server, "ASK {}", null).statusCode());
    }

    @Test
    void serviceAllowedWithOption() {
        String q = "PREFIX cg: <https://w3id.org/claimgraph/ontology#> SELECT ?t WHERE { SERVICE <" + base(server)
                + "/kg/sparql> { ?c cg:text ?t } }";
        // the JVM's first SERVICE call (HTTP client start-up) can take longer than the 1 s timeout on a loaded machine
        query(server, q, "text/csv");
        HttpResponse<String> r = query(server, q, "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(4, r.body().lines().count(), r.body());
    }

    @Test
    void corsForConfiguredOriginOnly() {
        String url = base(server) + "/kg/sparql";
        HttpResponse<String> pre = send(HttpRequest.newBuilder(URI.create(url))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://tool.example")
                .header("Access-Control-Request-Method", "POST"));
        assertEquals(204, pre.statusCode());
        assertEquals(
                "http://tool.example",
                pre.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(pre.headers()
                .firstValue("Access-Control-Allow-Methods")
                .orElse("")
                .contains("POST"));

        HttpResponse<String> ok = send(HttpRequest.newBuilder(URI.create(url + "?query=" + enc("ASK{}")))
                .header("Origin", "http://tool.example"));
        assertEquals(
                "http://tool.example",
                ok.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        HttpResponse<String> other = send(HttpRequest.newBuilder(URI.create(url + "?query=" + enc("ASK{}")))
                .header("Origin", "http://evil.example"));
        assertEquals(200, other.statusCode());
        assertTrue(
                other.headers().firstValue("Access-Control-Allow-Origin").isEmpty(),
                other.headers().toString());
    }

    @Test
    void passwordGeneratedOnceNextToTheDb() throws Exception {
        Path db = tmp.resolve("store/kgdb");
        ClaimgraphServer.Options o = new ClaimgraphServer.Options();
        o.port = 0;
        o.db = db;
        o.docs = NOTES;
        o.ingest = new TurtleNotes();
        o.terminal = true; // printed only to a terminal (HardeningTest checks the other case)
        StringWriter first = new StringWriter();
        String password;
        try (ClaimgraphServer s = ClaimgraphServer.start(o, new PrintWriter(first, true))) {
            assertTrue(Files.isDirectory(db.resolve("Data-0001")), "TDB2 lives in the --db folder");
            Path file = db.resolveSibling("kgdb.passwd");
            assertEquals(file.toAbsolutePath(), s.passwordFile());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            Matcher m =
                    Pattern.compile("Write password for user 'admin': (\\S+)").matcher(first.toString());
            assertTrue(m.find(), first.toString());
            password = m.group(1);
            assertTrue(first.toString().contains(file.toAbsolutePath().toString()));
            assertTrue(Files.readString(file).contains("admin: " + password));
            HttpResponse<String> u = post(
                    base(s) + "/kg/update",
                    "application/sparql-update",
                    "INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> <https://example.org/p> \"kept\" } }",
                    basic("admin", password));
            assertTrue(u.statusCode() == 200 || u.statusCode() == 204, u.statusCode() + u.body());
        }
        StringWriter second = new StringWriter();
        try (ClaimgraphServer s = ClaimgraphServer.start(o, new PrintWriter(second, true))) {
            assertFalse(second.toString().contains(password), "password printed again");
            assertTrue(second.toString().contains("Write password: in "), second.toString());
            // TDB2 kept the write across the restart
            HttpResponse<String> r = query(s, "ASK { GRAPH ?g { ?s ?p \"kept\" } }", "application/sparql-results+json");
            assertTrue(r.body().contains("true"), r.body());
        }
    }
}
