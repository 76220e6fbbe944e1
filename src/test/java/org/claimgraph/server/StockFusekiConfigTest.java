package org.claimgraph.server;

import static org.claimgraph.server.TestServers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled configuration file run by a plain Fuseki main server (no ClaimgraphServer): our
 * module comes in through the ServiceLoader, and the security model holds there too.
 */
class StockFusekiConfigTest {
    @TempDir
    static Path tmp;

    static FusekiServer fuseki;
    /**
     * The file's server context (arq:queryTimeout 10 s, SERVICE off) lands in ARQ's global context,
     * and a plain Fuseki never puts it back: later tests in this JVM would inherit a 10 s timeout on
     * every in-process query. Saved here, restored in {@link #stop}.
     */
    static final java.util.Map<org.apache.jena.sparql.util.Symbol, Object> GLOBALS = new java.util.HashMap<>();

    @BeforeAll
    static void start() throws Exception {
        for (var s : new org.apache.jena.sparql.util.Symbol[] {
            org.apache.jena.query.ARQ.queryTimeout, org.apache.jena.query.ARQ.httpServiceAllowed
        }) GLOBALS.put(s, org.apache.jena.query.ARQ.getContext().get(s));
        Path realm = tmp.resolve("claimgraph.passwd");
        Files.writeString(realm, "admin: " + PASSWORD + "\n");
        String config = Files.readString(Path.of("fuseki-config/claimgraph-mem.ttl"))
                .replace("fuseki:passwd \"claimgraph.passwd\"", "fuseki:passwd \"" + realm.toAbsolutePath() + "\"");
        Path file = tmp.resolve("config.ttl");
        Files.writeString(file, config);
        fuseki = FusekiServer.create()
                .port(0)
                .parseConfigFile(file.toString())
                .build()
                .start();
    }

    @AfterAll
    static void stop() {
        fuseki.stop();
        GLOBALS.forEach((k, v) -> {
            if (v == null) org.apache.jena.query.ARQ.getContext().remove(k);
            else org.apache.jena.query.ARQ.getContext().set(k, v);
        });
    }

    private static String base() {
        return "http://localhost:" + fuseki.getHttpPort();
    }

    @Test
    void moduleIsLoadedAutomatically() {
        assertTrue(
                fuseki.getModules().asList().stream().anyMatch(m -> m instanceof ClaimgraphModule),
                fuseki.getModules().toString());
        HttpResponse<String> audit = get(base() + "/kg/audit", "application/json");
        assertEquals(200, audit.statusCode(), audit.body());
        assertEquals(200, get(base() + "/", "text/html").statusCode());
        assertEquals(200, get(base() + "/$/metrics", null).statusCode());
    }

    @Test
    void writesNeedThePassword() {
        String upd =
                "INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> <https://example.org/p> \"stock\" } }";
        assertEquals(
                401,
                post(base() + "/kg/update", "application/sparql-update", upd, null)
                        .statusCode());
        assertEquals(
                401,
                post(base() + "/kg", "application/sparql-update", upd, null).statusCode());
        assertEquals(
                401,
                post(
                                base() + "/kg/data?graph=" + enc("https://example.org/g"),
                                "text/turtle",
                                "<https://example.org/s> <https://example.org/p> 1 .",
                                null)
                        .statusCode());
        HttpResponse<String> ok =
                post(base() + "/kg/update", "application/sparql-update", upd, basic("admin", PASSWORD));
        assertTrue(ok.statusCode() == 200 || ok.statusCode() == 204, ok.statusCode() + ok.body());
        HttpResponse<String> r = get(
                base() + "/kg/sparql?query=" + enc("SELECT ?o WHERE { ?s <https://example.org/p> ?o }"), "text/csv");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("stock"), r.body());
    }

    @Test
    void serviceRefusedByTheFile() {
        HttpResponse<String> r = get(
                base() + "/kg/sparql?query=" + enc("SELECT * { SERVICE <" + base() + "/kg/sparql> { ?s ?p ?o } }"),
                null);
        // refused as a client error because the file sets arq:httpServiceAllowed false: not run, not a server error
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body());
        assertTrue(r.body().contains("SERVICE execution disabled"), r.body());
    }
}
