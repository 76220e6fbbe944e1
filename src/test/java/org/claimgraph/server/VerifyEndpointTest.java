package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.claimgraph.store.NoteFiles;
import org.claimgraph.writeback.NoteFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /kg/verify} and {@code GET /review/queue} on a running server with a notes folder. */
class VerifyEndpointTest {
    static final String NOTE = """
            # 边缘笔记

            K3s 启动 1.2 s。

            <!-- 来源标注 -->

            > **性能数据**：K3s 启动 1.2 s
            >
            > - **验证性**：⚠️ 待验证
            > - **更新日期**：2025-11-01
            """;

    @TempDir
    Path tmp;

    private Path notes() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(dir.resolve("edge.md"), NOTE, StandardCharsets.UTF_8);
        return dir;
    }

    private static HttpResponse<String> verify(ClaimgraphServer s, String json, String auth) {
        return TestServers.post(TestServers.base(s) + "/kg/verify", "application/json", json, auth);
    }

    private static String auth() {
        return TestServers.basic("admin", TestServers.PASSWORD);
    }

    @Test
    void writesTheNoteReingestsItAndTheQueueEmpties() throws IOException {
        Path dir = notes();
        try (ClaimgraphServer s = TestServers.start(tmp, o -> {
            o.docs = dir;
            o.ingest = NoteIngest.STORE;
        })) {
            String queue =
                    TestServers.get(TestServers.base(s) + "/review/queue", null).body();
            assertTrue(queue.contains("\"pending-claim\"") && queue.contains("\"edge.md\""), queue);
            String sha = NoteFile.sha256(Files.readAllBytes(dir.resolve("edge.md")));
            assertEquals(
                    401,
                    verify(s, "{\"file\":\"edge.md\",\"line\":9,\"status\":\"verified\"}", null)
                            .statusCode());
            HttpResponse<String> r = verify(
                    s,
                    "{\"file\":\"edge.md\",\"line\":9,\"status\":\"verified\",\"method\":\"https://k3s.io/\","
                            + "\"date\":\"2026-12-02\",\"expectSha256\":\"" + sha + "\"}",
                    auth());
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(Files.readString(dir.resolve("edge.md"))
                    .contains("> - **验证性**：✅ 已验证\n> - **验证方法**：<https://k3s.io/>\n"));
            assertEquals(
                    NoteFile.sha256(Files.readAllBytes(dir.resolve("edge.md"))),
                    JSON.parse(r.body()).getString("sha256"));
            String after =
                    TestServers.get(TestServers.base(s) + "/review/queue", null).body();
            assertFalse(after.contains("\"pending-claim\""), after);
            String audit = TestServers.get(TestServers.base(s) + "/kg/audit?format=json", null)
                    .body();
            assertFalse(audit.contains("pending-claim"), audit);
            // the file changed since: 409 with the current hash, nothing written
            String now = NoteFile.sha256(Files.readAllBytes(dir.resolve("edge.md")));
            HttpResponse<String> stale = verify(
                    s,
                    "{\"file\":\"edge.md\",\"line\":9,\"status\":\"pending\",\"expectSha256\":\"" + sha + "\"}",
                    auth());
            assertEquals(409, stale.statusCode(), stale.body());
            assertEquals(now, JSON.parse(stale.body()).getString("currentSha256"));
            assertEquals(now, NoteFile.sha256(Files.readAllBytes(dir.resolve("edge.md"))));
        }
    }

    @Test
    void aNoteOverTheSizeLimitIs413WithTheLimitAndNothingChanges() throws IOException {
        Path dir = notes();
        long limit = 2048;
        NoteFiles.setMaxFileBytes(limit); // what serve --max-note-size 2KB sets
        try (ClaimgraphServer s = TestServers.start(tmp, o -> {
            o.docs = dir;
            o.ingest = null; // claimgraph's own pipeline: the note is stored at start
        })) {
            String countQuery = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
            String stored = TestServers.query(s, countQuery, "text/csv").body();
            assertTrue(
                    Integer.parseInt(stored.strip()
                                    .lines()
                                    .skip(1)
                                    .findFirst()
                                    .orElseThrow()
                                    .strip())
                            > 0,
                    stored);
            // the note grows over the limit after it was stored (no watcher here)
            Path edge = dir.resolve("edge.md");
            Files.writeString(edge, NOTE + "\n" + "补充说明。\n".repeat(200), StandardCharsets.UTF_8); // ≈ 3.2 KB
            byte[] before = Files.readAllBytes(edge);
            assertTrue(before.length > limit);
            HttpResponse<String> r = verify(s, "{\"file\":\"edge.md\",\"line\":9,\"status\":\"verified\"}", auth());
            assertEquals(413, r.statusCode(), r.body());
            JsonObject body = JSON.parse(r.body());
            assertEquals(limit, body.get("limitBytes").getAsNumber().value().longValue(), r.body());
            String error = body.getString("error");
            assertTrue(
                    error.contains("edge.md: note is " + before.length + " bytes")
                            && error.contains("over the limit of 2048 bytes (2.0 KiB)")
                            && error.contains("--max-note-size"),
                    error);
            assertArrayEquals(before, Files.readAllBytes(edge), "the note file is not written");
            assertEquals(stored, TestServers.query(s, countQuery, "text/csv").body(), "the store is unchanged");
            // without the password it is 401 as before, the size is not told
            assertEquals(
                    401,
                    verify(s, "{\"file\":\"edge.md\",\"line\":9,\"status\":\"verified\"}", null)
                            .statusCode());
        } finally {
            NoteFiles.setMaxFileBytes(NoteFiles.MAX_FILE_BYTES);
        }
    }

    @Test
    void aVerificationIsAHistoryRunWhoseAgentIsTheHttpUser() throws IOException {
        Path dir = notes();
        try (ClaimgraphServer s = TestServers.start(tmp, o -> {
            o.docs = dir;
            o.ingest = null; // claimgraph's own pipeline, with the steps below
            o.steps = List.of(new org.claimgraph.history.HistoryRecorder());
        })) {
            HttpResponse<String> r = verify(
                    s,
                    "{\"file\":\"edge.md\",\"line\":9,\"status\":\"verified\",\"method\":\"https://k3s.io/\"}",
                    auth());
            assertEquals(200, r.statusCode(), r.body());
            String q = """
                    PREFIX cgh: <https://w3id.org/claimgraph/history#>
                    PREFIX prov: <http://www.w3.org/ns/prov#>
                    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                    SELECT ?who WHERE { GRAPH <https://w3id.org/claimgraph/id/graph/history> {
                      ?e a cgh:StatusChanged ; cgh:statusBefore <https://w3id.org/claimgraph/ontology#Pending> ; cgh:run ?run .
                      ?run prov:wasAssociatedWith/rdfs:label ?who } }""";
            String body = TestServers.query(s, q, "text/csv").body();
            List<String> who =
                    body.strip().lines().skip(1).map(String::strip).distinct().toList();
            assertEquals(List.of("admin"), who, body); // the start-up ingest's run (OS user) changed no status
        }
    }

    @Test
    void badInputIs400WithTheReasonAndNothingOutsideTheFolderIsTouched() throws IOException {
        Path dir = notes();
        Path outside = Files.writeString(tmp.resolve("outside.md"), NOTE);
        Files.createSymbolicLink(dir.resolve("link.md"), outside);
        try (ClaimgraphServer s = TestServers.start(tmp, o -> {
            o.docs = dir;
            o.ingest = NoteIngest.STORE;
        })) {
            String[][] cases = {
                {"{\"file\":\"edge.md\",\"line\":9,\"status\":\"done\"}", "verified, publicly-verifiable"},
                {"{\"file\":\"edge.md\",\"line\":2,\"status\":\"verified\"}", "L3: "},
                {
                    "{\"file\":\"edge.md\",\"line\":9,\"status\":\"verified\",\"method\":\"javascript:alert(1)\"}",
                    "http(s)"
                },
                {"{\"file\":\"../outside.md\",\"line\":9,\"status\":\"verified\"}", "leaves the notes folder"},
                {"{\"file\":\"" + outside + "\",\"line\":9,\"status\":\"verified\"}", "relative"},
                {"{\"file\":\"link.md\",\"line\":9,\"status\":\"verified\"}", "link"},
                {"not json", "JSON"}
            };
            for (String[] c : cases) {
                HttpResponse<String> r = verify(s, c[0], auth());
                assertEquals(400, r.statusCode(), c[0] + " -> " + r.body());
                assertTrue(r.body().contains(c[1]), c[0] + " -> " + r.body());
            }
            assertEquals(NOTE, Files.readString(outside));
            assertEquals(NOTE, Files.readString(dir.resolve("edge.md")));
        }
    }

    @Test
    void withoutAWritableNotesFolderIs405WithTheReason() {
        try (ClaimgraphServer s = TestServers.start(tmp, o -> o.docs = null)) {
            HttpResponse<String> r = verify(s, "{\"file\":\"edge.md\",\"line\":9,\"status\":\"verified\"}", auth());
            assertEquals(405, r.statusCode(), r.body());
            assertTrue(r.body().contains("--docs"), r.body());
        }
    }

    @Test
    void twoConcurrentWritesWithTheSameHashOneWinsOneGets409() throws Exception {
        Path dir = notes();
        try (ClaimgraphServer s = TestServers.start(tmp, o -> {
            o.docs = dir;
            o.ingest = NoteIngest.STORE;
        })) {
            String sha = NoteFile.sha256(Files.readAllBytes(dir.resolve("edge.md")));
            String[] statuses = {"verified", "unverifiable"};
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            for (String st : statuses) {
                calls.add(pool.submit(() -> {
                    go.await();
                    return verify(
                            s,
                            "{\"file\":\"edge.md\",\"line\":9,\"status\":\"" + st
                                    + "\",\"date\":\"2026-12-02\",\"expectSha256\":\"" + sha + "\"}",
                            auth());
                }));
            }
            go.countDown();
            int ok = 0;
            int conflict = 0;
            String winner = null;
            for (int i = 0; i < 2; i++) {
                HttpResponse<String> r = calls.get(i).get();
                if (r.statusCode() == 200) {
                    ok++;
                    winner = statuses[i];
                }
                if (r.statusCode() == 409) conflict++;
            }
            pool.shutdown();
            assertEquals(1, ok);
            assertEquals(1, conflict);
            String phrase = winner.equals("verified") ? "✅ 已验证" : "❌ 无法验证";
            assertEquals(
                    NOTE.replace("⚠️ 待验证", phrase).replace("2025-11-01", "2026-12-02"),
                    Files.readString(dir.resolve("edge.md")));
        }
    }

    @Test
    void reviewPageIsSelfContained() {
        try (ClaimgraphServer s = TestServers.start(tmp, o -> {})) {
            HttpResponse<String> r =
                    TestServers.send(HttpRequest.newBuilder(URI.create(TestServers.base(s) + "/review"))
                            .GET());
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("审阅队列"), "the page is served as UTF-8");
            assertFalse(r.body().matches("(?s).*(src|href)=\"(https?:)?//.*"), "no external resources");
            assertFalse(r.body().contains("<link"), "no external stylesheets");
            JsonObject q = JSON.parse(
                    TestServers.get(TestServers.base(s) + "/review/queue", null).body());
            assertTrue(q.hasKey("items"));
        }
    }
}
