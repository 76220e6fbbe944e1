package org.claimgraph.server;

import static org.claimgraph.server.TestServers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.claimgraph.testing.Eventually;
import org.claimgraph.validate.Audit;
import org.claimgraph.validate.LiveAudit;
import org.claimgraph.validate.ShapesLoader;
import org.junit.jupiter.api.Test;

/**
 * The live audit behind {@code serve --watch}, end to end: the real server, the real markdown
 * ingest with the live audit registered (as {@code cli.ChangeSteps} registers it), a stored audit
 * graph; saving a note that adds a ❌ claim makes {@code /kg/audit} list it, and a query sent with
 * the ETag from before the save is answered in full with a new tag.
 */
class LiveAuditWatchTest extends ServedTest {
    /** A note whose only claim is ❌ in a complete block: one unverifiable-claim warning. */
    static final String UNVERIFIABLE = org.claimgraph.testing.EdgeNotes.UNVERIFIABLE;

    static final String COUNT =
            "PREFIX cg: <https://w3id.org/claimgraph/ontology#> SELECT (COUNT(*) AS ?n) WHERE { ?c cg:text ?t }";

    @Test
    void savingANoteWithAnUnverifiableClaimShowsInTheAuditAndChangesTheTag() throws Exception {
        Path notes = Files.createDirectories(tmp.resolve("notes"));
        Files.copy(Path.of("examples/postgres-ha.md"), notes.resolve("postgres-ha.md"));
        server = TestServers.start(tmp, o -> {
            o.docs = notes;
            o.watch = true;
            o.ingest = null; // claimgraph's ingest running o.steps
            o.steps = List.of(LiveAudit.packaged());
        });
        // what `claimgraph audit --db` leaves in a store: from now on the live audit keeps it current
        Audit.store(
                server.dataset(),
                Audit.run(server.dataset(), ShapesLoader.defaultShapesGraph(), LocalDate.now(), "en"));
        String audit = base(server) + "/kg/audit";
        assertFalse(
                QueryCacheTest.getWith(audit, "application/json", null).body().contains("edge.md"));
        String query = base(server) + "/kg/sparql?query=" + enc(COUNT);
        HttpResponse<String> before = QueryCacheTest.getWith(query, "text/csv", null);
        String oldTag = before.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, QueryCacheTest.getWith(query, "text/csv", oldTag).statusCode(), "nothing written yet");

        long t0 = System.nanoTime();
        Files.writeString(notes.resolve("edge.md"), UNVERIFIABLE);
        Eventually.await("/kg/audit lists the ❌ claim of the saved note", () -> {
            String body =
                    QueryCacheTest.getWith(audit, "application/json", null).body();
            return body.contains("edge.md") && body.contains("unverifiable-claim");
        });
        System.out.printf(
                "LiveAuditWatchTest: saved note listed by /kg/audit after %d ms%n",
                (System.nanoTime() - t0) / 1_000_000);

        HttpResponse<String> after = QueryCacheTest.getWith(query, "text/csv", oldTag);
        assertEquals(200, after.statusCode(), "the old tag no longer matches: the answer is sent");
        assertNotEquals(oldTag, after.headers().firstValue("ETag").orElseThrow());
        assertNotEquals(before.body(), after.body(), "the new claim is counted");
    }
}
