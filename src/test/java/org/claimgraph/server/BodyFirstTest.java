package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link BodyFirst} in front of a cap of one request at a time: bodies still arriving hold no slot,
 * the inner handler reads the whole body, and a body below the minimum rate gets 408.
 */
class BodyFirstTest {
    private Server server;
    private int port;

    private void start(long minBytesPerSecond) throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(0);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        Handler echo = new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                String body = Content.Source.asString(request, StandardCharsets.UTF_8);
                Content.Sink.write(response, true, "got [" + body + "]", callback);
                return true;
            }
        };
        QoSHandler capOfOne = new QoSHandler(echo);
        capOfOne.setMaxRequestCount(1);
        capOfOne.setMaxSuspend(Duration.ofSeconds(30));
        server.setHandler(new BodyFirst(capOfOne, minBytesPerSecond));
        server.start();
        port = connector.getLocalPort();
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    @Test
    void bodiesStillArrivingHoldNoSlotAndTheInnerHandlerReadsWholeBodies() throws Exception {
        start(0); // no minimum rate: the slow bodies below stay open
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                Socket s = new Socket("127.0.0.1", port);
                slow.add(s);
                s.getOutputStream()
                        .write(("POST /slow HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\nabc")
                                .getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
            }
            // with the slow ones counted, the cap of one would make these wait 30 s and then answer 503
            assertTrue(exchange("GET /quick HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .startsWith("HTTP/1.1 200"));
            String post = exchange("POST /form HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                    + "Content-Length: 11\r\n\r\nhello world");
            assertTrue(post.startsWith("HTTP/1.1 200"), post);
            assertTrue(post.endsWith("got [hello world]"), post);
            String chunked = exchange("POST /chunked HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n");
            assertTrue(chunked.endsWith("got [abcde]"), chunked);
            // a slow body that completes is handled like any other
            Socket first = slow.get(0);
            first.getOutputStream().write("x".repeat(97).getBytes(StandardCharsets.US_ASCII));
            first.getOutputStream().flush();
            String head = new String(first.getInputStream().readNBytes(15), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 200 OK", head);
        } finally {
            for (Socket s : slow) s.close();
        }
    }

    @Test
    void aBodyBelowTheMinimumRateGets408() throws Exception {
        start(1000);
        try (Socket s = new Socket("127.0.0.1", port)) {
            OutputStream out = s.getOutputStream();
            out.write("POST /slow HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = s.getInputStream();
            // one byte at a time until the server answers (after the 2 s grace period at 1000 bytes/s)
            for (int i = 0; i < 999 && in.available() == 0; i++) {
                out.write('x');
                out.flush();
                Thread.sleep(100); // the slow client's pace, not a wait for the server
            }
            String head = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 408", head);
        }
    }

    private String exchange(String request) throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
