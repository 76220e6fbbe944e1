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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a watch-mode server in the middle of a re-ingest: the TDB2 database opens again and
 * holds the old or the new note graph, never a mix.
 */
class ServerCrashTest {
    @TempDir Path tmp;
    static final int TRIPLES = 20_000;
    static final String VERSION = "https://example.org/version";

    static String note(String version) {
        StringBuilder sb = new StringBuilder(TRIPLES * 70);
        for (int i = 0; i < TRIPLES; i++)
            sb.append("<claim/big-").append(i).append("> <").append(VERSION).append("> \"").append(version).append("\" .\n");
        return sb.toString();
    }

    private Process spawn(Path db, Path notes, BlockingQueue<String> lines) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                ChildServerMain.class.getName(), db.toString(), notes.toString());
        pb.redirectError(tmp.resolve("child-stderr.log").toFile());
        Process p = pb.start();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; )
                    lines.add(line);
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
            String line = lines.poll(120, TimeUnit.SECONDS);
            assertNotNull(line, "child said nothing for 120 s while waiting for " + prefix);
            if (line.startsWith(prefix))
                return line;
        }
    }

    /** Versions present in the note graph, with counts, read by a fresh server on the same TDB2. */
    private List<String> versionsAfterRestart(Path db) {
        try (ClaimgraphServer s = TestServers.start(tmp, o -> {
            o.docs = null;
            o.db = db;
        })) {
            HttpResponse<String> r = query(s, "SELECT ?v (COUNT(*) AS ?n) WHERE { GRAPH <" + TurtleNotes.graphFor("big.md").getURI()
                    + "> { ?s <" + VERSION + "> ?v } } GROUP BY ?v ORDER BY ?v", "text/csv");
            assertEquals(200, r.statusCode(), r.body());
            return r.body().lines().skip(1).toList();
        }
    }

    @Test
    void killDuringReingestLeavesOldOrNewGraph() throws Exception {
        Path notes = Files.createDirectories(tmp.resolve("notes"));
        Path db = tmp.resolve("db");
        Files.writeString(notes.resolve("big.md"), note("v0"));
        String committed = "v0";
        int midIngestKills = 0;
        for (int round = 1; round <= 2; round++) {
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Process child = spawn(db, notes, lines);
            try {
                await(lines, "READY");
                assertTrue(Files.isDirectory(db.resolve("Data-0001")), "TDB2 lives in the --db folder");
                String next = "v" + round;
                Files.writeString(notes.resolve("big.md"), note(next));
                await(lines, "INGEST-START");
                // kill -9 as soon as the re-ingest has begun
                child.destroyForcibly();
                assertTrue(child.waitFor(60, TimeUnit.SECONDS));
                boolean finished = lines.stream().anyMatch(l -> l.startsWith("INGEST-END"));
                if (!finished)
                    midIngestKills++;
                List<String> versions = versionsAfterRestart(db);
                assertEquals(1, versions.size(), "a mix of versions after kill -9: " + versions);
                String[] vn = versions.get(0).split(",");
                assertEquals(String.valueOf(TRIPLES), vn[1], "partial graph after kill -9: " + versions);
                assertTrue(vn[0].equals(committed) || vn[0].equals(next), "unexpected version " + vn[0]);
                if (finished)
                    assertEquals(next, vn[0], "a committed re-ingest was lost");
                // the start-up ingest of the next round re-reads the file: the new version becomes committed
                committed = next;
            } finally {
                child.destroyForcibly();
            }
        }
        System.out.println("crash: " + midIngestKills + " of 2 kills landed during a re-ingest");

        // SIGTERM: the shutdown hook stops the server and closes TDB2 cleanly
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Process child = spawn(db, notes, lines);
        try {
            await(lines, "READY");
            child.destroy();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "no exit after SIGTERM");
            String log = Files.readString(tmp.resolve("child-stderr.log"));
            assertTrue(log.contains("claimgraph server stopped"), log);
        } finally {
            child.destroyForcibly();
        }
        assertEquals(1, versionsAfterRestart(db).size());
    }
}
