package org.claimgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.claimgraph.corpus.CorpusGenerator;
import org.claimgraph.store.NotePipeline;
import org.claimgraph.store.Stores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Validation#results} gives exactly the entries of Jena's full report, in the same order. */
class ValidationResultsTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 1);

    @TempDir
    static Path dir;

    private static Graph data;
    private static Graph shapesGraph;

    @BeforeAll
    static void corpus() throws Exception {
        CorpusGenerator.write(CorpusGenerator.generate(12, 42), dir);
        Dataset ds = Stores.inMemory();
        NotePipeline.of(ds).ingest(List.of(dir.resolve(CorpusGenerator.NOTES_DIR)));
        data = DataGraph.of(ds, AS_OF);
        shapesGraph = ShapesLoader.graph(Path.of("shapes"));
    }

    @Test
    void readsTheCollectedEntriesWithoutBuildingTheReport() {
        assertTrue(Validation.Collected.available(), "Jena's report builder fields are gone: results() falls back");
    }

    @Test
    void sameEntriesAsTheFullReportAllShapes() {
        same(Shapes.parse(shapesGraph));
    }

    @Test
    void sameEntriesAsTheFullReportCoreShapes() {
        same(Shapes.parse(CoreShapes.coreOnly(shapesGraph)));
    }

    @Test
    void auditReportAnswersConforms() {
        Audit.Result r = Audit.run(data, shapesGraph, Shapes.parse(shapesGraph), AS_OF, "en");
        assertTrue(r.findings().stream().anyMatch(f -> f.focus() != null), "findings of shapes");
        assertFalse(r.conforms());
    }

    private static void same(Shapes shapes) {
        List<String> full = keys(List.copyOf(Validation.validate(data, shapes).getEntries()));
        List<String> results = keys(Validation.results(data, shapes));
        assertTrue(full.size() > 50, "the corpus should give results: " + full.size());
        assertEquals(full, results);
    }

    private static List<String> keys(List<ReportEntry> entries) {
        List<String> out = new ArrayList<>();
        for (ReportEntry e : entries)
            out.add(String.join(
                    " | ",
                    String.valueOf(e.focusNode()),
                    String.valueOf(e.resultPath()),
                    String.valueOf(e.value()),
                    String.valueOf(e.source()),
                    String.valueOf(e.severity().level()),
                    String.valueOf(e.sourceConstraintComponent()),
                    String.valueOf(e.sourceConstraint()),
                    String.valueOf(e.messages())));
        return out;
    }
}
