package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A store that closes the connection of an authorised {@code PUT} instead of answering it (what
 * Virtuoso sometimes does with a wrong Digest answer: 401 with {@code Connection: close} before it
 * reads the body, seen by the JDK client as a broken connection). The client probes the endpoint with
 * a body-less {@code HEAD} and the same credentials: a refused probe makes the error say "refused
 * (HTTP 401)"; an accepted probe leaves the broken connection reported as it was.
 */
class ClosedConnectionRefusalTest {
    private static final String CHALLENGE = "Digest realm=\"r\", nonce=\"n1\", qop=\"auth\", algorithm=MD5";

    private ServerSocket socket;
    private final List<String> seen = new CopyOnWriteArrayList<>();

    /** Answers HEAD without credentials with the challenge, HEAD with credentials with {@code answeredHead}, and closes every PUT unanswered. */
    private String start(int answeredHead) throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            while (!socket.isClosed()) {
                try (Socket c = socket.accept()) {
                    answer(c, answeredHead);
                } catch (IOException closedOrReset) {
                    // the listening socket closed at the end of the test, or the client went away
                }
            }
        });
        t.setDaemon(true);
        t.start();
        return RemoteStore.SCHEME + "http://dba:s3cret@127.0.0.1:" + socket.getLocalPort() + "/ds";
    }

    private void answer(Socket c, int answeredHead) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.ISO_8859_1));
        String requestLine = in.readLine();
        boolean authorised = false;
        for (String h = in.readLine(); h != null && !h.isEmpty(); h = in.readLine())
            authorised |= h.regionMatches(true, 0, "Authorization:", 0, 14);
        String method = requestLine == null ? "" : requestLine.split(" ")[0];
        seen.add(method + (authorised ? " authorised" : ""));
        OutputStream out = c.getOutputStream();
        if (method.equals("PUT")) return; // close without an answer, body unread
        int status = method.equals("HEAD") ? (authorised ? answeredHead : 401) : 404;
        String head = "HTTP/1.1 " + status + " X\r\n"
                + (status == 401 ? "WWW-Authenticate: " + CHALLENGE + "\r\n" : "")
                + "Content-Length: 0\r\nConnection: close\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @AfterEach
    void stop() throws IOException {
        if (socket != null) socket.close();
    }

    private static Graph oneTriple() {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(NodeFactory.createURI("urn:s"), NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("o"));
        return g;
    }

    @Test
    void aClosedConnectionWhoseProbeIsRefusedIsReportedAsTheRefusal() throws IOException {
        String spec = start(401);
        try (RemoteStore rs = RemoteStore.connect(spec)) {
            StoreException e = assertThrows(StoreException.class, () -> rs.putGraph("urn:g", oneTriple()));
            assertTrue(e.getMessage().contains("refused") && e.getMessage().contains("HTTP 401"), e.getMessage());
            assertFalse(e.getMessage().contains("s3cret"), "the password never shows: " + e.getMessage());
        }
        assertTrue(seen.contains("PUT authorised"), "the PUT was sent with an answer to the challenge: " + seen);
        assertEquals("HEAD authorised", seen.get(seen.size() - 1), "the probe came after the closed PUT: " + seen);
    }

    @Test
    void aClosedConnectionWhoseProbeIsAcceptedStaysABrokenConnection() throws IOException {
        String spec = start(200);
        try (RemoteStore rs = RemoteStore.connect(spec)) {
            HttpException e = assertThrows(HttpException.class, () -> rs.putGraph("urn:g", oneTriple()));
            assertEquals(-1, e.getStatusCode(), "no status was invented: " + e);
            assertFalse(String.valueOf(e.getMessage()).contains("refused"), e.getMessage());
        }
        assertEquals("HEAD authorised", seen.get(seen.size() - 1), seen.toString());
    }
}
