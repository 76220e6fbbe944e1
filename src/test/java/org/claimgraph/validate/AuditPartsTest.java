package org.claimgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.claimgraph.corpus.CorpusGenerator;
import org.claimgraph.rdf.CG;
import org.claimgraph.store.NotePipeline;
import org.claimgraph.store.Stores;
import org.claimgraph.testing.Isomorphism;
import org.claimgraph.testing.Needs;
import org.junit.jupiter.api.Test;

/**
 * The note-by-note audit ({@link Audit#run(DataGraph.Parts, Graph, Shapes, LocalDate, String)},
 * {@link NoteParts}) against the whole-graph audit ({@link Audit#run(Graph, Graph, Shapes, LocalDate,
 * String)}: every shape over one graph, as Jena's validator runs it) on the same store: the same
 * findings in the same order, the same checks and counts, the same reports and an isomorphic audit
 * graph.
 */
class AuditPartsTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);
    static final Graph SHAPES_GRAPH = ShapesLoader.graph(Path.of("shapes"));
    static final Shapes SHAPES = Shapes.parse(SHAPES_GRAPH);

    /** Both audits of {@code ds}; asserts that they agree and returns the note-by-note one. */
    static Audit.Result assertSameAudit(Dataset ds, LocalDate asOf) {
        Audit.Result whole = Audit.run(DataGraph.of(ds, asOf), SHAPES_GRAPH, SHAPES, asOf, "en");
        DataGraph.Parts parts = DataGraph.parts(ds, asOf);
        Audit.Result byNote = Audit.run(parts, SHAPES_GRAPH, SHAPES, asOf, "en");
        assertTrue(parts.graphs().size() > 1, "more than one part");
        assertEquals(whole.findings().size(), byNote.findings().size(), "number of findings");
        for (int i = 0; i < whole.findings().size(); i++)
            assertEquals(whole.findings().get(i), byNote.findings().get(i), "finding " + i);
        assertEquals(whole.coverage(), byNote.coverage());
        assertEquals(whole.multipliers(), byNote.multipliers());
        assertEquals(whole.statusBySection(), byNote.statusBySection());
        assertEquals(whole.conforms(), byNote.conforms());
        for (String format : List.of("md", "json", "html"))
            assertEquals(ReportWriters.render(whole, format), ReportWriters.render(byNote, format), format);
        Graph a = Audit.toGraph(whole), b = Audit.toGraph(byNote);
        assertTrue(Isomorphism.isomorphic(a, b), () -> Isomorphism.difference(a, b));
        return byNote;
    }

    @Test
    void theExamplesGiveTheSameAuditNoteByNote() {
        Dataset ds = Stores.inMemory();
        NotePipeline.of(ds).ingest(List.of(Path.of("examples")));
        assertTrue(assertSameAudit(ds, AS_OF).findings().size() > 10);
    }

    @Test
    void aGeneratedCorpusGivesTheSameAuditNoteByNote() {
        Dataset ds = Stores.inMemory();
        NotePipeline pipeline = NotePipeline.of(ds);
        for (CorpusGenerator.GeneratedNote n : CorpusGenerator.generate(60, 7).notes())
            pipeline.ingestText(n.path(), n.text());
        Audit.Result r = assertSameAudit(ds, AS_OF);
        assertTrue(r.findings().size() > 100, "findings: " + r.findings().size());
        assertTrue(r.multipliers().size() > 0, "multiplier results");
        assertEquals(60, r.coverage().size(), "one coverage result per note");
    }

    @Test
    void theSeedNoteGivesTheSameAuditNoteByNote() throws IOException {
        Path dir = Needs.seeds();
        Dataset ds = Stores.inMemory();
        NotePipeline pipeline = NotePipeline.of(ds);
        pipeline.ingestText("seed.md", Files.readString(dir.resolve(Needs.SEED), StandardCharsets.UTF_8));
        pipeline.ingest(List.of(Path.of("examples")));
        assertTrue(assertSameAudit(ds, LocalDate.of(2025, 11, 20)).findings().size() > 10);
    }

    /**
     * A claim of one note given an update date in another graph (as a Graph Store write could): the
     * claim is a subject in two graphs, so it is validated over the whole graph, and the date after
     * the audit date is found, as the whole-graph audit finds it.
     */
    @Test
    void aFocusNodeStoredInTwoGraphsIsValidatedOverTheWholeGraph() {
        Dataset ds = Stores.inMemory();
        NotePipeline.of(ds).ingest(List.of(Path.of("examples")));
        Node claim = Txn.calculateRead(
                ds,
                () -> ds.asDatasetGraph()
                        .find(Node.ANY, Node.ANY, CG.hasProvenance, Node.ANY)
                        .next()
                        .getSubject());
        Node other = NodeFactory.createURI("https://example.org/graph/extra");
        Txn.executeWrite(
                ds,
                () -> ds.asDatasetGraph()
                        .add(new Quad(
                                other,
                                claim,
                                DCTerms.modified.asNode(),
                                NodeFactory.createLiteralDT("2099-01-01", XSDDatatype.XSDdate))));
        Audit.Result r = assertSameAudit(ds, AS_OF);
        List<Finding> future = r.byRule("update-after-audit-date").stream()
                .filter(f -> claim.getURI().equals(f.focus()))
                .toList();
        assertEquals(1, future.size(), "the claim's date after the audit date: " + r.byRule("update-after-audit-date"));
    }
}
