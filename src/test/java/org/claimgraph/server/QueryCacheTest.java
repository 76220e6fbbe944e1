package org.claimgraph.server;

import static org.claimgraph.server.TestServers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import org.claimgraph.validate.Audit;
import org.claimgraph.validate.ShapesLoader;
import org.junit.jupiter.api.Test;

/** ETags from the data version, 304 on revalidation, the result cache kept exact by the version, /kg/audit from the audit graph. */
class QueryCacheTest extends ServedTest {
    static final String COUNT =
            "PREFIX cg: <https://w3id.org/claimgraph/ontology#> SELECT (COUNT(*) AS ?n) WHERE { ?c cg:text ?t }";

    static HttpResponse<String> getWith(String url, String accept, String ifNoneMatch) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET().header("Accept", accept);
        if (ifNoneMatch != null) b.header("If-None-Match", ifNoneMatch);
        return send(b);
    }

    String update(String sparql) {
        HttpResponse<String> r =
                post(base(server) + "/kg/update", "application/sparql-update", sparql, basic("admin", PASSWORD));
        assertTrue(r.statusCode() == 200 || r.statusCode() == 204, r.statusCode() + " " + r.body());
        return r.body();
    }

    @Test
    void aWriteBetweenTwoIdenticalQueriesGivesTheNewAnswerAndANewTag() {
        server = TestServers.start(tmp, o -> {});
        String url = base(server) + "/kg/sparql?query=" + enc(COUNT);
        HttpResponse<String> first = getWith(url, "text/csv", null);
        HttpResponse<String> again = getWith(url, "text/csv", null);
        assertEquals(200, first.statusCode(), first.body());
        String tag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(tag, again.headers().firstValue("ETag").orElseThrow(), "same data, same request: same tag");
        assertEquals(first.body(), again.body());

        HttpResponse<String> notModified = getWith(url, "text/csv", tag);
        assertEquals(304, notModified.statusCode());
        assertTrue(notModified.body().isEmpty());
        assertTrue(
                notModified.headers().firstValue("Server-Timing").orElse("").startsWith("revalidate;dur="),
                notModified.headers().toString());
        assertTrue(
                again.headers().firstValue("Server-Timing").orElse("").startsWith("cache;dur="),
                "the second answer came from the cache");
        assertNotEquals(
                tag,
                getWith(url, "application/sparql-results+json", null)
                        .headers()
                        .firstValue("ETag")
                        .orElseThrow(),
                "another representation, another tag");

        long before = Long.parseLong(
                first.body().lines().skip(1).findFirst().orElseThrow().strip());
        update(
                "PREFIX cg: <https://w3id.org/claimgraph/ontology#> INSERT DATA { GRAPH <urn:x:extra> { <urn:x:c> cg:text \"新的\"@zh } }");
        HttpResponse<String> after = getWith(url, "text/csv", tag);
        assertEquals(200, after.statusCode(), "the old tag no longer matches");
        assertEquals(
                before + 1,
                Long.parseLong(
                        after.body().lines().skip(1).findFirst().orElseThrow().strip()),
                after.body());
        String newTag = after.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(tag, newTag);
        assertEquals(304, getWith(url, "text/csv", newTag).statusCode());
    }

    @Test
    void postedQueriesAreCachedByTheirText() {
        server = TestServers.start(tmp, o -> {});
        HttpResponse<String> a = send(HttpRequest.newBuilder(URI.create(base(server) + "/kg/sparql"))
                .POST(HttpRequest.BodyPublishers.ofString(COUNT))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "text/csv"));
        HttpResponse<String> b = send(HttpRequest.newBuilder(URI.create(base(server) + "/kg/sparql"))
                .POST(HttpRequest.BodyPublishers.ofString(COUNT))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "text/csv"));
        assertEquals(200, a.statusCode(), a.body());
        assertEquals(a.body(), b.body());
        assertEquals(a.headers().firstValue("ETag"), b.headers().firstValue("ETag"));
        HttpResponse<String> other = send(HttpRequest.newBuilder(URI.create(base(server) + "/kg/sparql"))
                .POST(HttpRequest.BodyPublishers.ofString("SELECT (1 AS ?one) {}"))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "text/csv"));
        assertTrue(other.body().contains("one"), other.body());
        assertNotEquals(a.headers().firstValue("ETag"), other.headers().firstValue("ETag"));
    }

    @Test
    void auditAnswersFromTheStoredAuditGraphWithATag() {
        server = TestServers.start(tmp, o -> {
            o.docs = Path.of("examples");
            o.ingest = NoteIngest.STORE;
        });
        Audit.store(
                server.dataset(),
                Audit.run(server.dataset(), ShapesLoader.defaultShapesGraph(), LocalDate.now(), "en"));
        // a finding only the stored graph has: the endpoint reads the graph instead of validating
        update("""
                PREFIX cga: <https://w3id.org/claimgraph/audit#>
                PREFIX sh: <http://www.w3.org/ns/shacl#>
                INSERT DATA { GRAPH <https://w3id.org/claimgraph/id/audit> {
                  <https://w3id.org/claimgraph/id/audit/finding/planted> a cga:Finding ;
                    cga:kind <https://w3id.org/claimgraph/id/audit/kind/planted> .
                  <https://w3id.org/claimgraph/id/audit/kind/planted> a cga:FindingKind ; cga:severity sh:Info ;
                    cga:rule "planted-rule" ; cga:message "planted by the test" } }""");
        String url = base(server) + "/kg/audit";
        HttpResponse<String> r = getWith(url, "application/json", null);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("planted-rule") && r.body().contains("unverifiable-claim"), r.body());
        String tag = r.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, getWith(url, "application/json", tag).statusCode());
        HttpResponse<String> computed = getWith(url + "?as-of=2020-01-01", "application/json", null);
        assertFalse(computed.body().contains("planted-rule"), "another date: computed, not read");
    }
}
