package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.claimgraph.store.IngestReport;
import org.claimgraph.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link NoteWatcher} on its own (no HTTP): notes are processed independently (a slow or failing
 * note does not hold up the others), a folder deleted or renamed drops the graphs of its notes,
 * and the message after a save says what happened to the graph.
 */
class NoteWatcherTest {
    private static final Duration DEBOUNCE = Duration.ofMillis(50);
    private static final String TTL =
            "PREFIX cg: <https://w3id.org/claimgraph/ontology#>\n<claim/%s> cg:text \"%s\"@zh .\n";

    /** Waits for {@code condition}; fails after a generous deadline (never passes on time). */
    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) fail("not within 30 s: " + what);
            Thread.sleep(20);
        }
    }

    private static boolean stored(Dataset ds, String rel) {
        return Txn.calculateRead(
                ds,
                () -> ds.asDatasetGraph().containsGraph(TurtleNotes.graphFor(rel))
                        && !ds.asDatasetGraph()
                                .getGraph(TurtleNotes.graphFor(rel))
                                .isEmpty());
    }

    private static void note(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.format(TTL, file.getFileName().toString().replace(".md", ""), text));
    }

    @Test
    void aSlowAndAFailingNoteDoNotDelayTheOthers(@TempDir Path root) throws Exception {
        CountDownLatch slowStarted = new CountDownLatch(1);
        CountDownLatch releaseSlow = new CountDownLatch(1);
        TurtleNotes turtle = new TurtleNotes();
        NoteIngest slowAndFailing = new NoteIngest() {
            @Override
            public IngestReport ingest(Dataset ds, List<Path> paths) {
                return turtle.ingest(ds, paths);
            }

            @Override
            public boolean dropNote(Dataset ds, String rel) {
                return turtle.dropNote(ds, rel);
            }

            @Override
            public IngestReport ingestFile(Dataset ds, Path r, Path file) {
                String name = file.getFileName().toString();
                if (name.equals("bad.md")) throw new IllegalStateException("extractor blew up on bad.md");
                if (name.equals("slow.md")) {
                    slowStarted.countDown();
                    try {
                        assertTrue(releaseSlow.await(60, TimeUnit.SECONDS), "the test never released the slow note");
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return turtle.ingestFile(ds, r, file);
            }
        };
        Dataset ds = Stores.inMemory();
        try (NoteWatcher w = new NoteWatcher(root, ds, slowAndFailing, DEBOUNCE).start()) {
            note(root.resolve("slow.md"), "慢笔记");
            assertTrue(slowStarted.await(30, TimeUnit.SECONDS), "the slow note was picked up");
            note(root.resolve("bad.md"), "坏笔记");
            note(root.resolve("sub/fast.md"), "快笔记");
            await("fast.md stored while slow.md is still being extracted", () -> stored(ds, "sub/fast.md"));
            await("bad.md reported", () -> w.recentErrors().stream().anyMatch(e -> e.contains("bad.md")));
            assertFalse(stored(ds, "slow.md"), "the slow note is still in progress");
            await(
                    "slow.md logged as in progress once it passes the 1 s mark",
                    () -> w.recentSlowNotes().stream()
                            .anyMatch(l -> l.startsWith("slow.md: started at ") && l.contains("still in progress")));
            releaseSlow.countDown();
            await("slow.md stored once released", () -> stored(ds, "slow.md"));
            await(
                    "slow.md's end logged",
                    () -> w.recentSlowNotes().stream().anyMatch(l -> l.startsWith("slow.md: finished after ")));
        } finally {
            releaseSlow.countDown();
        }
    }

    @Test
    void aDeletedOrRenamedFolderDropsTheGraphsOfItsNotes(@TempDir Path root) throws Exception {
        note(root.resolve("top.md"), "顶层");
        note(root.resolve("sub/a.md"), "甲");
        note(root.resolve("sub/deeper/b.md"), "乙");
        Dataset ds = Stores.inMemory();
        NoteIngest ingest = new TurtleNotes();
        ingest.ingest(ds, List.of(root));
        assertEquals(List.of("sub/a.md", "sub/deeper/b.md", "top.md"), Stores.notePaths(ds));
        try (NoteWatcher w = new NoteWatcher(root, ds, ingest, DEBOUNCE).start()) {
            Files.move(root.resolve("sub"), root.resolve("moved"));
            await(
                    "renamed folder: old graphs dropped, new ones stored",
                    () -> Stores.notePaths(ds).equals(List.of("moved/a.md", "moved/deeper/b.md", "top.md")));
            assertFalse(stored(ds, "sub/a.md"));
            try (Stream<Path> files = Files.walk(root.resolve("moved"))) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
            }
            await(
                    "deleted folder: its notes' graphs dropped",
                    () -> Stores.notePaths(ds).equals(List.of("top.md")));
            // the watcher still works after the folder it watched went away
            note(root.resolve("moved/again.md"), "又来了");
            await("a note in a re-created folder is stored", () -> stored(ds, "moved/again.md"));
        }
    }

    @Test
    void aNoteStoredWithProblemsSaysItsGraphWasUpdated(@TempDir Path root) throws Exception {
        TurtleNotes turtle = new TurtleNotes();
        NoteIngest withProblem = new NoteIngest() {
            @Override
            public IngestReport ingest(Dataset ds, List<Path> paths) {
                return turtle.ingest(ds, paths);
            }

            @Override
            public boolean dropNote(Dataset ds, String rel) {
                return turtle.dropNote(ds, rel);
            }

            @Override
            public IngestReport ingestFile(Dataset ds, Path r, Path file) {
                IngestReport stored = turtle.ingestFile(ds, r, file);
                return stored.plus(IngestReport.failed("half.md:3", "provenance block half-written"));
            }
        };
        Dataset ds = Stores.inMemory();
        try (NoteWatcher w = new NoteWatcher(root, ds, withProblem, DEBOUNCE).start()) {
            note(root.resolve("half.md"), "半成品");
            await(
                    "half.md stored and reported",
                    () -> stored(ds, "half.md") && !w.recentErrors().isEmpty());
            String message = w.recentErrors().get(0);
            assertTrue(message.startsWith("half.md:3: provenance block half-written"), message);
            assertTrue(message.contains("was updated"), message);
            assertFalse(message.contains("kept"), "the graph was replaced, not kept: " + message);
        }
    }
}
