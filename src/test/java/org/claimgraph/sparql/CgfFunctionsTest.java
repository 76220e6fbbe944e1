package org.claimgraph.sparql;

import static org.junit.jupiter.api.Assertions.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cgf: functions through ARQ on src/test/resources/matrix/small.trig; expected values are in the fixture's comments. */
class CgfFunctionsTest {
    static final String PREFIXES = """
            PREFIX cgf: <https://w3id.org/claimgraph/fn#>
            PREFIX cgm: <https://w3id.org/claimgraph/matrix#>
            PREFIX el: <https://w3id.org/claimgraph/id/element/>
            PREFIX sc: <https://w3id.org/claimgraph/id/scenario/>
            PREFIX ly: <https://w3id.org/claimgraph/id/layer/>
            PREFIX ph: <https://w3id.org/claimgraph/id/phase/>
            PREFIX tool: <https://w3id.org/claimgraph/id/tool/>
            """;
    static final double EPS = 1e-12;

    Dataset ds;

    @BeforeEach
    void load() {
        ds = DatasetFactory.createTxnMem();
        Txn.executeWrite(ds, () -> RDFDataMgr.read(ds, "src/test/resources/matrix/small.trig"));
    }

    static Double eval(Dataset ds, String expr) {
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds)
                    .query(PREFIXES + "SELECT (" + expr + " AS ?v) {}")
                    .build()) {
                QuerySolution s = qe.execSelect().next();
                RDFNode v = s.get("v");
                return v == null ? null : v.asLiteral().getDouble();
            }
        });
    }

    Double eval(String expr) {
        return eval(ds, expr);
    }

    Map<String, Double> rows(String where) {
        return Txn.calculateRead(ds, () -> {
            Map<String, Double> out = new LinkedHashMap<>();
            try (QueryExecution qe = QueryExecution.dataset(ds)
                    .query(PREFIXES + "SELECT ?k ?v { " + where + " }")
                    .build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    String k = s.getResource("k").getURI();
                    out.put(
                            k.substring(k.lastIndexOf('/') + 1),
                            s.getLiteral("v").getDouble());
                }
            }
            return out;
        });
    }

    @Test
    void maturity() {
        assertEquals(0.2, eval("cgf:maturity(ly:kubernetes, el:quota, sc:local-dev)"), EPS);
        assertEquals(0.9, eval("cgf:maturity(ly:kubernetes, el:quota, sc:production, ph:dynamic)"), EPS);
        assertEquals(0.8, eval("cgf:maturity(ly:k3s, el:image, sc:production)"), EPS);
        // labels work too
        assertEquals(0.2, eval("cgf:maturity(\"K8s\", \"配额\", \"本地开发\")"), EPS);
        // missing cell → unbound, not 0
        assertNull(eval("cgf:maturity(ly:kubernetes, el:scale, sc:production)"));
        assertNull(eval("cgf:maturity(ly:nope, el:scale, sc:production)"));
        assertNull(eval("cgf:maturity(ly:kubernetes, 42, sc:production)"));
        assertNull(eval("cgf:maturity(ly:k3s, el:image, sc:production, ph:dynamic)"));
    }

    @Test
    void scoresAndProfiles() {
        assertEquals(1.0, eval("cgf:scenarioScore(ly:kubernetes, sc:production)"), EPS);
        assertEquals(0.4, eval("cgf:scenarioScore(ly:kubernetes, sc:local-dev)"), EPS);
        assertEquals(
                Map.of("image", 1.0, "quota", 1.0), rows("(?k ?v) cgf:scenarioProfile (ly:kubernetes sc:production)"));
        assertEquals(Map.of("local-dev", 0.3, "production", 0.9), rows("(?k ?v) cgf:elementProfile (ly:k3s el:scale)"));
        assertEquals(Map.of("production", 0.9), rows("(?k ?v) cgf:elementProfile (ly:kubernetes el:quota ph:dynamic)"));
        // bound from an earlier pattern
        assertEquals(
                Map.of("image", 0.8, "quota", 0.6, "scale", 0.9),
                rows("BIND(ly:k3s AS ?l) (?k ?v) cgf:scenarioProfile (?l sc:production)"));
        // bad arguments → no rows, the query still runs
        assertEquals(Map.of(), rows("(?k ?v) cgf:scenarioProfile (ly:nope sc:production)"));
        assertEquals(Map.of(), rows("(?k ?v) cgf:scenarioProfile (?unbound sc:production)"));
    }

    @Test
    void riskAndInterpolation() {
        assertEquals(0.07585818002124355, eval("cgf:risk(ly:kubernetes, el:image, sc:production)"), EPS);
        assertEquals(0.09112296101485616, eval("cgf:risk(ly:kubernetes, el:quota, sc:production)"), EPS);
        assertNull(eval("cgf:risk(ly:kubernetes, el:quota, sc:local-dev)"), "no dynamic value → unbound");
        assertEquals(0.95, eval("cgf:interpolate(ly:kubernetes, el:quota, sc:production, 0.5)"), EPS);
        assertEquals(1.0, eval("cgf:interpolate(ly:kubernetes, el:quota, sc:production, 0)"), EPS);
        assertNull(eval("cgf:interpolate(ly:kubernetes, el:quota, sc:production, 1.5)"));
        assertNull(eval("cgf:interpolate(ly:kubernetes, el:quota, sc:production, \"half\")"));
        assertEquals(0.5, eval("cgf:sigmoid(0)"), EPS);
        assertEquals(1 / (1 + Math.exp(2.5)), eval("cgf:sigmoid(-2.5)"), EPS);
        assertNull(eval("cgf:sigmoid(\"x\")"));
    }

    @Test
    void transitionAndEvidence() {
        assertEquals(0.012261153016327428, eval("cgf:transition(ly:kubernetes, ly:k3s, el:image, el:image)"), EPS);
        assertEquals(0.0, eval("cgf:transition(ly:kubernetes, ly:k3s, el:scale, el:scale)"), EPS);
        assertNull(eval("cgf:transition(ly:kubernetes, ly:nope, el:scale, el:scale)"));
        assertEquals(0.55, eval("cgf:evidenceScore(tool:kubernetes)"), EPS);
        assertEquals(0.1, eval("cgf:evidenceScore(\"K3s\")"), EPS);
        assertNull(eval("cgf:evidenceScore(tool:docker)"), "no status → no score, not 0");
        assertNull(eval("cgf:evidenceScore(tool:unknown)"));
    }

    @Test
    void parametersAreChangedBySparqlUpdate() {
        assertEquals(0.07585818002124355, eval("cgf:risk(ly:kubernetes, el:image, sc:production)"), EPS);
        Txn.executeWrite(ds, () -> UpdateAction.parseExecute(PREFIXES + """
                DELETE { GRAPH ?g { ?m cgm:lambda0 ?old } } INSERT { GRAPH ?g { ?m cgm:lambda0 "-2.0"^^<http://www.w3.org/2001/XMLSchema#double> } }
                WHERE { GRAPH ?g { ?m a cgm:RiskModel ; cgm:lambda0 ?old } }""", ds));
        assertEquals(1 / (1 + Math.exp(1.5)), eval("cgf:risk(ly:kubernetes, el:image, sc:production)"), EPS);
    }

    static final String CHANGE_CELL = PREFIXES + """
            DELETE { GRAPH ?g { ?o cgm:maturity ?v } } INSERT { GRAPH ?g { ?o cgm:maturity 0.3 } }
            WHERE { GRAPH ?g { ?o cgm:layer ly:kubernetes ; cgm:element el:quota ; cgm:scenario sc:local-dev ;
                                  cgm:phase ph:unphased ; cgm:maturity ?v } }""";

    @Test
    void cacheSeesUpdatesInMemory() {
        assertEquals(0.2, eval("cgf:maturity(ly:kubernetes, el:quota, sc:local-dev)"), EPS);
        long builds = MatrixCache.builds();
        assertEquals(0.2, eval("cgf:maturity(ly:kubernetes, el:quota, sc:local-dev)"), EPS);
        assertEquals(builds, MatrixCache.builds(), "no change → no rebuild");
        assertTrue(String.valueOf(MatrixCache.lastVersion()).startsWith("fp"), "in-memory uses the fingerprint");
        Txn.executeWrite(ds, () -> UpdateAction.parseExecute(CHANGE_CELL, ds));
        assertEquals(0.3, eval("cgf:maturity(ly:kubernetes, el:quota, sc:local-dev)"), EPS);
        assertEquals(builds + 1, MatrixCache.builds());
    }

    @Test
    void cacheSeesUpdatesInTdb2() {
        Dataset tdb = TDB2Factory.createDataset();
        Txn.executeWrite(tdb, () -> RDFDataMgr.read(tdb, "src/test/resources/matrix/small.trig"));
        assertEquals(0.2, eval(tdb, "cgf:maturity(ly:kubernetes, el:quota, sc:local-dev)"), EPS);
        long builds = MatrixCache.builds();
        assertEquals(0.2, eval(tdb, "cgf:maturity(ly:kubernetes, el:quota, sc:local-dev)"), EPS);
        assertEquals(builds, MatrixCache.builds(), "same TDB2 data version → no rebuild");
        assertTrue(String.valueOf(MatrixCache.lastVersion()).startsWith("tdb2:"), "TDB2 uses its data version");
        Txn.executeWrite(tdb, () -> UpdateAction.parseExecute(CHANGE_CELL, tdb));
        assertEquals(0.3, eval(tdb, "cgf:maturity(ly:kubernetes, el:quota, sc:local-dev)"), EPS);
        assertEquals(builds + 1, MatrixCache.builds());
    }

    @Test
    void conflictingCellsAreMissing() {
        Txn.executeWrite(ds, () -> UpdateAction.parseExecute(PREFIXES + """
                INSERT DATA { GRAPH <urn:uuid:0b7e3c1e-5b7a-4c59-9d84-2b2f1a1f0a01> {
                  <https://w3id.org/claimgraph/id/x/o9> cgm:layer ly:k3s ; cgm:element el:image ; cgm:scenario sc:production ; cgm:maturity 0.4 } }""", ds));
        assertNull(eval("cgf:maturity(ly:k3s, el:image, sc:production)"));
        assertEquals(0.5, eval("cgf:maturity(ly:k3s, el:image, sc:local-dev)"), EPS);
    }

    @Test
    void registeredByTheJenaSubsystem() {
        org.apache.jena.sys.JenaSystem.init();
        for (String f : List.of(
                CGF.maturity,
                CGF.scenarioScore,
                CGF.risk,
                CGF.transition,
                CGF.interpolate,
                CGF.evidenceScore,
                CGF.sigmoid))
            assertNotNull(org.apache.jena.sparql.function.FunctionRegistry.get().get(f), f);
        assertTrue(
                org.apache.jena.sparql.pfunction.PropertyFunctionRegistry.get().isRegistered(CGF.scenarioProfile));
        assertTrue(
                org.apache.jena.sparql.pfunction.PropertyFunctionRegistry.get().isRegistered(CGF.elementProfile));
    }

    static String error(
            Dataset ds,
            org.apache.jena.sparql.function.Function fn,
            String uri,
            org.apache.jena.sparql.expr.Expr... args) {
        org.apache.jena.sparql.expr.ExprList list = new org.apache.jena.sparql.expr.ExprList();
        for (var a : args) list.add(a);
        fn.build(uri, list, org.apache.jena.sparql.util.Context.create());
        var dsg = ds.asDatasetGraph();
        var env = new org.apache.jena.sparql.engine.ExecutionContext(
                org.apache.jena.sparql.util.Context.create(), dsg.getDefaultGraph(), dsg, null);
        return Txn.calculateRead(
                ds,
                () -> assertThrows(
                                org.apache.jena.sparql.expr.ExprEvalException.class,
                                () -> fn.exec(
                                        org.apache.jena.sparql.engine.binding.BindingFactory.empty(), list, uri, env))
                        .getMessage());
    }

    static org.apache.jena.sparql.expr.NodeValue iri(String s) {
        return org.apache.jena.sparql.expr.NodeValue.makeNode(
                org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/claimgraph/id/" + s));
    }

    @Test
    void errorMessagesSayWhatIsWrong() {
        var num = org.apache.jena.sparql.expr.NodeValue.makeDouble(1.5);
        assertTrue(
                error(
                                ds,
                                new Functions.Maturity(),
                                CGF.maturity,
                                iri("layer/nope"),
                                iri("element/quota"),
                                iri("scenario/production"))
                        .matches(
                                "cgf:maturity: unknown layer <https://w3id.org/claimgraph/id/layer/nope>; layers with maturity data: \\[.*kubernetes.*\\]"));
        assertTrue(error(
                        ds,
                        new Functions.Maturity(),
                        CGF.maturity,
                        iri("layer/kubernetes"),
                        num,
                        iri("scenario/production"))
                .startsWith("cgf:maturity: argument 2 (element) must be an IRI or a label string"));
        assertTrue(error(
                        ds,
                        new Functions.Maturity(),
                        CGF.maturity,
                        iri("layer/kubernetes"),
                        iri("element/scale"),
                        iri("scenario/production"))
                .contains("the cell is missing (not 0)"));
        assertTrue(error(
                        ds,
                        new Functions.Interpolate(),
                        CGF.interpolate,
                        iri("layer/kubernetes"),
                        iri("element/quota"),
                        iri("scenario/production"),
                        num)
                .contains("t = 1.5 is outside [0,1]"));
        assertTrue(error(
                        ds,
                        new Functions.Risk(),
                        CGF.risk,
                        iri("layer/kubernetes"),
                        iri("element/quota"),
                        iri("scenario/local-dev"))
                .contains("phase <https://w3id.org/claimgraph/id/phase/dynamic>"));
        assertTrue(error(ds, new Functions.EvidenceScore(), CGF.evidenceScore, iri("tool/docker"))
                .contains(
                        "no claim about tool <https://w3id.org/claimgraph/id/tool/docker> has a verification status"));
    }
}
