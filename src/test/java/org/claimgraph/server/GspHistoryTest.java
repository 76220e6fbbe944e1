package org.claimgraph.server;

import static org.claimgraph.server.TestServers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimgraph.history.HistoryRecorder;
import org.claimgraph.rdf.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes that do not come through the note pipeline record their history too: a Graph Store PUT
 * of a changed note graph and a SPARQL Update that drops a note graph each become a history run
 * whose agent is the authenticated HTTP user, with the events the diff of the note graph gives.
 */
class GspHistoryTest {
    static final String VERIFIED = VerifyEndpointTest.NOTE.replace("⚠️ 待验证", "✅ 已验证");

    @TempDir
    Path tmp;

    /** Event types (local names) and the label of their run's agent, sorted, one "Type agent" a row. */
    static List<String> eventsAndAgents(ClaimgraphServer s) {
        String q = """
                PREFIX cgh: <https://w3id.org/claimgraph/history#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT DISTINCT ?type ?who WHERE { GRAPH <https://w3id.org/claimgraph/id/graph/history> {
                  ?e a ?type ; cgh:run ?run . ?run prov:wasAssociatedWith/rdfs:label ?who
                  FILTER(?type IN (cgh:StatusChanged, cgh:Removed)) } }
                ORDER BY ?type ?who""";
        String body = query(s, q, "text/csv").body();
        return body.strip()
                .lines()
                .skip(1)
                .map(l -> l.strip()
                        .replace("https://w3id.org/claimgraph/history#", "")
                        .replace(',', ' '))
                .toList();
    }

    @Test
    void aGraphStorePutAndASparqlUpdateAreHistoryRunsOfTheHttpUser() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(dir.resolve("edge.md"), VerifyEndpointTest.NOTE, StandardCharsets.UTF_8);
        try (ClaimgraphServer s = TestServers.start(tmp, o -> {
            o.docs = dir;
            o.ingest = null; // claimgraph's own pipeline with the history step: the start-up ingest records appeared
            o.steps = List.of(new HistoryRecorder());
        })) {
            assertEquals(List.of(), eventsAndAgents(s));
            String graph = Iris.graphIri("edge.md");
            HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(base(s) + "/kg/data?graph=" + enc(graph)))
                    .PUT(HttpRequest.BodyPublishers.ofString(GuardModeTest.turtle("edge.md", VERIFIED)))
                    .header("Content-Type", "application/n-triples")
                    .header("Authorization", basic("admin", PASSWORD)));
            assertEquals(200, put.statusCode() / 100 * 100, put.body());
            assertEquals(List.of("StatusChanged admin"), eventsAndAgents(s));

            HttpResponse<String> drop = send(HttpRequest.newBuilder(URI.create(base(s) + "/kg/update"))
                    .POST(HttpRequest.BodyPublishers.ofString("DROP GRAPH <" + graph + ">"))
                    .header("Content-Type", "application/sparql-update")
                    .header("Authorization", basic("admin", PASSWORD)));
            assertEquals(200, drop.statusCode() / 100 * 100, drop.body());
            assertEquals(List.of("Removed admin", "StatusChanged admin"), eventsAndAgents(s));
        }
    }
}
