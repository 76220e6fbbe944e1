package org.claimgraph.server;

import static org.claimgraph.server.TestServers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.rdf.Iris;
import org.claimgraph.store.IngestReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * N concurrent query clients and one writer re-ingesting a markdown note with claimgraph's real
 * ingest ({@link NoteIngest#STORE}) over and over: no request fails and every read sees all of one
 * version of the note graph, never a mix. The writer starts once every reader has read, and the
 * readers read until the writer has done its re-ingests: reads and writes overlap by construction.
 */
class ServerConcurrencyTest {
    @TempDir
    static Path tmp;

    static ClaimgraphServer server;
    static Path notes;
    static final int SECTIONS = 150;

    @BeforeAll
    static void start() throws Exception {
        notes = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(notes.resolve("churn.md"), note("A0"));
        server = TestServers.start(tmp, o -> {
            o.docs = notes;
            o.db = tmp.resolve("db");
            o.ingest = NoteIngest.STORE;
        });
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A markdown note whose every heading starts with {@code version}: 1 + SECTIONS headings. */
    static String note(String version) {
        StringBuilder sb = new StringBuilder("# ").append(version).append(" 总览\n\n");
        for (int i = 0; i < SECTIONS; i++)
            sb.append("## ")
                    .append(version)
                    .append(" 第 ")
                    .append(i)
                    .append(" 节\n\n- 第 ")
                    .append(i)
                    .append(" 项：Pod 启动约 1.2 秒。\n\n");
        return sb.toString();
    }

    @Test
    void readersSeeAllOrNothingWhileAWriterReingests() throws Exception {
        run(8, 12);
    }

    @Test
    @Tag("bench")
    void thirtyTwoClientsManyWrites() throws Exception {
        run(32, 200);
    }

    private void run(int clients, int writesToDo) throws Exception {
        String q =
                "PREFIX cg: <https://w3id.org/claimgraph/ontology#> SELECT ?v (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH <"
                        + Iris.graphIri("churn.md")
                        + "> { ?s cg:heading ?h } BIND(STRBEFORE(STR(?h), \" \") AS ?v) } GROUP BY ?v";
        Pattern row = Pattern.compile("^\"?([AB]\\d+)\"?,(\\d+)$");
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        AtomicLong reads = new AtomicLong();
        AtomicLong readsDuringWrites = new AtomicLong();
        CountDownLatch everyReaderRead = new CountDownLatch(clients);
        AtomicBoolean writing = new AtomicBoolean();
        AtomicBoolean done = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                boolean first = true;
                while (!done.get() && errors.size() < 10) {
                    boolean during = writing.get();
                    HttpResponse<String> r = query(server, q, "text/csv");
                    if (r.statusCode() != 200) {
                        errors.add("HTTP " + r.statusCode() + ": " + r.body());
                        continue;
                    }
                    List<String> lines = r.body().lines().skip(1).toList();
                    Matcher m = lines.size() == 1 ? row.matcher(lines.get(0)) : null;
                    if (m == null || !m.matches() || Integer.parseInt(m.group(2)) != SECTIONS + 1)
                        errors.add("inconsistent read: " + lines);
                    reads.incrementAndGet();
                    if (during && writing.get()) readsDuringWrites.incrementAndGet();
                    if (first) everyReaderRead.countDown();
                    first = false;
                }
                if (first) everyReaderRead.countDown(); // gave up before reading: let the writer go, errors say why
            }));
        }
        AtomicLong writes = new AtomicLong();
        futures.add(pool.submit(() -> {
            everyReaderRead.await();
            writing.set(true);
            try {
                for (int i = 1; i <= writesToDo && errors.size() < 10; i++) {
                    String v = (i % 2 == 0 ? "A" : "B") + i;
                    Path f = notes.resolve("churn.md");
                    Files.writeString(f, note(v));
                    IngestReport r = NoteIngest.STORE.ingestFile(server.dataset(), notes, f);
                    if (!r.failures().isEmpty() || r.notes() != 1) errors.add("ingest of " + v + ": " + r.failures());
                    writes.incrementAndGet();
                }
            } catch (Exception e) {
                errors.add("writer: " + e);
            } finally {
                writing.set(false);
                done.set(true);
            }
            return null;
        }));
        for (Future<?> f : futures) f.get(30, TimeUnit.MINUTES); // a hang guard only
        pool.shutdown();
        System.out.printf(
                "concurrency (real ingest): %d clients: %d reads (%d during re-ingests), %d re-ingests, %d errors%n",
                clients, reads.get(), readsDuringWrites.get(), writes.get(), errors.size());
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals(writesToDo, writes.get(), "every re-ingest ran");
        assertTrue(readsDuringWrites.get() > 0, "no read overlapped a re-ingest");
    }
}
