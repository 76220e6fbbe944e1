package org.claimgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.claimgraph.store.Stores;
import org.claimgraph.testing.Isomorphism;
import org.junit.jupiter.api.Test;

/**
 * The proof that the live audit is exact: random edits of a generated corpus, and after each one
 * the audit graph the live audit kept is isomorphic to the audit graph of a full audit from
 * scratch of the same files. The 300-note, 200-edit run is {@code LiveAuditBench#differential} (tagged bench).
 */
class LiveAuditDifferentialTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

    /**
     * Runs {@code edits} random edits on {@code notes} notes; returns the edit kinds seen. Each
     * comparison is exact ({@link Isomorphism}); {@code jenaToo}: also ask Jena's matcher, which
     * must agree (affordable on a few notes only).
     */
    static Map<String, Integer> run(int notes, int edits, long seed, boolean jenaToo) {
        return run(Stores.inMemory(), notes, edits, seed, jenaToo);
    }

    /**
     * The same on the store {@code ds}; a TDB2 store is warmed up after the load as {@code serve} does
     * ({@link LiveAudit#warmUp}), so that the steps read the ontology it keeps ({@link StoredOntology}).
     */
    static Map<String, Integer> run(Dataset ds, int notes, int edits, long seed, boolean jenaToo) {
        Graph shapes = ShapesLoader.graph(Path.of("shapes"));
        Map<String, String> corpus = CorpusEdits.corpus(notes, seed);
        LiveAuditHarness h = new LiveAuditHarness(ds, shapes, AS_OF);
        h.load(corpus);
        if (Stores.tdb2Underneath(ds.asDatasetGraph()) != null) {
            Txn.calculateRead(ds, () -> h.live.warmUp(ds.asDatasetGraph()));
            assertTrue(h.live.keepsOntology(ds.asDatasetGraph()), "the warm-up kept the ontology");
        }
        assertNull(h.storedDifference(h.full(corpus)), "a stored full audit equals a full audit");
        CorpusEdits editor = new CorpusEdits(seed, notes);
        Map<String, Integer> kinds = new HashMap<>();
        for (int i = 1; i <= edits; i++) {
            CorpusEdits.Edit e = editor.next(corpus);
            long t0 = System.nanoTime();
            LiveAudit.Outcome o = h.apply(e.changed());
            long t1 = System.nanoTime();
            assertFalse(o.skipped() || o.full(), "edit " + i + " ran incrementally: " + o);
            Graph expected = h.full(corpus);
            long t2 = System.nanoTime();
            String difference = h.storedDifference(expected);
            long t3 = System.nanoTime();
            if (difference != null)
                fail("edit " + i + " (" + e.kind() + " of " + e.changed().keySet() + "): " + difference + "\n"
                        + LiveAuditHarness.diff(expected, h.stored()));
            if (jenaToo) assertTrue(expected.isIsomorphicWith(h.stored()), "Jena's matcher agrees, edit " + i);
            kinds.merge(e.kind(), 1, Integer::sum);
            if (Boolean.getBoolean("live.progress"))
                System.out.printf(
                        "%s edit %d/%d isomorphic (%s): write %d ms, full audit %d ms, compare %d ms%n",
                        java.time.Instant.now(),
                        i,
                        edits,
                        e.kind(),
                        (t1 - t0) / 1_000_000,
                        (t2 - t1) / 1_000_000,
                        (t3 - t2) / 1_000_000);
        }
        return kinds;
    }

    @Test
    void everyEditLeavesTheSameAuditGraphAsAFullAudit() {
        Map<String, Integer> kinds = run(6, 30, 20261202L, true);
        assertEquals(30, kinds.values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(kinds.size() >= 7, "most kinds of edit were made: " + kinds);
    }

    /** The same on TDB2 (in memory): the audit graph written through TDB2's node table, the ontology kept. */
    @Test
    void everyEditLeavesTheSameAuditGraphAsAFullAuditOnTdb2() {
        Dataset ds = Stores.scratchLike(TDB2Factory.createDataset().asDatasetGraph());
        Map<String, Integer> kinds = run(ds, 6, 20, 20261203L, false);
        assertEquals(20, kinds.values().stream().mapToInt(Integer::intValue).sum());
    }
}
