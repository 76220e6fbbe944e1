package org.claimgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
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

    /**
     * Turns the stored audit graph into what layout 3 wrote: each finding of a shape also carries
     * the copies of its place ({@code cga:sourcePath}, {@code cga:line}, …) and a SHACL result tree
     * ({@code cga:validationResult}, {@code <audit/report> sh:result}), and the layout-3 mark.
     */
    private static void toLayout3(LiveAuditHarness h) {
        Txn.executeWrite(h.ds, () -> {
            var dsg = h.ds.asDatasetGraph();
            Graph g = dsg.getGraph(AuditGraph.NAME);
            Graph data = StoreView.of(dsg, DAY, org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph());
            g.delete(AuditGraph.RUN, DCTerms.conformsTo.asNode(), AuditGraph.LAYOUT);
            g.add(AuditGraph.RUN, DCTerms.conformsTo.asNode(), NodeFactory.createURI(CGA.AUDIT_GRAPH + "/layout/3"));
            for (Triple t : g.find(Node.ANY, CGA.focusNode, Node.ANY).toList()) {
                Node f = t.getSubject();
                Finding finding = StoredAudit.finding(
                        g, data, new StoredAudit.Ref(f, t.getObject().isURI() ? t.getObject() : null));
                g.add(f, CGA.sourcePath, NodeFactory.createLiteralString(finding.file()));
                g.add(f, CGA.line, NodeFactory.createLiteralString(String.valueOf(finding.line())));
                Node r = NodeFactory.createBlankNode();
                g.add(f, CGA.validationResult, r);
                g.add(AuditGraph.REPORT, SHACL.result, r);
                g.add(r, RDF.type.asNode(), SHACL.ValidationResult);
                g.add(r, SHACL.focusNode, t.getObject());
            }
        });
    }

    @Test
    void aLayout3GraphIsRedoneInFullByTheFirstWriteAndThenKeptIncrementally() {
        LiveAuditHarness h = new LiveAuditHarness(ShapesLoader.graph(Path.of("shapes")), DAY);
        java.util.Map<String, String> corpus = CorpusEdits.corpus(3, 5L);
        h.load(corpus);
        toLayout3(h);
        assertTrue(
                Txn.calculateRead(
                        h.ds,
                        () -> h.ds.asDatasetGraph()
                                .getGraph(AuditGraph.NAME)
                                .contains(Node.ANY, SHACL.result, Node.ANY)),
                "the corpus has findings of shapes: the test exercises the results");
        CorpusEdits editor = new CorpusEdits(3L, 3);
        CorpusEdits.Edit e = editor.next(corpus);
        LiveAudit.Outcome first = h.apply(e.changed());
        assertTrue(first.full(), first.summary());
        assertTrue(first.summary().endsWith("(full audit: audit graph of an older layout)"), first.summary());
        assertEquals(null, h.storedDifference(h.full(corpus)));
        for (Node p : List.of(CGA.validationResult, SHACL.result, CGA.sourcePath))
            assertFalse(
                    Txn.calculateRead(
                            h.ds,
                            () -> h.ds.asDatasetGraph()
                                    .getGraph(AuditGraph.NAME)
                                    .find(Node.ANY, p, Node.ANY)
                                    .filterKeep(t -> t.getSubject().equals(AuditGraph.REPORT)
                                            || h.ds.asDatasetGraph()
                                                    .getGraph(AuditGraph.NAME)
                                                    .contains(t.getSubject(), CGA.focusNode, Node.ANY))
                                    .hasNext()),
                    "no layout-3 " + p + " left");
        LiveAudit.Outcome second = h.apply(editor.next(corpus).changed());
        assertFalse(second.full(), second.summary());
        assertEquals(null, h.storedDifference(h.full(corpus)));
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
