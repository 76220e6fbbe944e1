package org.claimgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;

/**
 * The proof that the live audit is exact: random edits of a generated corpus, and after each one
 * the audit graph the live audit kept is isomorphic to the audit graph of a full audit from
 * scratch of the same files. The 300-note, 200-edit run is {@code LiveAuditBench#differential} (tagged bench).
 */
class LiveAuditDifferentialTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

    /** Runs {@code edits} random edits on {@code notes} notes; returns the edit kinds seen. */
    static Map<String, Integer> run(int notes, int edits, long seed) {
        Graph shapes = ShapesLoader.graph(Path.of("shapes"));
        Map<String, String> corpus = CorpusEdits.corpus(notes, seed);
        LiveAuditHarness h = new LiveAuditHarness(shapes, AS_OF);
        h.load(corpus);
        Graph start = h.stored();
        assertTrue(start.isIsomorphicWith(h.full(corpus)), "a stored full audit equals a full audit");
        CorpusEdits editor = new CorpusEdits(seed, notes);
        Map<String, Integer> kinds = new HashMap<>();
        for (int i = 1; i <= edits; i++) {
            CorpusEdits.Edit e = editor.next(corpus);
            LiveAudit.Outcome o = h.apply(e.changed());
            assertFalse(o.skipped() || o.full(), "edit " + i + " ran incrementally: " + o);
            Graph expected = h.full(corpus);
            Graph actual = h.stored();
            assertTrue(
                    expected.isIsomorphicWith(actual),
                    "edit " + i + " (" + e.kind() + " of " + e.changed().keySet() + "):\n"
                            + LiveAuditHarness.diff(expected, actual));
            kinds.merge(e.kind(), 1, Integer::sum);
            if (Boolean.getBoolean("live.progress"))
                System.out.printf("%s edit %d/%d isomorphic (%s)%n", java.time.Instant.now(), i, edits, e.kind());
        }
        return kinds;
    }

    @Test
    void everyEditLeavesTheSameAuditGraphAsAFullAudit() {
        Map<String, Integer> kinds = run(6, 30, 20261202L);
        assertEquals(30, kinds.values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(kinds.size() >= 7, "most kinds of edit were made: " + kinds);
    }
}
