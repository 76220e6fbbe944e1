package org.claimgraph.server;

import static org.claimgraph.server.TestServers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * N concurrent query clients and one writer re-ingesting a note over and over: no request fails
 * and every read sees all of one version of the note graph, never a mix.
 */
class ServerConcurrencyTest {
    @TempDir static Path tmp;
    static ClaimgraphServer server;
    static Path notes;
    static final int TRIPLES = 300;
    static final String VERSION = "https://example.org/version";

    @BeforeAll
    static void start() throws Exception {
        notes = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(notes.resolve("churn.md"), note("A0"));
        server = TestServers.start(tmp, o -> {
            o.docs = notes;
            o.db = tmp.resolve("db");
        });
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String note(String version) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < TRIPLES; i++)
            sb.append("<claim/churn-").append(i).append("> <").append(VERSION).append("> \"").append(version).append("\" .\n");
        return sb.toString();
    }

    @Test
    void readersSeeAllOrNothingWhileAWriterReingests() throws Exception {
        run(8, 5);
    }

    @Test
    @Tag("bench")
    void thirtyTwoClientsThirtySeconds() throws Exception {
        run(32, 30);
    }

    private void run(int clients, int seconds) throws Exception {
        String q = "SELECT ?v (COUNT(*) AS ?n) WHERE { GRAPH <" + TurtleNotes.graphFor("churn.md").getURI() + "> { ?s <" + VERSION
                + "> ?v } } GROUP BY ?v";
        Pattern row = Pattern.compile("^\"?([AB]\\d+)\"?,(\\d+)$");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        AtomicLong reads = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                while (System.nanoTime() < deadline && errors.size() < 10) {
                    HttpResponse<String> r = query(server, q, "text/csv");
                    if (r.statusCode() != 200) {
                        errors.add("HTTP " + r.statusCode() + ": " + r.body());
                        continue;
                    }
                    List<String> lines = r.body().lines().skip(1).toList();
                    Matcher m = lines.size() == 1 ? row.matcher(lines.get(0)) : null;
                    if (m == null || !m.matches() || Integer.parseInt(m.group(2)) != TRIPLES)
                        errors.add("inconsistent read: " + lines);
                    reads.incrementAndGet();
                }
            }));
        }
        AtomicLong writes = new AtomicLong();
        TurtleNotes ingest = new TurtleNotes();
        futures.add(pool.submit(() -> {
            int i = 1;
            while (System.nanoTime() < deadline) {
                String v = (i % 2 == 0 ? "A" : "B") + i;
                try {
                    Path f = notes.resolve("churn.md");
                    Files.writeString(f, note(v));
                    if (!ingest.ingestFile(server.dataset(), notes, f).failures().isEmpty())
                        errors.add("ingest failed");
                } catch (Exception e) {
                    errors.add("writer: " + e);
                }
                writes.incrementAndGet();
                i++;
            }
            return null;
        }));
        for (Future<?> f : futures)
            f.get(seconds + 120L, TimeUnit.SECONDS);
        pool.shutdown();
        System.out.printf("concurrency: %d clients, %d s: %d reads, %d re-ingests, %d errors%n", clients, seconds, reads.get(), writes.get(), errors.size());
        assertTrue(errors.isEmpty(), errors.toString());
        assertTrue(reads.get() > clients, "reads: " + reads.get());
        assertTrue(writes.get() > 1, "writes: " + writes.get());
    }
}
