package org.claimgraph.server;

import static org.claimgraph.server.TestServers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled examples served with the real ingest: every ready query in {@code queries/} runs over
 * HTTP and returns rows; a cgf: function works over HTTP.
 */
class ExamplesOverHttpTest {
    @TempDir
    static Path tmp;

    static ClaimgraphServer server;
    static String banner;

    @BeforeAll
    static void start() throws IOException {
        Path realm = tmp.resolve("realm.properties");
        Files.writeString(realm, "admin: " + PASSWORD + "\n");
        ClaimgraphServer.Options o = new ClaimgraphServer.Options();
        o.port = 0;
        o.docs = Path.of("examples");
        o.passwordFile = realm;
        // the audit runs under the server's query timeout (10 s by default); on a loaded 2-core machine it
        // took longer and answered 503. The timeout itself is ServerOptionsTest's subject, not this test's.
        o.timeoutSeconds = 600;
        StringWriter out = new StringWriter();
        server = ClaimgraphServer.start(o, new PrintWriter(out, true));
        banner = out.toString();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    /** Queries that read what another command writes first (the audit graph of 'claimgraph audit --db'). */
    static boolean needsPriorRun(String query) {
        return query.contains("/id/audit>") || query.contains("cgid:audit");
    }

    @Test
    void everyReadyQueryReturnsRowsOverHttp() throws IOException {
        assertTrue(banner.contains("Ingested 2 notes"), "examples/ has two notes:\n" + banner);
        List<String> empty = new ArrayList<>();
        int ran = 0;
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            for (Path rq :
                    files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                String q = Files.readString(rq);
                HttpResponse<String> r = post(base(server) + "/kg/sparql", "application/sparql-query", q, null);
                assertEquals(200, r.statusCode(), rq + ": " + r.body());
                ran++;
                if (needsPriorRun(q)) continue;
                String accept = r.headers().firstValue("Content-Type").orElse("");
                boolean rows = accept.contains("sparql-results+json")
                        ? !r.body().matches("(?s).*\"bindings\"\\s*:\\s*\\[\\s*\\].*")
                        : !r.body().isBlank();
                if (!rows) empty.add(rq.getFileName().toString());
            }
        }
        assertTrue(ran > 0, "no queries found in queries/");
        assertTrue(empty.isEmpty(), "ready queries without rows on the examples: " + empty);
    }

    @Test
    void auditReportOverHttp() {
        assertTrue(banner.contains("Ingested 2 notes"), "examples/ has two notes:\n" + banner);
        HttpResponse<String> json = get(base(server) + "/kg/audit?as-of=2026-01-01", "application/json");
        assertEquals(200, json.statusCode(), json.body());
        assertTrue(json.body().contains("ci-pipeline.md"), json.body());
        HttpResponse<String> md = get(base(server) + "/kg/audit?as-of=2026-01-01", "text/markdown");
        assertEquals(200, md.statusCode());
        assertTrue(md.body().contains("ci-pipeline.md:"), "findings carry file:line\n" + md.body());
        HttpResponse<String> html =
                get(base(server) + "/kg/audit?as-of=2026-01-01&lang=zh", "text/html,application/xhtml+xml");
        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains("<html") && html.body().contains("postgres-ha.md"), html.body());
    }

    @Test
    void exportsOverHttp() throws Exception {
        assertTrue(banner.contains("Ingested 2 notes"), "examples/ has two notes:\n" + banner);
        HttpResponse<String> graphml = get(base(server) + "/kg/export/graphml", null);
        assertEquals(200, graphml.statusCode(), graphml.body());
        assertTrue(graphml.headers().firstValue("Content-Type").orElse("").startsWith("application/graphml+xml"));
        assertTrue(graphml.body().contains("<graphml"), graphml.body());
        HttpResponse<String> cy = get(base(server) + "/kg/export?format=cytoscape&include=tools,claims", null);
        assertEquals(200, cy.statusCode(), cy.body());
        assertTrue(cy.body().strip().startsWith("{"), cy.body());
        HttpResponse<byte[]> zip = HTTP.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base(server) + "/kg/export/obsidian"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, zip.statusCode());
        assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElse(""));
        assertTrue(zip.body().length > 100 && zip.body()[0] == 'P' && zip.body()[1] == 'K', "a zip");
        assertEquals(404, get(base(server) + "/kg/export/nope", null).statusCode());
        assertEquals(
                400,
                get(base(server) + "/kg/export/graphml?include=bogus", null).statusCode());
        // exports are reads: no write through them
        assertTrue(post(base(server) + "/kg/export/graphml", "text/plain", "x", null)
                        .statusCode()
                >= 400);
    }

    @Test
    void cgfFunctionOverHttp() {
        String sigmoid = "https://w3id.org/claimgraph/fn#sigmoid";
        assertTrue(FunctionRegistry.get().isRegistered(sigmoid), "cgf: functions are registered with the server");
        HttpResponse<String> r = query(
                server, "PREFIX cgf: <https://w3id.org/claimgraph/fn#> SELECT (cgf:sigmoid(0) AS ?s) {}", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(
                0.5,
                Double.parseDouble(
                        r.body().lines().skip(1).findFirst().orElseThrow().trim()),
                1e-12);
        // wrong arguments leave the value unbound, never a 500
        HttpResponse<String> bad = query(
                server,
                "PREFIX cgf: <https://w3id.org/claimgraph/fn#> SELECT (cgf:sigmoid(\"x\") AS ?s) {}",
                "text/csv");
        assertEquals(200, bad.statusCode(), bad.body());
    }
}
