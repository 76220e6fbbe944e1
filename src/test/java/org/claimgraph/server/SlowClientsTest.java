package org.claimgraph.server;

import static org.claimgraph.server.TestServers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slow and oversized request bodies on a real server on 127.0.0.1: 30 connections trickling a body
 * at 2 bytes/s do not stop /$/ping, a query or an authenticated write from being answered, and are
 * themselves cut with 408 (minimum request data rate); a chunked body over the limit gets 413.
 */
class SlowClientsTest {
    @TempDir
    static Path tmp;

    static ClaimgraphServer server;
    static final String AUTH = basic("admin", PASSWORD);
    static final int SLOW_CONNECTIONS = 30;
    /** Each slow sender stops after this many bytes (bounded in time even if the server never cut it). */
    static final int MAX_SLOW_BYTES = 120;

    @BeforeAll
    static void start() {
        server = TestServers.start(tmp, o -> {});
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Sends a query body one byte every 500 ms; returns the first line the server answered with ("" if none). */
    static String trickle(int port, boolean form) throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(120_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /kg/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                            + (form ? "application/x-www-form-urlencoded" : "application/sparql-query")
                            + "\r\nContent-Length: 1000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            try {
                for (int i = 0; i < MAX_SLOW_BYTES; i++) {
                    out.write(' ');
                    out.flush();
                    Thread.sleep(500); // the attack's pace, not a wait for the server
                    if (s.getInputStream().available() > 0) break;
                }
            } catch (java.io.IOException closed) {
                // the server closed the connection: read what it said
            }
            InputStream in = s.getInputStream();
            byte[] head = in.readNBytes(64);
            return new String(head, StandardCharsets.US_ASCII)
                    .lines()
                    .findFirst()
                    .orElse("");
        }
    }

    @Test
    void thirtySlowBodiesDoNotStarveOthers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(SLOW_CONNECTIONS);
        List<Future<String>> slow = new ArrayList<>();
        try {
            for (int i = 0; i < SLOW_CONNECTIONS; i++) {
                boolean form = i % 2 == 0; // half as an HTML form (read by Jetty), half as a raw query body
                slow.add(pool.submit(() -> trickle(server.port(), form)));
            }
            // while they trickle: the health check, a public query and an authenticated write are answered
            assertEquals(200, get(base(server) + "/$/ping", null).statusCode());
            HttpResponse<String> q = query(server, "ASK {}", "application/sparql-results+json");
            assertEquals(200, q.statusCode(), q.body());
            HttpResponse<String> w = post(
                    base(server) + "/kg/update",
                    "application/sparql-update",
                    "INSERT DATA { GRAPH <https://example.org/slow> { <https://example.org/a> <https://example.org/b> \"during the attack\" } }",
                    AUTH);
            assertEquals(204, w.statusCode() == 200 ? 204 : w.statusCode(), w.body());
            int cut = 0;
            List<String> lines = new ArrayList<>();
            for (Future<String> f : slow) {
                String line = f.get(180, TimeUnit.SECONDS);
                lines.add(line);
                if (line.startsWith("HTTP/1.1 408")) cut++;
            }
            assertEquals(SLOW_CONNECTIONS, cut, "every slow body was cut with 408 (request body too slow): " + lines);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(200, get(base(server) + "/$/ping", null).statusCode());
    }

    @Test
    void chunkedBodyOverTheLimitGets413() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(120_000);
            OutputStream out = s.getOutputStream();
            Thread writer = new Thread(() -> {
                try {
                    out.write(("PUT /kg/data?graph=" + enc("https://example.org/big")
                                    + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + AUTH
                                    + "\r\nContent-Type: application/n-triples\r\nTransfer-Encoding: chunked\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    byte[] line =
                            "<https://example.org/s> <https://example.org/p> \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\" .\n"
                                    .repeat(1000)
                                    .getBytes(StandardCharsets.US_ASCII);
                    for (long sent = 0; sent < 11L * 1024 * 1024; sent += line.length) {
                        out.write((Integer.toHexString(line.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(line);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (java.io.IOException closed) {
                    // the server answered and closed early: fine
                }
            });
            writer.start();
            String status = new String(s.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            writer.join(120_000);
            assertEquals("HTTP/1.1 413", status);
        }
        HttpResponse<String> ask = query(
                server, "ASK { GRAPH <https://example.org/big> { ?s ?p ?o } }", "application/sparql-results+json");
        assertTrue(ask.body().contains("false"), ask.body());
    }
}
