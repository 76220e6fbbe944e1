package org.claimgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.claimgraph.store.Stores;
import org.junit.jupiter.api.Test;

/** {@link LiveAudit#warmUp}: one stored note run through, nothing written to the store, nothing counted. */
class LiveAuditWarmUpStoreTest {
    @Test
    void aStoreWithAnAuditIsWarmedUpOnAStoredNoteAndIsLeftAsItWas() {
        LiveAuditHarness h = new LiveAuditHarness(ShapesLoader.graph(Path.of("shapes")), LiveAuditOutcomeTest.DAY);
        Map<String, String> corpus = CorpusEdits.corpus(3, 5L);
        h.load(corpus);
        Set<Quad> before = quads(h.ds);
        String note = Txn.calculateRead(h.ds, () -> h.live.warmUp(h.ds.asDatasetGraph()));
        assertTrue(corpus.containsKey(note), "a stored note's path: " + note);
        assertEquals(before, quads(h.ds), "nothing written to the store");
        assertTrue(h.live.lastOutcome().skipped() && h.live.total().skipped(), "the warm-up is not counted");
    }

    @Test
    void aStoreWithoutAnAuditIsNotWarmedUp() {
        Dataset ds = Stores.inMemory();
        LiveAuditHarness.write(ds, CorpusEdits.corpus(2, 5L));
        LiveAudit live = new LiveAudit(ShapesLoader.graph(Path.of("shapes")), () -> LiveAuditOutcomeTest.DAY);
        assertNull(Txn.calculateRead(ds, () -> live.warmUp(ds.asDatasetGraph())));
    }

    private static Set<Quad> quads(Dataset ds) {
        return Txn.calculateRead(
                ds, () -> Set.copyOf(Iter.toList(ds.asDatasetGraph().findNG(null, null, null, null))));
    }
}
