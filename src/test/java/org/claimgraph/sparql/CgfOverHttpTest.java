package org.claimgraph.sparql;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/**
 * A plain Fuseki server (no claimgraph module, only our jar on the classpath) answers queries with
 * cgf: functions: the subsystem registered them. A bad argument gives HTTP 200 with the value
 * unbound, never a 500.
 */
class CgfOverHttpTest {
    @Test
    void stockFusekiRunsCgfFunctions() throws Exception {
        Dataset ds = DatasetFactory.createTxnMem();
        Txn.executeWrite(ds, () -> RDFDataMgr.read(ds, "src/test/resources/matrix/small.trig"));
        FusekiServer server = FusekiServer.create()
                .loopback(true)
                .port(0)
                .add("/ds", ds, false)
                .build()
                .start();
        try {
            String q = CgfFunctionsTest.PREFIXES + """
                    SELECT ?ok ?bad ?badT WHERE {
                      BIND(cgf:risk(ly:kubernetes, el:image, sc:production) AS ?ok)
                      BIND(cgf:risk(ly:nope, el:image, sc:production) AS ?bad)
                      BIND(cgf:interpolate(ly:kubernetes, el:quota, sc:production, 7) AS ?badT)
                    }""";
            HttpResponse<String> r = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getHttpPort()
                                            + "/ds/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                                    .header("Accept", "application/sparql-results+json")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("\"ok\""), r.body());
            assertTrue(r.body().contains("\"value\": \"0.0758581800212435"), r.body());
            assertFalse(
                    r.body().contains("\"bad\" :") || r.body().contains("\"bad\":"),
                    "unbound, not an error value: " + r.body());
            assertFalse(r.body().contains("\"badT\" :") || r.body().contains("\"badT\":"), r.body());
        } finally {
            server.stop();
        }
    }
}
