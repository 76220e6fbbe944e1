package org.claimgraph.server;

import static org.claimgraph.server.TestServers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every request bounded by the query timeout (issue 18, item "every request bounded"), on a real
 * server on 127.0.0.1 with a 2 s timeout: a catastrophic REGEX, REPLACE and sh:pattern, a result
 * stream cut halfway, a SHACL shape with a recursive path; and running queries listed and cancelled with the password.
 * Each attack would run for minutes and end in 200 without the bound, so 503 is the proof.
 */
class BoundedRequestsTest {
    @TempDir
    static Path tmp;

    static ClaimgraphServer server;
    static final String AUTH = basic("admin", PASSWORD);
    /** 47 a's and a b: "(.*a){12}$" backtracks through every way of cutting it into 12 pieces (hours of CPU unbounded). */
    static final String EVIL_STRING = "a".repeat(47) + "b";
    /** Generous: the bounded requests end after the 2 s timeout; unbounded they would run for hours. */
    static final long GENEROUS_MS = 120_000;

    static final String EVIL_REGEX = "(.*a){12}$";

    @BeforeAll
    static void start() {
        server = TestServers.start(tmp, o -> o.timeoutSeconds = 2);
        HttpResponse<String> u = post(base(server) + "/kg/update", "application/sparql-update", data(), AUTH);
        assertEquals(204, u.statusCode() == 200 ? 204 : u.statusCode(), u.body());
    }

    /** The evil string, and a graph of 300 nodes with 10 links each for the SHACL attack. */
    static String data() {
        StringBuilder sb = new StringBuilder(
                "PREFIX ex: <https://example.org/x/> INSERT DATA { GRAPH ex:bounded { ex:evil ex:text \"" + EVIL_STRING
                        + "\" .\n");
        for (int i = 0; i < 300; i++)
            for (int k = 1; k <= 10; k++)
                sb.append("ex:n")
                        .append(i)
                        .append(" ex:link ex:n")
                        .append((i + k * 7) % 300)
                        .append(" .\n");
        return sb.append("} }").toString();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void catastrophicRegexStoppedByTheTimeout() {
        String q = "SELECT ?x WHERE { GRAPH ?g { ?s ?p ?x } FILTER regex(?x, \"" + EVIL_REGEX + "\") }";
        long t0 = System.nanoTime();
        HttpResponse<String> r = query(server, q, "application/sparql-results+json");
        assertEquals(503, r.statusCode(), r.body());
        assertTrue((System.nanoTime() - t0) / 1_000_000 < GENEROUS_MS, "the REGEX was not stopped");
        assertEquals(200, query(server, "ASK {}", null).statusCode(), "the server still answers");
    }

    @Test
    void regexStillMatchesNormally() {
        HttpResponse<String> r = query(
                server, "SELECT ?x WHERE { GRAPH ?g { ?s ?p ?x } FILTER regex(?x, \"^A+B$\", \"i\") }", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains(EVIL_STRING), r.body());
        HttpResponse<String> none =
                query(server, "SELECT ?x WHERE { GRAPH ?g { ?s ?p ?x } FILTER regex(?x, \"^zz\") }", "text/csv");
        assertEquals(1, none.body().strip().lines().count(), none.body());
    }

    @Test
    void resultCutByTheTimeoutIsA503NotBrokenJson() {
        // the first rows pass at once and are being written; the last row's REGEX runs into the timeout
        String q = "SELECT ?x WHERE { VALUES ?x { \"b\" \"bb\" \"bbb\" \"" + EVIL_STRING + "\" } FILTER(!regex(?x, \""
                + EVIL_REGEX + "\")) }";
        long t0 = System.nanoTime();
        HttpResponse<String> r = query(server, q, "application/sparql-results+json");
        assertTrue((System.nanoTime() - t0) / 1_000_000 < GENEROUS_MS, "the REGEX was not stopped");
        assertEquals(503, r.statusCode(), r.body());
        assertFalse(r.body().contains("\"bindings\""), "no partial JSON: " + r.body());
        assertFalse(r.body().contains("##"), r.body());
    }

    @Test
    void recursiveShaclPathStoppedByTheTimeout() {
        String shapes = "PREFIX sh: <http://www.w3.org/ns/shacl#> PREFIX ex: <https://example.org/x/> "
                + "ex:s a sh:NodeShape ; sh:targetSubjectsOf ex:link ; sh:property [ sh:path ( [ sh:zeroOrMorePath ex:link ] "
                + "[ sh:zeroOrMorePath ex:link ] [ sh:zeroOrMorePath ex:link ] ) ; sh:maxCount 1 ] .";
        long t0 = System.nanoTime();
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base(server) + "/kg/shacl?graph=union"))
                .header("Content-Type", "text/turtle")
                .POST(HttpRequest.BodyPublishers.ofString(shapes)));
        assertEquals(503, r.statusCode(), r.body());
        assertTrue((System.nanoTime() - t0) / 1_000_000 < GENEROUS_MS, "the validation was not stopped");
        // a small validation still works (same endpoint, same handler)
        String small = "PREFIX sh: <http://www.w3.org/ns/shacl#> PREFIX ex: <https://example.org/x/> "
                + "ex:t a sh:NodeShape ; sh:targetNode ex:evil ; sh:property [ sh:path ex:text ; sh:maxLength 5 ] .";
        HttpResponse<String> ok = send(HttpRequest.newBuilder(URI.create(base(server) + "/kg/shacl?graph=union"))
                .header("Content-Type", "text/turtle")
                .header("Accept", "text/turtle")
                .POST(HttpRequest.BodyPublishers.ofString(small)));
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(ok.body().contains("MaxLengthConstraintComponent"), ok.body());
    }

    @Test
    void catastrophicReplaceStoppedByTheTimeout() {
        String q = "SELECT ?x WHERE { GRAPH ?g { ?s ?p ?x } FILTER(replace(?x, \"" + EVIL_REGEX + "\", \"z\") != ?x) }";
        long t0 = System.nanoTime();
        HttpResponse<String> r = query(server, q, "application/sparql-results+json");
        assertEquals(503, r.statusCode(), r.body());
        assertTrue((System.nanoTime() - t0) / 1_000_000 < GENEROUS_MS, "the REPLACE was not stopped");
        assertEquals(200, query(server, "ASK {}", null).statusCode(), "the server still answers");
    }

    /** REPLACE keeps SPARQL's results: flags, language tag, empty matches skipped, a pattern from a variable, no match = the input. */
    @Test
    void replaceStillWorksNormally() {
        String q = "SELECT ?a ?b ?c ?d ?e WHERE { VALUES (?x ?p) { (\"AAAb\"@en \"a+\") } "
                + "BIND(replace(?x, \"a+\", \"x\", \"i\") AS ?a) BIND(replace(?x, ?p, \"-\") AS ?b) BIND(replace(?x, \"z*\", \"!\") AS ?c) "
                + "BIND(replace(?x, \"(A)(A)\", \"$2$1.\") AS ?d) BIND(replace(str(?x), \"b$\", \"B\") AS ?e) }";
        HttpResponse<String> r = query(server, q, "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        String b = r.body().replaceAll("\\s+", "");
        assertTrue(b.contains("\"a\":{\"type\":\"literal\",\"xml:lang\":\"en\",\"value\":\"xb\"}"), b);
        assertTrue(
                b.contains("\"b\":{\"type\":\"literal\",\"xml:lang\":\"en\",\"value\":\"AAAb\"}"),
                "case-sensitive, no match: " + b);
        assertTrue(
                b.contains("\"c\":{\"type\":\"literal\",\"xml:lang\":\"en\",\"value\":\"AAAb\"}"),
                "empty matches skipped: " + b);
        assertTrue(b.contains("\"value\":\"AA.Ab\""), "groups: " + b);
        assertTrue(b.contains("\"e\":{\"type\":\"literal\",\"value\":\"AAAB\"}"), b);
    }

    @Test
    void catastrophicShaclPatternStoppedByTheTimeout() {
        String shapes = "PREFIX sh: <http://www.w3.org/ns/shacl#> PREFIX ex: <https://example.org/x/> "
                + "ex:p a sh:NodeShape ; sh:targetNode ex:evil ; sh:property [ sh:path ex:text ; sh:pattern \""
                + EVIL_REGEX + "\" ] .";
        long t0 = System.nanoTime();
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base(server) + "/kg/shacl?graph=union"))
                .header("Content-Type", "text/turtle")
                .POST(HttpRequest.BodyPublishers.ofString(shapes)));
        assertEquals(503, r.statusCode(), r.body());
        assertTrue((System.nanoTime() - t0) / 1_000_000 < GENEROUS_MS, "the sh:pattern was not stopped");
        assertEquals(200, query(server, "ASK {}", null).statusCode(), "the server still answers");
    }

    @Test
    void shaclPatternStillReportsAndConforms() {
        String failing = "PREFIX sh: <http://www.w3.org/ns/shacl#> PREFIX ex: <https://example.org/x/> "
                + "ex:q a sh:NodeShape ; sh:targetNode ex:evil ; sh:property [ sh:path ex:text ; sh:pattern \"^zz\" ] .";
        HttpResponse<String> bad = send(HttpRequest.newBuilder(URI.create(base(server) + "/kg/shacl?graph=union"))
                .header("Content-Type", "text/turtle")
                .header("Accept", "text/turtle")
                .POST(HttpRequest.BodyPublishers.ofString(failing)));
        assertEquals(200, bad.statusCode(), bad.body());
        assertTrue(
                bad.body().contains("PatternConstraintComponent") && bad.body().contains("^zz"), bad.body());
        String passing = "PREFIX sh: <http://www.w3.org/ns/shacl#> PREFIX ex: <https://example.org/x/> "
                + "ex:r a sh:NodeShape ; sh:targetNode ex:evil ; sh:property [ sh:path ex:text ; sh:pattern \"^A+B$\" ; sh:flags \"i\" ] .";
        HttpResponse<String> ok = send(HttpRequest.newBuilder(URI.create(base(server) + "/kg/shacl?graph=union"))
                .header("Content-Type", "text/turtle")
                .header("Accept", "text/turtle")
                .POST(HttpRequest.BodyPublishers.ofString(passing)));
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(ok.body().contains("sh:conforms") && ok.body().contains("true"), ok.body());
    }

    @Test
    void runningQueriesListedAndCancelledWithThePassword() throws Exception {
        Path other = Files.createDirectories(tmp.resolve("long"));
        try (ClaimgraphServer s = TestServers.start(other, o -> o.timeoutSeconds = 600)) {
            post(base(s) + "/kg/update", "application/sparql-update", data(), AUTH);
            String q = "SELECT ?x WHERE { GRAPH ?g { ?s ?p ?x } FILTER regex(?x, \"" + EVIL_REGEX + "\") }";
            CompletableFuture<HttpResponse<String>> running =
                    CompletableFuture.supplyAsync(() -> query(s, q, "application/sparql-results+json"));
            String list = "";
            String id = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (id == null && System.nanoTime() < deadline) {
                HttpResponse<String> l = send(HttpRequest.newBuilder(URI.create(base(s) + "/$/queries"))
                        .header("Authorization", AUTH));
                assertEquals(200, l.statusCode(), l.body());
                list = l.body();
                var m = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"(\\d+)\"")
                        .matcher(list);
                if (list.contains("regex") && m.find()) id = m.group(1);
                else Thread.onSpinWait();
            }
            assertNotNull(id, "the running query is listed: " + list);
            assertTrue(list.contains("/kg/sparql"), list);
            assertEquals(
                    401,
                    send(HttpRequest.newBuilder(URI.create(base(s) + "/$/queries")))
                            .statusCode(),
                    "listing needs the password");
            assertEquals(
                    401,
                    send(HttpRequest.newBuilder(URI.create(base(s) + "/$/queries/" + id))
                                    .DELETE())
                            .statusCode());
            HttpResponse<String> del = send(HttpRequest.newBuilder(URI.create(base(s) + "/$/queries/" + id))
                    .DELETE()
                    .header("Authorization", AUTH));
            assertEquals(204, del.statusCode(), del.body());
            HttpResponse<String> r = running.get(300, TimeUnit.SECONDS);
            assertEquals(503, r.statusCode(), r.body());
            assertEquals(
                    404,
                    send(HttpRequest.newBuilder(URI.create(base(s) + "/$/queries/" + id))
                                    .DELETE()
                                    .header("Authorization", AUTH))
                            .statusCode());
        }
    }
}
