package org.claimgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;

/** The live audit's summary says why it redid the whole audit. */
class LiveAuditOutcomeTest {
    static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    /** A store of a few generated notes with a stored audit, and a live audit whose date the test sets. */
    private static LiveAuditHarness store() {
        LiveAuditHarness h = new LiveAuditHarness(ShapesLoader.graph(Path.of("shapes")), DAY);
        h.load(CorpusEdits.corpus(3, 5L));
        return h;
    }

    private static LiveAudit.Outcome run(LiveAuditHarness h, LocalDate today) {
        AtomicReference<LocalDate> clock = new AtomicReference<>(today);
        LiveAudit live = new LiveAudit(h.shapesGraph, clock::get);
        return Txn.calculateWrite(h.ds, () -> live.run(h.ds.asDatasetGraph(), List.of()));
    }

    /** Makes the stored audit graph look like one written by an older layout. */
    private static void dropLayoutMark(LiveAuditHarness h) {
        Txn.executeWrite(
                h.ds,
                () -> h.ds.asDatasetGraph()
                        .getGraph(AuditGraph.NAME)
                        .delete(AuditGraph.RUN, DCTerms.conformsTo.asNode(), AuditGraph.LAYOUT));
    }

    @Test
    void anOlderLayoutIsNamedAsTheCause() {
        LiveAuditHarness h = store();
        dropLayoutMark(h);
        LiveAudit.Outcome o = run(h, DAY);
        assertTrue(o.full());
        assertTrue(o.summary().endsWith("(full audit: audit graph of an older layout)"), o.summary());
        assertFalse(o.summary().contains("new audit date"), o.summary());
        assertTrue(Txn.calculateRead(
                h.ds, () -> AuditGraph.current(h.ds.asDatasetGraph().getGraph(AuditGraph.NAME))));
    }

    @Test
    void aNewDateIsNamedAsTheCause() {
        LiveAudit.Outcome o = run(store(), DAY.plusDays(1));
        assertTrue(o.summary().endsWith("(full audit: new audit date)"), o.summary());
    }

    @Test
    void bothCausesAreNamed() {
        LiveAuditHarness h = store();
        dropLayoutMark(h);
        LiveAudit.Outcome o = run(h, DAY.plusDays(1));
        assertTrue(o.summary().endsWith("(full audit: new audit date, audit graph of an older layout)"), o.summary());
    }

    @Test
    void anIncrementalRunNamesNoCauseAndSumsKeepTheCauses() {
        LiveAudit.Outcome none = run(store(), DAY);
        assertFalse(none.full());
        assertFalse(none.summary().contains("full audit"), none.summary());
        LiveAudit.Outcome date = new LiveAudit.Outcome(2, 5, LiveAudit.Outcome.NEW_DATE, false);
        LiveAudit.Outcome layout = new LiveAudit.Outcome(1, 5, LiveAudit.Outcome.NEW_LAYOUT, false);
        assertEquals(LiveAudit.Outcome.NEW_DATE, date.plus(none).rebuilt());
        assertEquals(LiveAudit.Outcome.NEW_DATE, date.plus(date).rebuilt());
        assertEquals(
                "new audit date, audit graph of an older layout",
                date.plus(layout).rebuilt());
    }
}
