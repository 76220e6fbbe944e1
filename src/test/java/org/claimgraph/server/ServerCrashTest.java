package org.claimgraph.server;

import static org.claimgraph.server.TestServers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.claimgraph.rdf.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a watch-mode server (claimgraph's real markdown ingest) in the middle of a re-ingest:
 * the child ({@link ChildServerMain}) says {@code IN-TXN} when the re-ingest's write transaction has
 * replaced the note graph and is about to commit, and is killed right then. The TDB2 database opens
 * again and holds the old note graph, whole; the next start-up ingest brings the new one.
 */
class ServerCrashTest {
    @TempDir
    Path tmp;

    static final int SECTIONS = 400;

    /** A markdown note whose every heading starts with {@code version}: 1 + SECTIONS headings. */
    static String note(String version) {
        StringBuilder sb = new StringBuilder("# ").append(version).append(" 总览\n\n");
        for (int i = 0; i < SECTIONS; i++)
            sb.append("## ")
                    .append(version)
                    .append(" 第 ")
                    .append(i)
                    .append(" 节\n\n第 ")
                    .append(i)
                    .append(" 节的正文，K3s 约占 512 MB 内存。\n\n");
        return sb.toString();
    }

    private Process spawn(Path db, Path notes, BlockingQueue<String> lines) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(
                java,
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                ChildServerMain.class.getName(),
                db.toString(),
                notes.toString());
        pb.redirectError(tmp.resolve("child-stderr.log").toFile());
        Process p = pb.start();
        Thread reader = new Thread(() -> {
            try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) lines.add(line);
            } catch (Exception ignored) {
                // process killed
            }
        });
        reader.setDaemon(true);
        reader.start();
        return p;
    }

    private static String await(BlockingQueue<String> lines, String prefix) throws InterruptedException {
        while (true) {
            String line = lines.poll(3, TimeUnit.MINUTES);
            assertNotNull(line, "child said nothing for 3 min while waiting for " + prefix);
            if (line.startsWith(prefix)) return line;
        }
    }

    /** Versions in the note graph with their heading counts, read by a fresh server on the same TDB2. */
    private List<String> versionsAfterRestart(Path db) {
        try (ClaimgraphServer s = TestServers.start(tmp, o -> {
            o.docs = null;
            o.db = db;
        })) {
            HttpResponse<String> r = query(
                    s,
                    "PREFIX cg: <https://w3id.org/claimgraph/ontology#> SELECT ?v (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH <"
                            + Iris.graphIri("big.md")
                            + "> { ?s cg:heading ?h } BIND(STRBEFORE(STR(?h), \" \") AS ?v) } GROUP BY ?v ORDER BY ?v",
                    "text/csv");
            assertEquals(200, r.statusCode(), r.body());
            return r.body().lines().skip(1).toList();
        }
    }

    @Test
    void killInsideTheReingestTransactionKeepsTheCommittedGraphWhole() throws Exception {
        Path notes = Files.createDirectories(tmp.resolve("notes"));
        Path db = tmp.resolve("db");
        Files.writeString(notes.resolve("big.md"), note("v0"));
        String committed = "v0";
        int killsInsideWriteTransaction = 0;
        for (int round = 1; round <= 2; round++) {
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Process child = spawn(db, notes, lines);
            try {
                await(lines, "READY");
                assertTrue(Files.isDirectory(db.resolve("Data-0001")), "TDB2 lives in the --db folder");
                String next = "v" + round;
                Files.writeString(notes.resolve("big.md"), note(next));
                await(lines, "IN-TXN big.md"); // the re-ingest's write transaction is open, its graph replaced
                child.destroyForcibly(); // kill -9
                assertTrue(child.waitFor(3, TimeUnit.MINUTES));
                killsInsideWriteTransaction++;
                List<String> versions = versionsAfterRestart(db);
                assertEquals(
                        List.of(committed + "," + (SECTIONS + 1)),
                        versions,
                        "after kill -9 inside the write transaction the committed graph is there, whole and alone");
                // the start-up ingest of the next round re-reads the file: the new version becomes committed
                committed = next;
            } finally {
                child.destroyForcibly();
            }
        }
        assertEquals(2, killsInsideWriteTransaction, "every kill landed inside a write transaction");

        // the next start-up ingest brings the note saved before the last kill
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Process child = spawn(db, notes, lines);
        try {
            await(lines, "READY");
            child.destroy(); // SIGTERM: the shutdown hook stops the server and closes TDB2 cleanly
            assertTrue(child.waitFor(3, TimeUnit.MINUTES), "no exit after SIGTERM");
            String log = Files.readString(tmp.resolve("child-stderr.log"));
            assertTrue(log.contains("claimgraph server stopped"), log);
            // started without -XX:MaxHeapFreeRatio: serve keeps its heap committed (HeapPolicy)
            assertTrue(log.contains("the heap stays committed once grown (-XX:MaxHeapFreeRatio=100"), log);
        } finally {
            child.destroyForcibly();
        }
        assertEquals(List.of("v2," + (SECTIONS + 1)), versionsAfterRestart(db));
    }
}
