package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.claimgraph.store.NotePipeline;
import org.claimgraph.store.Stores;
import org.claimgraph.validate.Audit;
import org.claimgraph.validate.LiveAudit;
import org.claimgraph.validate.ShapesLoader;
import org.junit.jupiter.api.Test;

/**
 * {@code serve}'s background warm-up of the live audit ({@link LiveAuditWarmUp}): on a store that
 * keeps an audit graph it validates one stored note and writes nothing; on a store without one it
 * does nothing. The test waits for the warm-up's own completion, no sleeps.
 */
class LiveAuditWarmUpTest extends ServedTest {
    @Test
    void aStoreWithAnAuditIsWarmedUpOnOneStoredNoteAndNothingIsWritten() throws Exception {
        Path notes = Files.createDirectories(tmp.resolve("notes"));
        Files.copy(Path.of("examples/postgres-ha.md"), notes.resolve("postgres-ha.md"));
        Path db = tmp.resolve("db");
        Dataset ds = Stores.tdb2(db);
        NotePipeline.builder(ds).build().ingest(List.of(notes));
        Audit.store(ds, Audit.run(ds, ShapesLoader.defaultShapesGraph(), LocalDate.now(), "en"));
        Set<Quad> before = quads(ds);
        Stores.release(ds);

        server = TestServers.start(tmp, o -> {
            o.docs = null;
            o.db = db;
            o.ingest = null;
            o.steps = List.of(LiveAudit.packaged());
        });
        assertEquals("postgres-ha.md", server.warmUp().join(), "the stored note was validated");
        assertEquals(before, quads(server.dataset()), "the warm-up wrote nothing");
    }

    @Test
    void aStoreWithoutAnAuditIsNotWarmedUp() {
        server = TestServers.start(tmp, o -> o.steps = List.of(LiveAudit.packaged()));
        assertNull(server.warmUp().join(), "no audit graph: writes do not re-validate, nothing to warm up");
    }

    private static Set<Quad> quads(Dataset ds) {
        return Txn.calculateRead(
                ds,
                () -> Set.copyOf(org.apache.jena.atlas.iterator.Iter.toList(
                        ds.asDatasetGraph().findNG(null, null, null, null))));
    }
}
