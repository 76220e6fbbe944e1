package org.claimgraph.sparql;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ready matrix queries in queries/ run on the fixture and give the values worked out in small.trig. */
class MatrixQueriesTest {
    static Dataset ds;

    @BeforeAll
    static void load() {
        ds = org.apache.jena.tdb2.TDB2Factory.createDataset();
        ds.getContext().set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true); // as store.Stores does
        Txn.executeWrite(ds, () -> RDFDataMgr.read(ds, "src/test/resources/matrix/small.trig"));
    }

    static List<QuerySolution> run(String file) throws Exception {
        String q = Files.readString(Path.of("queries", file));
        assertTrue(q.startsWith("# " + file), "header comment names the file");
        // the union of named graphs is the default graph in our stores
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                List<QuerySolution> out = new ArrayList<>();
                qe.execSelect().forEachRemaining(out::add);
                return out;
            }
        });
    }

    static String tail(QuerySolution s, String v) {
        String u = s.getResource(v).getURI();
        return u.substring(u.lastIndexOf('/') + 1);
    }

    @Test
    void maturityByScenario() throws Exception {
        List<QuerySolution> rows = run("maturity-by-scenario.rq");
        assertEquals(4, rows.size());
        QuerySolution first = rows.get(0);
        assertEquals("k3s", tail(first, "layer"));
        assertEquals("local-dev", tail(first, "scenario"));
        assertEquals((0.5 + 0.6 + 0.3) / 3, first.getLiteral("score").getDouble(), 1e-12);
        QuerySolution k8sLocal = rows.get(2);
        assertEquals("kubernetes local-dev", tail(k8sLocal, "layer") + " " + tail(k8sLocal, "scenario"));
        assertEquals(0.4, k8sLocal.getLiteral("score").getDouble(), 1e-12);
        assertEquals(4, k8sLocal.getLiteral("cells").getInt());
    }

    @Test
    void riskByLayer() throws Exception {
        List<QuerySolution> rows = run("risk-by-layer.rq");
        assertEquals(2, rows.size());
        QuerySolution k8s = rows.get(0);
        assertEquals("kubernetes", tail(k8s, "layer"));
        assertEquals(2, k8s.getLiteral("cellsWithRisk").getInt());
        assertEquals(3, k8s.getLiteral("cellsWithoutRisk").getInt());
        assertEquals(0.09112296101485616, k8s.getLiteral("maxRisk").getDouble(), 1e-12);
        assertEquals(0, rows.get(1).getLiteral("cellsWithRisk").getInt(), "k3s has no static/dynamic values");
    }

    @Test
    void layerTransition() throws Exception {
        List<QuerySolution> rows = run("layer-transition.rq");
        assertFalse(rows.isEmpty());
        double prev = 2;
        for (QuerySolution s : rows) {
            double d = s.getLiteral("difficulty").getDouble();
            assertTrue(d >= 0 && d <= 1 && d <= prev);
            prev = d;
        }
        assertTrue(rows.stream()
                .anyMatch(s -> tail(s, "from").equals("kubernetes")
                        && tail(s, "to").equals("k3s")
                        && tail(s, "elementK").equals("image")
                        && tail(s, "elementL").equals("image")
                        && Math.abs(s.getLiteral("difficulty").getDouble() - 0.012261153016327428) < 1e-12));
    }

    @Test
    void toolEvidence() throws Exception {
        List<QuerySolution> rows = run("tool-evidence.rq");
        Map<String, String> got = new java.util.TreeMap<>();
        for (QuerySolution s : rows)
            got.put(
                    tail(s, "tool"),
                    s.getLiteral("claims").getInt() + "/"
                            + s.getLiteral("withStatus").getInt() + " "
                            + (s.contains("score")
                                    ? String.format(
                                            java.util.Locale.ROOT,
                                            "%.2f",
                                            s.getLiteral("score").getDouble())
                                    : "-"));
        assertEquals(Map.of("kubernetes", "2/2 0.55", "k3s", "1/1 0.10", "docker", "1/0 -"), got);
    }
}
