package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A store that refuses a body as too large (413, as a claimgraph server over its
 * {@code cgsrv:maxRequestBytes} does to a large audit graph) gives a {@link StoreException} that
 * says so and what to change, not Jena's bare {@code HttpException}.
 */
class StoreRefusalTest {
    private HttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            boolean write = !exchange.getRequestMethod().equals("GET")
                    && !exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(write ? 413 : 404, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aBodyTooLargeForTheStoreIsAClearStoreError() {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(NodeFactory.createURI("urn:s"), NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("o"));
        String spec =
                RemoteStore.SCHEME + "http://127.0.0.1:" + server.getAddress().getPort() + "/ds";
        try (RemoteStore rs = RemoteStore.connect(spec)) {
            StoreException e = assertThrows(StoreException.class, () -> rs.putGraph("urn:g", g));
            assertTrue(e.getMessage().contains("HTTP 413"), e.getMessage());
            assertTrue(e.getMessage().contains("too large"), e.getMessage());
            assertTrue(e.getMessage().contains("/ds/data"), "names the endpoint: " + e.getMessage());
            assertFalse(e.getMessage().contains("HttpException"), e.getMessage());
        }
    }
}
