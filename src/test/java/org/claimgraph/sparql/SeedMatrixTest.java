package org.claimgraph.sparql;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;
import org.claimgraph.extract.Model;
import org.claimgraph.extract.NoteExtractor;
import org.claimgraph.matrix.Dimensions;
import org.claimgraph.matrix.Dimensions.Kind;
import org.claimgraph.matrix.MaturityOps;
import org.claimgraph.matrix.MissingPolicy;
import org.claimgraph.rdf.CGM;
import org.claimgraph.rdf.MaturityMapper;
import org.claimgraph.testing.Needs;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The user's seed note, end to end: extractor → MaturityMapper → dataset → matrix model and cgf:
 * functions. The expected K8s 8×6 values were read by hand from the note's table (elements down,
 * scenarios across: 本地, CI, 生产, 边缘, Serverless, 多租户). Skipped when the seeds are absent.
 */
class SeedMatrixTest {
    static final String SEED = "000_53b8c72be127e04e.txt";
    static final String NOTE = "https://w3id.org/claimgraph/id/note/seed";

    static final String[] ELEMENTS = {
        "image", "container", "quota", "runtime-transform", "monitor", "version-upgrade", "load-balance", "scale"
    };
    static final double[][] K8S = { // read by hand from the note
        {0.9, 1.0, 1.0, 0.8, 0.9, 1.0},
        {0.9, 1.0, 1.0, 0.8, 0.9, 1.0},
        {0.2, 0.8, 1.0, 0.7, 0.8, 1.0},
        {0.3, 0.7, 0.9, 0.9, 1.0, 0.9},
        {0.8, 1.0, 1.0, 0.9, 0.9, 1.0},
        {0.4, 0.9, 1.0, 0.8, 0.9, 1.0},
        {0.2, 0.8, 1.0, 0.7, 0.9, 1.0},
        {0.1, 0.8, 1.0, 0.8, 1.0, 1.0}
    };

    static Dataset ds;
    static MatrixModel model;

    /** Once per class, but in {@code @BeforeEach} so a missing seed is counted per test (Prerequisites). */
    @BeforeEach
    void load() throws Exception {
        Path dir = Needs.seeds();
        if (model != null) return;
        String text = Files.readString(dir.resolve(SEED), StandardCharsets.UTF_8);
        Model.Note note = NoteExtractor.extract("seed.md", text);
        ds = DatasetFactory.createTxnMem();
        Txn.executeWrite(ds, () -> {
            Graph g = ds.asDatasetGraph().getGraph(NodeFactory.createURI("https://w3id.org/claimgraph/id/graph/seed"));
            MaturityMapper.map(note, NOTE, g);
        });
        model = Txn.calculateRead(ds, () -> MatrixModel.build(ds.asDatasetGraph()));
    }

    static String el(String slug) {
        return CGM.memberIri(Kind.ELEMENT, slug);
    }

    static String sc(Dimensions.Member m) {
        return CGM.memberIri(Kind.SCENARIO, m.slug());
    }

    static final String K8S_LAYER = CGM.memberIri(Kind.LAYER, "kubernetes");

    @Test
    void k8sTableIsExtractedExactly() {
        DMatrixRMaj a = model.matrix(K8S_LAYER, MatrixModel.PHASE_UNPHASED);
        List<Dimensions.Member> scenarios = Dimensions.members(Kind.SCENARIO);
        int present = 0;
        for (int k = 0; k < ELEMENTS.length; k++)
            for (int l = 0; l < scenarios.size(); l++) {
                double v = a.get(model.scenario(sc(scenarios.get(l))), model.element(el(ELEMENTS[k])));
                assertEquals(
                        K8S[k][l],
                        v,
                        0.0,
                        ELEMENTS[k] + " / " + scenarios.get(l).slug());
            }
        for (double v : a.data) if (!Double.isNaN(v)) present++;
        assertEquals(48, present, "exactly the 8×6 cells, nothing invented");
    }

    @Test
    void productionScenarioProfileIsTheProductionColumn() {
        DMatrixRMaj a = model.matrix(K8S_LAYER, MatrixModel.PHASE_UNPHASED);
        int prod = model.scenario(CGM.memberIri(Kind.SCENARIO, "production"));
        DMatrixRMaj s = new DMatrixRMaj(1, a.numRows);
        s.data[prod] = 1;
        DMatrixRMaj out = new DMatrixRMaj(1, a.numCols);
        MaturityOps.scenarioProfile(s, a, out, MissingPolicy.IGNORE);
        for (int k = 0; k < ELEMENTS.length; k++)
            assertEquals(K8S[k][2], out.get(0, model.element(el(ELEMENTS[k]))), 1e-12, ELEMENTS[k]);
        // and through SPARQL
        Map<String, Double> expected = new LinkedHashMap<>();
        for (int k = 0; k < ELEMENTS.length; k++) expected.put(ELEMENTS[k], K8S[k][2]);
        Map<String, Double> rows = Txn.calculateRead(ds, () -> {
            Map<String, Double> r = new LinkedHashMap<>();
            try (var qe = org.apache.jena.query.QueryExecution.dataset(ds)
                    .query(CgfFunctionsTest.PREFIXES + "SELECT ?k ?v { (?k ?v) cgf:scenarioProfile (\"K8s\" \"生产\") }")
                    .build()) {
                qe.execSelect().forEachRemaining(q -> {
                    String k = q.getResource("k").getURI();
                    r.put(k.substring(k.lastIndexOf('/') + 1), q.getLiteral("v").getDouble());
                });
            }
            return r;
        });
        assertEquals(expected, rows);
    }

    @Test
    void staticDynamicTableGivesRisk() {
        // 12×6×2 block of the K8s layer: quota in production is 1.0 static, 0.9 dynamic
        assertEquals(
                1.0,
                model.maturity(
                        K8S_LAYER, el("quota"), CGM.memberIri(Kind.SCENARIO, "production"), MatrixModel.PHASE_STATIC));
        assertEquals(
                0.9,
                model.maturity(
                        K8S_LAYER, el("quota"), CGM.memberIri(Kind.SCENARIO, "production"), MatrixModel.PHASE_DYNAMIC));
        double r = model.risk(K8S_LAYER, el("quota"), CGM.memberIri(Kind.SCENARIO, "production"));
        assertTrue(r > 0 && r < 0.5, "risk " + r);
        // the multi-tenant column has only a dynamic value: no risk, an error instead of a made-up 0
        assertThrows(
                org.apache.jena.sparql.expr.ExprEvalException.class,
                () -> model.risk(K8S_LAYER, el("quota"), CGM.memberIri(Kind.SCENARIO, "multi-tenant")));
    }
}
