package org.claimgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.claimgraph.corpus.CorpusGenerator;
import org.claimgraph.store.NotePipeline;
import org.claimgraph.store.Stores;
import org.claimgraph.testing.Needs;
import org.junit.jupiter.api.Test;

/**
 * The audit graph keeps, for a finding of a shape, only what the data does not say (layout 5,
 * {@link AuditGraph}): read back, every finding must be the one the audit found, its file, line,
 * section, claim and claim text resolved from the data again, and {@code queries/audit-findings.rq}
 * must answer the same severity, rule, file, line and message for each. Checked on the examples, a
 * generated corpus and the seed note.
 */
class StoredAuditTest {
    static final Graph SHAPES = ShapesLoader.graph(Path.of("shapes"));

    /** Stores the audit of {@code ds}, then compares what the store answers with what it found; returns the count. */
    static int assertReadBackAsFound(Dataset ds, LocalDate asOf) throws IOException {
        Audit.Result found = Audit.run(ds, SHAPES, asOf, "en");
        Audit.store(ds, found);
        Audit.Result read = Txn.calculateRead(ds, () -> StoredAudit.read(ds.asDatasetGraph(), asOf, "en"));
        assertEquals(found.findings().size(), read.findings().size(), "number of findings");
        for (int i = 0; i < found.findings().size(); i++)
            assertEquals(
                    withoutBlankFocus(found.findings().get(i)), read.findings().get(i), "finding " + i);
        assertEquals(found.conforms(), read.conforms(), "conforms");
        assertEquals(rows(found.findings()), queried(ds), "audit-findings.rq");
        return found.findings().size();
    }

    /** A finding about a blank node is read back without its focus node (a blank node of another graph). */
    private static Finding withoutBlankFocus(Finding f) {
        if (f.focus() == null || f.focus().startsWith("http")) return f;
        return new Finding(
                f.severity(),
                f.rule(),
                f.note(),
                f.file(),
                f.line(),
                f.section(),
                f.claim(),
                f.claimText(),
                f.message(),
                f.action(),
                null);
    }

    /** "severity|rule|file|line|message" per finding, sorted. */
    private static List<String> rows(List<Finding> findings) {
        List<String> out = new ArrayList<>();
        for (Finding f : findings)
            out.add(String.join(
                    "|",
                    f.severity().label(),
                    f.rule(),
                    String.valueOf(f.file()),
                    f.line() > 0 ? String.valueOf(f.line()) : "null",
                    f.message()));
        out.sort(null);
        return out;
    }

    private static List<String> queried(Dataset ds) throws IOException {
        String q = Files.readString(Path.of("queries", "audit-findings.rq"));
        List<String> out = new ArrayList<>();
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                qe.execSelect()
                        .forEachRemaining((QuerySolution s) -> out.add(String.join(
                                "|",
                                s.getLiteral("severity").getString(),
                                s.getLiteral("rule").getString(),
                                s.contains("note") ? s.getLiteral("note").getString() : "null",
                                s.contains("line")
                                        ? String.valueOf(s.getLiteral("line").getInt())
                                        : "null",
                                s.getLiteral("message").getString())));
            }
        });
        out.sort(null);
        return out;
    }

    @Test
    void theExamplesReadBackAsFound() throws IOException {
        Dataset ds = Stores.inMemory();
        NotePipeline.of(ds).ingest(List.of(Path.of("examples")));
        assertTrue(assertReadBackAsFound(ds, LocalDate.of(2026, 11, 25)) > 10);
    }

    @Test
    void aGeneratedCorpusReadsBackAsFound() throws IOException {
        Dataset ds = Stores.inMemory();
        NotePipeline pipeline = NotePipeline.of(ds);
        for (CorpusGenerator.GeneratedNote n : CorpusGenerator.generate(40, 11).notes())
            pipeline.ingestText(n.path(), n.text());
        assertTrue(assertReadBackAsFound(ds, LocalDate.of(2026, 11, 25)) > 100);
    }

    @Test
    void theSeedNoteReadsBackAsFound() throws IOException {
        Path dir = Needs.seeds();
        Dataset ds = Stores.inMemory();
        NotePipeline.of(ds).ingestText("seed.md", Files.readString(dir.resolve(Needs.SEED), StandardCharsets.UTF_8));
        assertTrue(assertReadBackAsFound(ds, LocalDate.of(2025, 11, 20)) > 10);
    }

    /** A shape's finding stores no copy of its place: a claim that moves leaves the audit graph as it was. */
    @Test
    void aShapesFindingKeepsNoCopyOfItsPlace() {
        Dataset ds = Stores.inMemory();
        NotePipeline.of(ds).ingest(List.of(Path.of("examples")));
        Audit.store(ds, Audit.run(ds, SHAPES, LocalDate.of(2026, 11, 25), "en"));
        Graph g = Txn.calculateRead(
                ds, () -> LiveAuditHarness.copy(ds.asDatasetGraph().getGraph(AuditGraph.NAME)));
        int focused = 0;
        for (var t : g.find(Node.ANY, CGA.focusNode, Node.ANY).toList()) {
            focused++;
            for (Node p : List.of(CGA.sourcePath, CGA.line, CGA.sectionPath, CGA.claim, CGA.claimText))
                assertFalse(g.contains(t.getSubject(), p, Node.ANY), t.getSubject() + " " + p);
        }
        assertTrue(focused > 10, "findings of shapes: " + focused);
        assertFalse(
                g.contains(AuditGraph.REPORT, org.apache.jena.shacl.vocabulary.SHACL.result, Node.ANY),
                "no stored results");
    }
    /**
     * An audit graph of an older layout is not read as findings (its findings have no kinds): the
     * store keeps no readable audit, so {@code /kg/audit} runs one, until the next write redoes it.
     */
    @Test
    void anAuditGraphOfAnOlderLayoutReadsAsNone() {
        Dataset ds = Stores.inMemory();
        NotePipeline.of(ds).ingest(List.of(Path.of("examples")));
        LocalDate asOf = LocalDate.of(2026, 11, 25);
        Audit.store(ds, Audit.run(ds, SHAPES, asOf, "en"));
        assertNotNull(Txn.calculateRead(ds, () -> StoredAudit.read(ds.asDatasetGraph(), asOf, "en")));
        Txn.executeWrite(ds, () -> {
            Graph g = ds.asDatasetGraph().getGraph(AuditGraph.NAME);
            g.remove(AuditGraph.RUN, org.apache.jena.vocabulary.DCTerms.conformsTo.asNode(), Node.ANY);
            g.add(
                    AuditGraph.RUN,
                    org.apache.jena.vocabulary.DCTerms.conformsTo.asNode(),
                    org.apache.jena.graph.NodeFactory.createURI(CGA.AUDIT_GRAPH + "/layout/4"));
        });
        assertNull(Txn.calculateRead(ds, () -> StoredAudit.read(ds.asDatasetGraph(), asOf, "en")));
    }
}
