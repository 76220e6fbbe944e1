package org.claimgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The audit over a small hand-written note graph whose expected findings were worked out by hand. */
class AuditTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);
    static Graph shapesGraph;
    static Audit.Result result;

    static Dataset mini() {
        Dataset ds = DatasetFactory.createTxnMem();
        RDFDataMgr.read(ds, "src/test/resources/audit/mini.trig");
        return ds;
    }

    @BeforeAll
    static void run() {
        shapesGraph = ShapesLoader.graph(Path.of("shapes"));
        result = Audit.run(mini(), shapesGraph, AS_OF, "en");
    }

    static List<Integer> lines(String rule) {
        return result.byRule(rule).stream().map(Finding::line).sorted().collect(Collectors.toList());
    }

    @Test
    void unverifiableClaimWithTextAndLine() {
        List<Finding> f = result.byRule("unverifiable-claim");
        assertEquals(1, f.size());
        assertEquals(45, f.get(0).line());
        assertEquals("notes/mini.md", f.get(0).file());
        assertEquals("某物流公司 3 万节点上线", f.get(0).claimText());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertEquals("缓存方案 > 案例", f.get(0).section());
    }

    @Test
    void driftedReferenceSaysWhereTheFigureIs() {
        List<Finding> f = result.byRule("drifted-line-reference");
        assertEquals(1, f.size());
        assertEquals(36, f.get(0).line());
        assertTrue(f.get(0).message().contains("line 20"), f.get(0).message());
    }

    @Test
    void multipliers() {
        var byLineExpr = result.multipliers().stream()
                .collect(Collectors.toMap(m -> m.line() + " " + m.expression(), m -> m.outcome(), (a, b) -> a));
        assertEquals(MultiplierCheck.Outcome.SUPPORTED, byLineExpr.get("12 8 ×"));
        assertEquals(MultiplierCheck.Outcome.SUPPORTED, byLineExpr.get("12 5 ×"));
        assertEquals(MultiplierCheck.Outcome.SUPPORTED, byLineExpr.get("12 9 ×"));
        assertEquals(MultiplierCheck.Outcome.UNSUPPORTED, byLineExpr.get("30 →1/10"), byLineExpr.toString());
        assertEquals(MultiplierCheck.Outcome.SUPPORTED, byLineExpr.get("30 →1/100"), byLineExpr.toString());
        assertEquals(MultiplierCheck.Outcome.UNSUPPORTED, byLineExpr.get("33 →1/10"), byLineExpr.toString());
        assertEquals(List.of(30, 33), lines("multiplier-unsupported"));
        Finding f = result.byRule("multiplier-unsupported").get(0);
        assertTrue(f.message().contains("20 MB vs 1.5 MB") && f.message().contains("13.3"), f.message());
    }

    @Test
    void coverageContradicted() {
        List<Finding> f = result.byRule("coverage-claim-contradicted");
        assertEquals(1, f.size());
        assertEquals(3, f.get(0).line());
        CoverageCheck.Result c = result.coverage().get(0);
        assertEquals(3, c.blocks());
        assertEquals(4, c.annotatedClaims()); // c30, c45, c50, c52
        assertTrue(c.unannotatedClaims() >= 1); // c55 at least (and the table rows with figures)
        assertTrue(c.contradicted());
    }

    @Test
    void statusRules() {
        assertEquals(List.of(50), lines("verified-but-needs-verification"));
        assertEquals(List.of(52), lines("pending-version"));
        assertEquals(List.of(), lines("pending-claim"));
        assertEquals(
                List.of(32, 37),
                lines("stale-update-date")); // 2025-11-01 and 2024-01-15 are > 365 days before 2026-11-25
        assertEquals(List.of(37), lines("performance-environment-placeholder"));
        assertTrue(lines("partially-verifiable").contains(30));
    }

    @Test
    void severityCountsAddUp() {
        int total = result.countsBySeverity().values().stream()
                .mapToInt(Integer::intValue)
                .sum();
        assertEquals(result.findings().size(), total);
        assertEquals(
                0,
                result.countsBySeverity().get(Severity.VIOLATION),
                result.findings().toString());
        assertEquals(1, result.countsByStatus().get("unverifiable"));
        assertEquals(2, result.countsByStatus().get("partially-verifiable"));
    }

    @Test
    void storedAuditGraphIsReplaced() {
        Dataset ds = mini();
        Audit.store(ds, result);
        Audit.store(ds, result);
        var g = ds.asDatasetGraph().getGraph(NodeFactory.createURI(CGA.AUDIT_GRAPH));
        long findings = g
                .find(null, org.apache.jena.vocabulary.RDF.type.asNode(), CGA.Finding)
                .mapWith(t -> StoredAudit.refs(g, t.getSubject()).size())
                .toList()
                .stream()
                .mapToInt(Integer::intValue)
                .sum();
        assertEquals(result.findings().size(), findings);
        assertTrue(g.contains(
                null,
                org.apache.jena.vocabulary.RDF.type.asNode(),
                org.apache.jena.shacl.vocabulary.SHACL.ValidationReport));
    }

    @Test
    void asOfMakesStaleRuleReproducible() {
        Audit.Result earlier = Audit.run(mini(), shapesGraph, LocalDate.of(2024, 6, 1), "en");
        assertTrue(earlier.byRule("stale-update-date").isEmpty());
        assertFalse(result.byRule("stale-update-date").isEmpty());
    }

    @Test
    void packagedShapesGiveTheSameFindings() {
        Audit.Result packaged = Audit.run(mini(), AS_OF);
        assertEquals(result.findings().size(), packaged.findings().size());
        assertTrue(ReportWriters.render(packaged, "json").startsWith("{"));
    }

    @Test
    void writersRenderEverySection() {
        String md = ReportWriters.markdown(result);
        assertTrue(
                md.contains("## Coverage") && md.contains("## Unverifiable claims") && md.contains("notes/mini.md:45"),
                md);
        String html = ReportWriters.html(result);
        for (String section : new String[] {
            "<h2>Summary</h2>",
            "<h2>Status per section</h2>",
            "<h2>Coverage</h2>",
            "<h2>Unverifiable claims (❌)</h2>",
            "<h2>Multiplier arithmetic</h2>",
            "<h2>Findings</h2>"
        }) assertTrue(html.contains(section), "html lacks " + section);
        assertTrue(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""), "inline SVG chart");
        assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("<script"), "no scripts");
        assertTrue(html.contains("notes/mini.md:45"), "findings carry file:line");
        assertFalse(html.contains("src=\"http"), "no external resources");
        assertFalse(html.contains("<link"), "no external stylesheet");
        String json = ReportWriters.json(result);
        var parsed = org.apache.jena.atlas.json.JSON.parse(json);
        assertEquals(
                result.findings().size(), parsed.get("findings").getAsArray().size());
    }
}
