package org.claimgraph.server;

import static org.claimgraph.server.TestServers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping the server lets a request in flight finish (here: run into its timeout) instead of cutting it. */
class ServerShutdownTest {
    @TempDir
    Path tmp;

    @Test
    void inFlightQueryGetsItsAnswerDuringStop() throws Exception {
        ClaimgraphServer server = TestServers.start(tmp, o -> o.timeoutSeconds = 2);
        String q =
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p1 ?b . ?c ?p2 ?d . ?e ?p3 ?f . ?g ?p4 ?h . ?i ?p5 ?j . ?k ?p6 ?l }";
        CompletableFuture<HttpResponse<String>> inFlight =
                CompletableFuture.supplyAsync(() -> query(server, q, "text/csv"));
        org.eclipse.jetty.server.handler.GracefulHandler graceful =
                server.fuseki().getJettyServer().getDescendant(org.eclipse.jetty.server.handler.GracefulHandler.class);
        org.claimgraph.testing.Eventually.await("the query is running", () -> graceful.getCurrentRequestCount() > 0);
        assertEquals(1, graceful.getCurrentRequestCount(), "the query did not start");
        server.close(); // graceful: waits for it
        HttpResponse<String> r = inFlight.get(60, TimeUnit.SECONDS);
        assertEquals(503, r.statusCode(), "the in-flight query was answered (timed out), not cut: " + r.body());
    }
}
