package org.claimgraph.server;

import static org.claimgraph.server.TestServers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPARQL 1.1 protocol over the real server: result formats, CONSTRUCT formats, errors, UI files. */
class ServerProtocolTest {
    @TempDir
    static Path tmp;

    static ClaimgraphServer server;

    static final String SELECT = "PREFIX cg: <https://w3id.org/claimgraph/ontology#> "
            + "SELECT ?claim ?text WHERE { ?claim cg:text ?text } ORDER BY ?claim";

    @BeforeAll
    static void start() {
        server = TestServers.start(tmp, o -> {});
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void selectGetJson() {
        HttpResponse<String> r = query(server, SELECT, "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        assertTrue(r.body().contains("\"bindings\""));
        assertTrue(r.body().contains("Pod 启动 1.2 秒"), r.body());
        assertEquals(3, r.body().split("\"claim\"\\s*:\\s*\\{").length - 1, r.body());
    }

    @Test
    void selectPostFormCsvTsvXml() {
        String url = base(server) + "/kg/query";
        HttpResponse<String> csv = send(HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/csv")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(SELECT))));
        assertEquals(200, csv.statusCode(), csv.body());
        assertEquals("claim,text", csv.body().lines().findFirst().orElseThrow());
        assertEquals(4, csv.body().lines().count());

        HttpResponse<String> tsv = post(url, "application/sparql-query", SELECT, null);
        assertEquals(200, tsv.statusCode());
        HttpResponse<String> tsv2 = send(HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/tab-separated-values")
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(SELECT)));
        assertEquals(200, tsv2.statusCode());
        assertEquals("?claim\t?text", tsv2.body().lines().findFirst().orElseThrow());

        HttpResponse<String> xml =
                get(base(server) + "/kg/sparql?query=" + enc(SELECT), "application/sparql-results+xml");
        assertEquals(200, xml.statusCode());
        assertTrue(xml.body().contains("<sparql"), xml.body());
        assertEquals(3, xml.body().split("<result>").length - 1);
    }

    @Test
    void datasetUrlAnswersQueries() {
        HttpResponse<String> r = get(base(server) + "/kg?query=" + enc(SELECT), "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("冷启动"));
    }

    @Test
    void constructTurtleAndJsonLd() {
        String q =
                "PREFIX cg: <https://w3id.org/claimgraph/ontology#> CONSTRUCT { ?c cg:aboutTool ?t } WHERE { ?c cg:aboutTool ?t }";
        HttpResponse<String> ttl = query(server, q, "text/turtle");
        assertEquals(200, ttl.statusCode());
        assertTrue(ttl.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(ttl.body().contains("kubernetes"), ttl.body());
        HttpResponse<String> jsonld = query(server, q, "application/ld+json");
        assertEquals(200, jsonld.statusCode());
        assertTrue(jsonld.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertTrue(jsonld.body().contains("wasmedge"), jsonld.body());
    }

    @Test
    void malformedQueryIs400WithParserMessage() {
        HttpResponse<String> r = query(server, "SELECT ?x WHERE { ?x ?p }", "application/sparql-results+json");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Parse error") || r.body().contains("Encountered"), r.body());
        assertTrue(r.body().contains("line 1"), r.body());
    }

    @Test
    void pingMetricsServerStatusAndUi() {
        assertEquals(200, get(base(server) + "/$/ping", null).statusCode());
        HttpResponse<String> metrics = get(base(server) + "/$/metrics", null);
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("# TYPE"), metrics.body());
        HttpResponse<String> status = get(base(server) + "/$/server", "application/json");
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("\"/kg\""), status.body());
        HttpResponse<String> ui = get(base(server) + "/", "text/html");
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().toLowerCase().contains("<html"), ui.body());
    }

    @Test
    void auditEndpointNegotiates() {
        HttpResponse<String> json = get(base(server) + "/kg/audit", "application/json");
        HttpResponse<String> html = get(base(server) + "/kg/audit", "text/html");
        HttpResponse<String> md = get(base(server) + "/kg/audit?format=md", null);
        for (HttpResponse<String> r : java.util.List.of(json, html, md)) assertEquals(200, r.statusCode(), r.body());
        assertTrue(json.body().strip().startsWith("{"), json.body());
        assertTrue(html.body().contains("<html"), html.body());
        assertTrue(md.body().startsWith("#"), md.body());
        assertEquals(400, get(base(server) + "/kg/audit?as-of=yesterday", null).statusCode());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(md.headers().firstValue("Content-Type").orElse("").startsWith("text/markdown"));
    }

    @Test
    void bannerSaysUrlsSizeAndPassword() {
        String b = TestServers.lastBanner;
        assertTrue(b.contains("/kg/sparql"), b);
        assertTrue(b.matches("(?s).*\\d+ triples in \\d+ named graphs.*"), b);
        assertTrue(b.contains("realm.properties"), b);
    }
}
