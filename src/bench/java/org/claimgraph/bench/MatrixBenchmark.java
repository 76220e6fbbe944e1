package org.claimgraph.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.claimgraph.matrix.Dimensions;
import org.claimgraph.matrix.Dimensions.Kind;
import org.claimgraph.rdf.CGM;
import org.claimgraph.sparql.Functions;
import org.openjdk.jmh.annotations.*;
import org.openjdk.jmh.infra.Blackhole;

/**
 * cgf:risk over 100 000 rows against the same computation in pure SPARQL arithmetic, and the raw
 * call rate of the cgf:risk function with cached matrices. Data: 6 layers × 12 elements × 6
 * scenarios × {static, dynamic} observations (864), an uncertainty per cell, and 100 000 row
 * resources each pointing at one cell (layer, element, scenario).
 *
 * <p>The pure-SPARQL query does the same work per row — find the cell's static and dynamic
 * value, its uncertainty and λ, compute σ(λ₀ + λ₁(1−s) + λ₂|d−s| + λ₃u) with math:exp — in its most
 * favourable form: each cell links straight to its static and dynamic observation and carries a
 * precomputed uncertainty (the Data Cube itself has no such links; a join on the four dimensions
 * per row was orders of magnitude slower on the in-memory store). cgf:risk derives everything from
 * the cube when it builds its matrices once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class MatrixBenchmark {
    static final int ROWS = 100_000;
    static final String B = "https://w3id.org/claimgraph/id/bench/";
    static final String PREFIXES = """
            PREFIX cgm: <https://w3id.org/claimgraph/matrix#>
            PREFIX cgf: <https://w3id.org/claimgraph/fn#>
            PREFIX math: <http://www.w3.org/2005/xpath-functions/math#>
            PREFIX b: <https://w3id.org/claimgraph/id/bench/>
            PREFIX ph: <https://w3id.org/claimgraph/id/phase/>
            """;
    static final String Q_CGF = PREFIXES + """
            SELECT (COUNT(?r) AS ?n) (SUM(?r) AS ?total) WHERE {
              ?row b:cell ?cell .
              ?cell b:layer ?l ; b:element ?e ; b:scenario ?s .
              BIND(cgf:risk(?l, ?e, ?s) AS ?r)
            }""";
    static final String Q_SPARQL = PREFIXES + """
            SELECT (COUNT(?r) AS ?n) (SUM(?r) AS ?total) WHERE {
              <https://w3id.org/claimgraph/id/parameters/risk-model> cgm:lambda0 ?l0 ; cgm:lambda1 ?l1 ; cgm:lambda2 ?l2 ; cgm:lambda3 ?l3 .
              ?row b:cell ?cell .
              ?cell b:static ?so ; b:dynamic ?do ; b:uncertainty ?u .
              ?so cgm:maturity ?st .
              ?do cgm:maturity ?dy .
              BIND(1 / (1 + math:exp(-(?l0 + ?l1 * (1 - ?st) + ?l2 * ABS(?dy - ?st) + ?l3 * ?u))) AS ?r)
            }""";

    Dataset ds;
    Functions.Risk fn;
    org.apache.jena.sparql.expr.ExprList args;
    ExecutionContext env;

    @Setup(Level.Trial)
    public void setup() {
        JenaSystem.init();
        ds = DatasetFactory.createTxnMem();
        DatasetGraph dsg = ds.asDatasetGraph();
        Txn.executeWrite(ds, () -> build(dsg));
        fn = new Functions.Risk();
        args = new org.apache.jena.sparql.expr.ExprList();
        args.add(NodeValue.makeNode(CGM.member(Kind.LAYER, "k3s")));
        args.add(NodeValue.makeNode(CGM.member(Kind.ELEMENT, "quota")));
        args.add(NodeValue.makeNode(CGM.member(Kind.SCENARIO, "production")));
        fn.build(org.claimgraph.sparql.CGF.risk, args, Context.create());
        env = new ExecutionContext(Context.create(), dsg.getDefaultGraph(), dsg, null);
        ds.begin(org.apache.jena.query.ReadWrite.READ);
        // sanity: both queries agree
        double a = total(Q_CGF), b = total(Q_SPARQL);
        if (Math.abs(a - b) > 1e-6 * ROWS) throw new IllegalStateException("queries disagree: " + a + " vs " + b);
    }

    @TearDown(Level.Trial)
    public void tearDown() { ds.end(); }

    static void build(DatasetGraph dsg) {
        Node dg = org.apache.jena.sparql.core.Quad.defaultGraphIRI;
        java.util.Random r = new java.util.Random(1);
        List<Dimensions.Member> layers = Dimensions.members(Kind.LAYER), elements = Dimensions.members(Kind.ELEMENT),
                scenarios = Dimensions.members(Kind.SCENARIO);
        Node model = NodeFactory.createURI(CGM.RISK_MODEL);
        double[] lambda = {-3, 2, 2, 1};
        Node[] lp = {CGM.lambda0, CGM.lambda1, CGM.lambda2, CGM.lambda3};
        for (int i = 0; i < 4; i++) dsg.add(dg, model, lp[i], NodeValue.makeDouble(lambda[i]).asNode());
        Node bl = NodeFactory.createURI(B + "layer"), be = NodeFactory.createURI(B + "element"),
                bs = NodeFactory.createURI(B + "scenario"), bu = NodeFactory.createURI(B + "uncertainty"),
                bst = NodeFactory.createURI(B + "static"), bdy = NodeFactory.createURI(B + "dynamic"),
                bc = NodeFactory.createURI(B + "cell");
        int cell = 0;
        Node[] cells = new Node[layers.size() * elements.size() * scenarios.size()];
        for (var l : layers) for (var e : elements) for (var s : scenarios) {
            Node ln = CGM.member(Kind.LAYER, l.slug()), en = CGM.member(Kind.ELEMENT, e.slug()), sn = CGM.member(Kind.SCENARIO, s.slug());
            double st = Math.round(r.nextDouble() * 10) / 10.0, dy = Math.round(r.nextDouble() * 10) / 10.0;
            Node c = NodeFactory.createURI(B + "cell/" + cell);
            for (String phase : List.of(Dimensions.STATIC, Dimensions.DYNAMIC)) {
                Node o = NodeFactory.createURI(B + "obs/" + cell + "/" + phase);
                dsg.add(dg, o, CGM.layer, ln);
                dsg.add(dg, o, CGM.element, en);
                dsg.add(dg, o, CGM.scenario, sn);
                dsg.add(dg, o, CGM.phase, CGM.member(Kind.PHASE, phase));
                dsg.add(dg, o, CGM.maturity, NodeValue.makeDecimal(phase.equals(Dimensions.STATIC) ? st : dy).asNode());
                dsg.add(dg, c, phase.equals(Dimensions.STATIC) ? bst : bdy, o);
            }
            // no claims cover these cells, so cgf:risk uses Uncertainty = 1; the SPARQL side gets it as a triple
            dsg.add(dg, c, bl, ln);
            dsg.add(dg, c, be, en);
            dsg.add(dg, c, bs, sn);
            dsg.add(dg, c, bu, NodeValue.makeDouble(1.0).asNode());
            cells[cell++] = c;
        }
        for (int i = 0; i < ROWS; i++) {
            Node row = NodeFactory.createURI(B + "row/" + i);
            dsg.add(dg, row, bc, cells[i % cells.length]);
        }
    }

    double total(String q) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
            var s = qe.execSelect().next();
            return s.getLiteral("total").getDouble();
        }
    }

    /** 100 000 rows, cgf:risk per row. */
    @Benchmark
    public double riskQueryCgf() { return total(Q_CGF); }

    /** 100 000 rows, the same risk in SPARQL arithmetic (joins to the observations + math:exp). */
    @Benchmark
    public double riskQueryPureSparql() { return total(Q_SPARQL); }

    /** One cgf:risk call with cached matrices (no query around it). */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public void riskFunctionCall(Blackhole bh) { bh.consume(fn.exec(org.apache.jena.sparql.engine.binding.BindingFactory.empty(), args, org.claimgraph.sparql.CGF.risk, env)); }
}
