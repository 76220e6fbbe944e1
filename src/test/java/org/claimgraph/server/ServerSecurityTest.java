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

/** Security defaults over HTTP: who may write, SERVICE refused, no admin, request limits. */
class ServerSecurityTest {
    @TempDir
    static Path tmp;

    static ClaimgraphServer server;
    static final String AUTH = basic("admin", PASSWORD);
    static final String G = "https://w3id.org/claimgraph/id/graph/test-security";
    static final String UPDATE = update("written");
    static final String ANON_UPDATE = update("anonymous");

    static String update(String text) {
        return "INSERT DATA { GRAPH <" + G
                + "> { <https://example.org/x/s> <https://w3id.org/claimgraph/ontology#text> \"" + text + "\" } }";
    }

    static final String TTL =
            "<https://w3id.org/claimgraph/id/s> <https://w3id.org/claimgraph/ontology#text> \"via gsp\" .";
    static final String ANON_TTL =
            "<https://w3id.org/claimgraph/id/s> <https://w3id.org/claimgraph/ontology#text> \"anonymous gsp\" .";

    @BeforeAll
    static void start() {
        server = TestServers.start(tmp, o -> {});
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> put(String url, String body, String auth) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "text/turtle");
        if (auth != null) b.header("Authorization", auth);
        return send(b);
    }

    private static HttpResponse<String> delete(String url, String auth) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).DELETE();
        if (auth != null) b.header("Authorization", auth);
        return send(b);
    }

    private static void assertChallenge(HttpResponse<String> r) {
        assertEquals(401, r.statusCode(), r.body());
        assertTrue(
                r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"),
                r.headers().toString());
    }

    private static void assertRefused(HttpResponse<String> r) {
        assertTrue(r.statusCode() == 404 || r.statusCode() == 405, r.statusCode() + " " + r.body());
    }

    private static boolean present(String text) {
        HttpResponse<String> r =
                query(server, "ASK { GRAPH ?g { ?s ?p \"" + text + "\" } }", "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        return r.body().contains("true");
    }

    @Test
    void anonymousWritesAreChallenged() {
        String kg = base(server) + "/kg";
        assertChallenge(post(kg + "/update", "application/sparql-update", ANON_UPDATE, null));
        assertChallenge(post(kg + "/update", "application/x-www-form-urlencoded", "update=" + enc(ANON_UPDATE), null));
        assertChallenge(post(kg, "application/sparql-update", ANON_UPDATE, null));
        assertChallenge(post(kg, "application/x-www-form-urlencoded", "update=" + enc(ANON_UPDATE), null));
        assertChallenge(post(kg, "text/turtle", ANON_TTL, null));
        assertChallenge(put(kg + "/data?graph=" + enc(G), ANON_TTL, null));
        assertChallenge(post(kg + "/data?graph=" + enc(G), "text/turtle", ANON_TTL, null));
        assertChallenge(post(kg + "/data", "application/trig", "<https://example.org/x/g> { " + ANON_TTL + " }", null));
        assertChallenge(delete(kg + "/data?graph=" + enc(G), null));
        assertChallenge(put(kg + "?graph=" + enc(G), ANON_TTL, null));
        assertFalse(present("anonymous"));
        assertFalse(present("anonymous gsp"));
    }

    @Test
    void wrongPasswordIsRefused() {
        HttpResponse<String> r = post(
                base(server) + "/kg/update",
                "application/sparql-update",
                update("wrong password"),
                basic("admin", "wrong"));
        assertEquals(401, r.statusCode());
        assertFalse(present("wrong password"));
    }

    @Test
    void passwordAllowsUpdateGspAndDatasetUrl() {
        String kg = base(server) + "/kg";
        HttpResponse<String> u = post(kg + "/update", "application/sparql-update", UPDATE, AUTH);
        assertTrue(u.statusCode() == 200 || u.statusCode() == 204, u.statusCode() + u.body());
        assertTrue(present("written"));

        String g2 = G + "-2";
        HttpResponse<String> p = put(kg + "/data?graph=" + enc(g2), TTL, AUTH);
        assertTrue(p.statusCode() == 200 || p.statusCode() == 201 || p.statusCode() == 204, p.statusCode() + p.body());
        assertTrue(present("via gsp"));
        // GSP read is public
        HttpResponse<String> read = get(kg + "/data?graph=" + enc(g2), "text/turtle");
        assertEquals(200, read.statusCode());
        assertTrue(read.body().contains("via gsp"));
        HttpResponse<String> d = delete(kg + "/data?graph=" + enc(g2), AUTH);
        assertTrue(d.statusCode() == 200 || d.statusCode() == 204, d.statusCode() + d.body());
        assertFalse(present("via gsp"));

        String g3 = G + "-3";
        HttpResponse<String> viaDataset = post(
                kg,
                "application/sparql-update",
                "INSERT DATA { GRAPH <" + g3
                        + "> { <https://example.org/x/a> <https://example.org/x/b> \"dataset url\" } }",
                AUTH);
        assertTrue(
                viaDataset.statusCode() == 200 || viaDataset.statusCode() == 204,
                viaDataset.statusCode() + viaDataset.body());
        assertTrue(present("dataset url"));
    }

    @Test
    void serviceToAnotherServerIsRefused() {
        String q = "SELECT * WHERE { SERVICE <" + base(server) + "/kg/sparql> { ?s ?p ?o } } LIMIT 1";
        HttpResponse<String> r = query(server, q, "application/sparql-results+json");
        assertNotEquals(200, r.statusCode(), r.body());
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body());
        assertTrue(r.body().toLowerCase().contains("service"), r.body());
    }

    @Test
    void crossSiteWriteWithCachedCredentialsRefused() {
        String upd = update("cross site");
        HttpResponse<String> evil = send(HttpRequest.newBuilder(URI.create(base(server) + "/kg/update"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", AUTH)
                .header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + enc(upd))));
        assertEquals(403, evil.statusCode(), evil.body());
        assertFalse(present("cross site"));
        // the UI's own origin may write
        HttpResponse<String> own = send(HttpRequest.newBuilder(URI.create(base(server) + "/kg/update"))
                .header("Content-Type", "application/sparql-update")
                .header("Authorization", AUTH)
                .header("Origin", base(server))
                .POST(HttpRequest.BodyPublishers.ofString(update("same origin"))));
        assertTrue(own.statusCode() == 200 || own.statusCode() == 204, own.statusCode() + own.body());
        assertTrue(present("same origin"));
    }

    @Test
    void dnsRebindingHostRefused() throws Exception {
        String ask = "/kg/sparql?query=" + enc("ASK {}");
        assertTrue(rawGet(ask, "evil.example:" + server.port()).startsWith("HTTP/1.1 403"));
        assertTrue(rawGet(ask, "localhost:" + server.port()).startsWith("HTTP/1.1 200"));
        assertTrue(rawGet(ask, "127.0.0.1:" + server.port()).startsWith("HTTP/1.1 200"));
    }

    /** A GET with a chosen Host header (java.net.http does not let a caller set Host). */
    private static String rawGet(String path, String host) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream()
                    .write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void noAdminOperations() {
        // 404 (no such servlet) or 405 (the static-file servlet refuses the method): never handled
        assertRefused(delete(base(server) + "/$/datasets/kg", null));
        assertRefused(get(base(server) + "/$/datasets", null));
        assertRefused(post(base(server) + "/$/backup/kg", "text/plain", "", null));
        assertRefused(post(base(server) + "/$/compact/kg", "text/plain", "", null));
        assertRefused(get(base(server) + "/$/tasks", null));
        assertRefused(post(base(server) + "/$/reload", "text/plain", "", null));
        // and the dataset is still there
        assertEquals(
                200, query(server, "ASK {}", "application/sparql-results+json").statusCode());
    }

    @Test
    void noCatchAllDataset() {
        // only /kg exists; other names are not datasets
        assertRefused(get(base(server) + "/ds/sparql?query=" + enc("ASK{}"), null));
        assertRefused(post(base(server) + "/kg/nope", "application/sparql-update", update("nope"), AUTH));
        assertFalse(present("nope"));
    }

    @Test
    void requestSizeLimits() {
        String big = "#" + "x".repeat(11 * 1024 * 1024) + "\n" + update("big body");
        // own client: the server closes the connection after 413, which must not spoil the shared pool
        java.net.http.HttpClient own = java.net.http.HttpClient.newHttpClient();
        HttpResponse<String> r;
        try {
            r = own.send(
                    HttpRequest.newBuilder(URI.create(base(server) + "/kg/update"))
                            .header("Content-Type", "application/sparql-update")
                            .header("Authorization", AUTH)
                            .POST(HttpRequest.BodyPublishers.ofString(big))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            r = null; // the server may also cut the upload short: then the body was refused too
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (r != null) assertEquals(413, r.statusCode());
        assertFalse(present("big body"));
        HttpResponse<String> longGet;
        try {
            longGet = own.send(
                    HttpRequest.newBuilder(URI.create(
                                    base(server) + "/kg/sparql?query=" + enc("ASK {} #" + "y".repeat(100_000))))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        assertTrue(longGet.statusCode() == 414 || longGet.statusCode() == 431, "" + longGet.statusCode());
    }

    @Test
    void shaclEndpointValidates() {
        String shapes = "PREFIX sh: <http://www.w3.org/ns/shacl#> PREFIX cg: <https://w3id.org/claimgraph/ontology#> "
                + "<https://w3id.org/claimgraph/id/shape> a sh:NodeShape ; sh:targetClass cg:PerformanceFigure ; sh:property [ sh:path cg:environment ; sh:minCount 1 ] .";
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base(server) + "/kg/shacl?graph=union"))
                .header("Content-Type", "text/turtle")
                .header("Accept", "text/turtle")
                .POST(HttpRequest.BodyPublishers.ofString(shapes)));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("conforms") && r.body().contains("false"), r.body());
        assertTrue(r.body().contains("k8s-1") && r.body().contains("wasm-1"), r.body());
    }
}
