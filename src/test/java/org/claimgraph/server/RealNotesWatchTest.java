package org.claimgraph.server;

import static org.claimgraph.server.TestServers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimgraph.testing.Eventually;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Watch mode with claimgraph's real ingest (store.NotePipeline) on a copy of the bundled examples. */
class RealNotesWatchTest {
    @TempDir
    static Path tmp;

    static Path notes;
    static ClaimgraphServer server;

    @BeforeAll
    static void start() throws IOException {
        notes = Files.createDirectories(tmp.resolve("vault"));
        Files.copy(Path.of("examples/postgres-ha.md"), notes.resolve("postgres-ha.md"));
        server = TestServers.start(tmp, o -> {
            o.docs = notes;
            o.watch = true;
            o.ingest = NoteIngest.STORE;
        });
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static boolean hasHeading(String word) {
        String q =
                "PREFIX cg: <https://w3id.org/claimgraph/ontology#> ASK { ?s cg:heading ?h FILTER(CONTAINS(STR(?h), \""
                        + word + "\")) }";
        return query(server, q, "application/sparql-results+json").body().contains("true");
    }

    @Test
    void savedNoteReingestedAndBrokenNoteKeepsGraph() throws Exception {
        Path note = notes.resolve("postgres-ha.md");
        String original = Files.readString(note);
        // How fast an edit shows is measured in BENCHMARKS.md; the test waits on the event itself.
        Files.writeString(note, original + "\n\n## Zebra section 9136\n\nPlain text.\n");
        Eventually.await("first edit served", () -> hasHeading("Zebra section 9136"));
        Files.writeString(note, original + "\n\n## Zebra section 9137\n\nPlain text.\n");
        Eventually.await("second edit served", () -> hasHeading("Zebra section 9137"));
        assertFalse(hasHeading("Zebra section 9136"), "the note graph was replaced, not added to");

        // not UTF-8 on line 3: the previous graph stays, the error names file:line
        byte[] bad = ("# Title\n\ntext \u00e9".getBytes(StandardCharsets.ISO_8859_1));
        long before = server.watcher().processedCount();
        Files.write(note, bad);
        Eventually.await(
                "broken note processed",
                () -> server.watcher().processedCount() > before
                        && !server.watcher().recentErrors().isEmpty());
        String error = server.watcher()
                .recentErrors()
                .get(server.watcher().recentErrors().size() - 1);
        assertTrue(error.startsWith("postgres-ha.md:3"), error);
        assertTrue(hasHeading("Zebra section 9137"), "previous graph still served");

        Files.delete(note);
        Eventually.await("deleted note dropped", () -> !hasHeading("Zebra section 9137"));
    }
}
