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
    @TempDir static Path tmp;
    static FusekiServer fuseki;

    @BeforeAll
    static void start() throws Exception {
        Path realm = tmp.resolve("claimgraph.passwd");
        Files.writeString(realm, "admin: " + PASSWORD + "\n");
        String config = Files.readString(Path.of("fuseki-config/claimgraph-mem.ttl"))
                .replace("fuseki:passwd \"claimgraph.passwd\"", "fuseki:passwd \"" + realm.toAbsolutePath() + "\"");
        Path file = tmp.resolve("config.ttl");
        Files.writeString(file, config);
        fuseki = FusekiServer.create().port(0).parseConfigFile(file.toString()).build().start();
    }

    @AfterAll
    static void stop() {
        fuseki.stop();
    }

    private static String base() {
        return "http://localhost:" + fuseki.getHttpPort();
    }

    @Test
    void moduleIsLoadedAutomatically() {
        assertTrue(fuseki.getModules().asList().stream().anyMatch(m -> m instanceof ClaimgraphModule), fuseki.getModules().toString());
        HttpResponse<String> audit = get(base() + "/kg/audit", "application/json");
        assertEquals(200, audit.statusCode(), audit.body());
        assertEquals(200, get(base() + "/", "text/html").statusCode());
        assertEquals(200, get(base() + "/$/metrics", null).statusCode());
    }

    @Test
    void writesNeedThePassword() {
        String upd = "INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> <https://example.org/p> \"stock\" } }";
        assertEquals(401, post(base() + "/kg/update", "application/sparql-update", upd, null).statusCode());
        assertEquals(401, post(base() + "/kg", "application/sparql-update", upd, null).statusCode());
        assertEquals(401, post(base() + "/kg/data?graph=" + enc("https://example.org/g"), "text/turtle", "<https://example.org/s> <https://example.org/p> 1 .", null).statusCode());
        HttpResponse<String> ok = post(base() + "/kg/update", "application/sparql-update", upd, basic("admin", PASSWORD));
        assertTrue(ok.statusCode() == 200 || ok.statusCode() == 204, ok.statusCode() + ok.body());
        HttpResponse<String> r = get(base() + "/kg/sparql?query=" + enc("SELECT ?o WHERE { ?s <https://example.org/p> ?o }"), "text/csv");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("stock"), r.body());
    }

    @Test
    void serviceRefusedByTheFile() {
        HttpResponse<String> r = get(base() + "/kg/sparql?query=" + enc("SELECT * { SERVICE <" + base() + "/kg/sparql> { ?s ?p ?o } }"), null);
        assertNotEquals(200, r.statusCode(), r.body());
    }
}
