package org.claimgraph.server;

import static org.claimgraph.server.TestServers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
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
    @TempDir static Path tmp;
    static Path notes;
    static ClaimgraphServer server;

    @BeforeAll
    static void start() throws IOException {
        notes = tmp.resolve("notes");
        try (Stream<Path> files = Files.walk(NOTES)) {
            for (Path f : files.toList()) {
                Path target = notes.resolve(NOTES.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target); else Files.copy(f, target);
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
        HttpResponse<String> r = query(server, "PREFIX cg: <https://w3id.org/claimgraph/ontology#> ASK { ?c cg:text \"" + text + "\"@zh }",
                "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        return r.body().contains("true");
    }

    /** Polls until the condition holds; returns the milliseconds it took, or fails after {@code limitMs}. */
    static long within(long limitMs, BooleanSupplier condition) throws InterruptedException {
        long t0 = System.nanoTime();
        while (true) {
            if (condition.getAsBoolean())
                return (System.nanoTime() - t0) / 1_000_000;
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (ms > limitMs)
                fail("condition not met within " + limitMs + " ms");
            Thread.sleep(20);
        }
    }

    @Test @Order(1)
    void editedNoteVisibleWithinTwoSeconds() throws Exception {
        assertTrue(hasText("Pod 启动 1.2 秒"));
        Path k8s = notes.resolve("k8s.md");
        Files.writeString(k8s, Files.readString(k8s).replace("Pod 启动 1.2 秒", "Pod 启动 0.9 秒"));
        long ms = within(2_000, () -> hasText("Pod 启动 0.9 秒"));
        assertFalse(hasText("Pod 启动 1.2 秒"), "old text still served: the note graph was not replaced");
        System.out.println("watch: edit visible after " + ms + " ms");
    }

    @Test @Order(2)
    void newNoteInNewFolderAndDeletedNote() throws Exception {
        Path dir = Files.createDirectories(notes.resolve("new/deeper"));
        Path note = dir.resolve("opa.md");
        Files.writeString(note, "PREFIX cg: <https://w3id.org/claimgraph/ontology#>\n<claim/opa-1> cg:text \"OPA 策略 3 毫秒\"@zh .\n");
        within(2_000, () -> hasText("OPA 策略 3 毫秒"));
        Files.delete(note);
        within(2_000, () -> !hasText("OPA 策略 3 毫秒"));
    }

    @Test @Order(3)
    void brokenNoteKeepsPreviousGraphAndLogsFileLine() throws Exception {
        assertTrue(hasText("冷启动 5 毫秒"));
        Path wasm = notes.resolve("sub/wasm.md");
        long before = server.watcher().processedCount();
        Files.writeString(wasm, "PREFIX cg: <https://w3id.org/claimgraph/ontology#>\n\n<claim/wasm-1> cg:text \"冷启动 4 毫秒\"@zh ;\n    cg:broken ??? .\n");
        within(5_000, () -> server.watcher().processedCount() > before && !server.watcher().recentErrors().isEmpty());
        String error = server.watcher().recentErrors().get(server.watcher().recentErrors().size() - 1);
        assertTrue(error.startsWith("sub/wasm.md:4"), error);
        assertTrue(error.contains("previous graph"), error);
        assertTrue(hasText("冷启动 5 毫秒"), "previous graph of the broken note must still be served");
        assertFalse(hasText("冷启动 4 毫秒"));
        // fixing the note brings the new content
        Files.writeString(wasm, "PREFIX cg: <https://w3id.org/claimgraph/ontology#>\n<claim/wasm-1> cg:text \"冷启动 4 毫秒\"@zh .\n");
        within(2_000, () -> hasText("冷启动 4 毫秒"));
        assertFalse(hasText("冷启动 5 毫秒"));
    }

    @Test @Order(4)
    void hiddenAndNonNoteFilesIgnored() throws Exception {
        long before = server.watcher().processedCount();
        Files.createDirectories(notes.resolve(".obsidian"));
        Files.writeString(notes.resolve(".obsidian/workspace.md"), "not turtle at all");
        Files.writeString(notes.resolve("image.png"), "binary");
        Thread.sleep(600);
        assertEquals(before, server.watcher().processedCount());
    }
}
