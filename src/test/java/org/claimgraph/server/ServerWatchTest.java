package org.claimgraph.server;

import static org.claimgraph.server.TestServers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.claimgraph.testing.Eventually;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --watch}: saved notes are re-ingested, deleted ones dropped, broken ones keep their graph. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerWatchTest {
    @TempDir
    static Path tmp;

    static Path notes;
    static ClaimgraphServer server;

    @BeforeAll
    static void start() throws IOException {
        notes = tmp.resolve("notes");
        try (Stream<Path> files = Files.walk(NOTES)) {
            for (Path f : files.toList()) {
                Path target = notes.resolve(NOTES.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target);
            }
        }
        server = TestServers.start(tmp, o -> {
            o.docs = notes;
            o.watch = true;
        });
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static boolean hasText(String text) {
        HttpResponse<String> r = query(
                server,
                "PREFIX cg: <https://w3id.org/claimgraph/ontology#> ASK { ?c cg:text \"" + text + "\"@zh }",
                "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        return r.body().contains("true");
    }

    // How fast an edit becomes visible is a benchmark (BENCHMARKS.md), not a test: these wait on the event.

    @Test
    @Order(1)
    void editedNoteBecomesVisible() throws Exception {
        assertTrue(hasText("Pod 启动 1.2 秒"));
        Path k8s = notes.resolve("k8s.md");
        Files.writeString(k8s, Files.readString(k8s).replace("Pod 启动 1.2 秒", "Pod 启动 0.9 秒"));
        Eventually.await("edited k8s.md served", () -> hasText("Pod 启动 0.9 秒"));
        assertFalse(hasText("Pod 启动 1.2 秒"), "old text still served: the note graph was not replaced");
    }

    @Test
    @Order(2)
    void newNoteInNewFolderAndDeletedNote() throws Exception {
        Path dir = Files.createDirectories(notes.resolve("new/deeper"));
        Path note = dir.resolve("opa.md");
        Files.writeString(
                note,
                "PREFIX cg: <https://w3id.org/claimgraph/ontology#>\n<claim/opa-1> cg:text \"OPA 策略 3 毫秒\"@zh .\n");
        Eventually.await("new note served", () -> hasText("OPA 策略 3 毫秒"));
        Files.delete(note);
        Eventually.await("deleted note dropped", () -> !hasText("OPA 策略 3 毫秒"));
    }

    @Test
    @Order(3)
    void brokenNoteKeepsPreviousGraphAndLogsFileLine() throws Exception {
        assertTrue(hasText("冷启动 5 毫秒"));
        Path wasm = notes.resolve("sub/wasm.md");
        long before = server.watcher().processedCount();
        Files.writeString(
                wasm,
                "PREFIX cg: <https://w3id.org/claimgraph/ontology#>\n\n<claim/wasm-1> cg:text \"冷启动 4 毫秒\"@zh ;\n    cg:broken ??? .\n");
        Eventually.await(
                "broken note processed",
                () -> server.watcher().processedCount() > before
                        && !server.watcher().recentErrors().isEmpty());
        String error = server.watcher()
                .recentErrors()
                .get(server.watcher().recentErrors().size() - 1);
        assertTrue(error.startsWith("sub/wasm.md:4"), error);
        assertTrue(error.contains("previous graph"), error);
        assertTrue(hasText("冷启动 5 毫秒"), "previous graph of the broken note must still be served");
        assertFalse(hasText("冷启动 4 毫秒"));
        // fixing the note brings the new content
        Files.writeString(
                wasm, "PREFIX cg: <https://w3id.org/claimgraph/ontology#>\n<claim/wasm-1> cg:text \"冷启动 4 毫秒\"@zh .\n");
        Eventually.await("fixed note served", () -> hasText("冷启动 4 毫秒"));
        assertFalse(hasText("冷启动 5 毫秒"));
    }

    @Test
    @Order(4)
    void hiddenAndNonNoteFilesIgnored() throws Exception {
        long before = server.watcher().processedCount();
        Files.createDirectories(notes.resolve(".obsidian"));
        Files.writeString(notes.resolve(".obsidian/workspace.md"), "not turtle at all");
        Files.writeString(notes.resolve("image.png"), "binary");
        // a note saved after them is the event to wait on: once it is served, the earlier events were seen too
        Path marker = notes.resolve("marker.md");
        Files.writeString(
                marker, "PREFIX cg: <https://w3id.org/claimgraph/ontology#>\n<claim/marker-1> cg:text \"标记 1\"@zh .\n");
        Eventually.await("marker note served", () -> hasText("标记 1"));
        assertEquals(before + 1, server.watcher().processedCount(), "only the marker note was processed");
    }
}
