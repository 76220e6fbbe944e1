package org.claimgraph.sparql;

import org.claimgraph.rdf.CG;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.claimgraph.matrix.Coverage;
import org.claimgraph.matrix.Dimensions;
import org.claimgraph.matrix.Dimensions.Kind;
import org.claimgraph.matrix.EvidenceOps;
import org.claimgraph.matrix.MaturityOps;
import org.claimgraph.matrix.MatrixException;
import org.claimgraph.matrix.MissingPolicy;
import org.claimgraph.matrix.RiskModel;
import org.claimgraph.rdf.CGM;
import org.ejml.data.DMatrixRMaj;

/**
 * An immutable snapshot of everything the {@code cgf:} functions compute on, built from a dataset
 * in one pass: per layer and phase an {@code S×E} maturity matrix over the scenarios and elements
 * seen anywhere (NaN = missing), per layer an {@code S×E} uncertainty matrix, the parameters
 * (λ, θ, status weights) and the evidence score of every tool.
 *
 * <p>Reading rules (all over every graph of the dataset, default graph included):
 * <ul>
 * <li>an observation is any subject of {@code cgm:maturity} with a numeric value in [0,1] and all
 *     of {@code cgm:layer}, {@code cgm:element}, {@code cgm:scenario}; {@code cgm:phase} defaults
 *     to {@code cgid:phase/unphased};</li>
 * <li>two observations of one cell with different values make the cell <em>conflicting</em>: it is
 *     missing for every operator and the error names both values;</li>
 * <li>a layer's default phase (used when a function is given none) is {@code unphased} when the
 *     layer has any unphased observation, else {@code static};</li>
 * <li>Uncertainty of a cell = 1 − mean status weight over the status assertions of the claims
 *     whose lines ({@code cg:firstLine..cg:lastLine} in the same {@code cg:inNote}) cover the
 *     line of one of the cell's observations; 1 when there is no such assertion (no evidence is
 *     full uncertainty);</li>
 * <li>the evidence score of a tool is {@link EvidenceOps#evidenceScores} over the claims with
 *     {@code cg:aboutTool}, a claim weighing the mean of its status assertions' weights.</li>
 * </ul>
 */
public final class MatrixModel {
    public static final String PHASE_STATIC = CGM.memberIri(Kind.PHASE, Dimensions.STATIC);
    public static final String PHASE_DYNAMIC = CGM.memberIri(Kind.PHASE, Dimensions.DYNAMIC);
    public static final String PHASE_UNPHASED = CGM.memberIri(Kind.PHASE, Dimensions.UNPHASED);

    final List<String> elements;
    final List<String> scenarios;
    final Map<String, Integer> elementIndex = new HashMap<>();
    final Map<String, Integer> scenarioIndex = new HashMap<>();
    final Set<String> layers;
    final Map<String, Map<String, DMatrixRMaj>> matrices;       // layer → phase → S×E
    final Map<String, DMatrixRMaj> uncertainty;                 // layer → S×E
    final Map<String, String> conflicts;                        // layer|element|scenario|phase → message
    final RiskModel risk;
    final DMatrixRMaj theta;                                    // E×1
    final Map<String, Double> statusWeights;                    // status IRI → weight
    final Map<String, Double> toolScores;                       // tool IRI → score (NaN: no evidence)
    final int observationCount;

    private MatrixModel(Builder b) {
        this.elements = b.elements;
        this.scenarios = b.scenarios;
        for (int i = 0; i < elements.size(); i++) elementIndex.put(elements.get(i), i);
        for (int i = 0; i < scenarios.size(); i++) scenarioIndex.put(scenarios.get(i), i);
        this.layers = b.layers;
        this.matrices = b.matrices;
        this.uncertainty = b.uncertainty;
        this.conflicts = b.conflicts;
        this.risk = b.risk;
        this.theta = b.theta;
        this.statusWeights = b.statusWeights;
        this.toolScores = b.toolScores;
        this.observationCount = b.observationCount;
    }

    // ------------------------------------------------------------------ queries used by the functions

    public List<String> elements() { return Collections.unmodifiableList(elements); }
    public List<String> scenarios() { return Collections.unmodifiableList(scenarios); }
    public Set<String> layers() { return Collections.unmodifiableSet(layers); }
    public RiskModel riskModel() { return risk; }
    public int observationCount() { return observationCount; }

    /** The default phase of a layer (see the class comment). */
    public String defaultPhase(String layer) {
        Map<String, DMatrixRMaj> byPhase = layerMatrices(layer);
        return byPhase.containsKey(PHASE_UNPHASED) ? PHASE_UNPHASED : PHASE_STATIC;
    }

    /** The {@code S×E} matrix of a layer in a phase (null phase = default). Never modify it. */
    public DMatrixRMaj matrix(String layer, String phase) {
        Map<String, DMatrixRMaj> byPhase = layerMatrices(layer);
        String p = phase == null ? defaultPhase(layer) : phase;
        DMatrixRMaj m = byPhase.get(p);
        if (m == null) throw new ExprEvalException("layer <" + layer + "> has no observations in phase <" + p + ">");
        return m;
    }

    private Map<String, DMatrixRMaj> layerMatrices(String layer) {
        Map<String, DMatrixRMaj> byPhase = matrices.get(layer);
        if (byPhase == null)
            throw new ExprEvalException("unknown layer <" + layer + ">; layers with maturity data: " + new TreeSet<>(layers));
        return byPhase;
    }

    public int element(String iri) {
        Integer i = elementIndex.get(iri);
        if (i == null) throw new ExprEvalException("unknown element <" + iri + ">; elements with maturity data: " + elements);
        return i;
    }

    public int scenario(String iri) {
        Integer i = scenarioIndex.get(iri);
        if (i == null) throw new ExprEvalException("unknown scenario <" + iri + ">; scenarios with maturity data: " + scenarios);
        return i;
    }

    /** One cell; a missing or conflicting cell is an error, never 0. */
    public double maturity(String layer, String element, String scenario, String phase) {
        DMatrixRMaj m = matrix(layer, phase);
        int e = element(element), s = scenario(scenario);
        double v = m.unsafe_get(s, e);
        if (Double.isNaN(v)) throw missing(layer, element, scenario, phase == null ? defaultPhase(layer) : phase);
        return v;
    }

    ExprEvalException missing(String layer, String element, String scenario, String phase) {
        String conflict = conflicts.get(layer + "|" + element + "|" + scenario + "|" + phase);
        if (conflict != null) return new ExprEvalException(conflict);
        return new ExprEvalException("no maturity value for layer <" + layer + ">, element <" + element
                + ">, scenario <" + scenario + ">, phase <" + phase + ">: the cell is missing (not 0)");
    }

    /** Risk of one cell from its static and dynamic values and its uncertainty. */
    public double risk(String layer, String element, String scenario) {
        double st = maturity(layer, element, scenario, PHASE_STATIC);
        double dy = maturity(layer, element, scenario, PHASE_DYNAMIC);
        double u = uncertainty.get(layer).unsafe_get(scenario(scenario), element(element));
        return MaturityOps.risk(st, dy, u, risk);
    }

    /** Uncertainty of one cell, in [0,1]. */
    public double uncertainty(String layer, String element, String scenario) {
        maturityAnyPhase(layer, element, scenario);
        return uncertainty.get(layer).unsafe_get(scenario(scenario), element(element));
    }

    private void maturityAnyPhase(String layer, String element, String scenario) {
        layerMatrices(layer);
        int e = element(element), s = scenario(scenario);
        if (Double.isNaN(uncertainty.get(layer).unsafe_get(s, e)))
            throw new ExprEvalException("no maturity value in any phase for layer <" + layer + ">, element <" + element
                    + ">, scenario <" + scenario + ">");
    }

    public double interpolate(String layer, String element, String scenario, double t) {
        if (Double.isNaN(t) || t < 0 || t > 1) throw new ExprEvalException("t = " + t + " is outside [0,1]");
        return MaturityOps.interpolate(maturity(layer, element, scenario, PHASE_STATIC),
                maturity(layer, element, scenario, PHASE_DYNAMIC), t);
    }

    /** Mean maturity of the elements present in one scenario: {@code (A·e)_s} with uniform {@code e}, missing ignored. */
    public double scenarioScore(String layer, String scenario, String phase) {
        DMatrixRMaj a = matrix(layer, phase);
        int s = scenario(scenario);
        DMatrixRMaj e = new DMatrixRMaj(a.numCols, 1);
        e.fill(1.0 / a.numCols);
        DMatrixRMaj out = new DMatrixRMaj(a.numRows, 1);
        MaturityOps.elementProfile(a, e, out, MissingPolicy.IGNORE);
        double v = out.data[s];
        if (Double.isNaN(v))
            throw new ExprEvalException("layer <" + layer + "> has no maturity value in scenario <" + scenario + ">");
        return v;
    }

    /** Row of the scenario: (element IRI → value) for the elements present, in element order. */
    public Map<String, Double> scenarioProfile(String layer, String scenario, String phase) {
        DMatrixRMaj a = matrix(layer, phase);
        DMatrixRMaj s = new DMatrixRMaj(1, a.numRows);
        s.data[scenario(scenario)] = 1;
        DMatrixRMaj out = new DMatrixRMaj(1, a.numCols);
        MaturityOps.scenarioProfile(s, a, out, MissingPolicy.IGNORE);
        Map<String, Double> r = new LinkedHashMap<>();
        for (int k = 0; k < a.numCols; k++) if (!Double.isNaN(out.data[k])) r.put(elements.get(k), out.data[k]);
        return r;
    }

    /** Column of the element: (scenario IRI → value) for the scenarios present, in scenario order. */
    public Map<String, Double> elementProfile(String layer, String element, String phase) {
        DMatrixRMaj a = matrix(layer, phase);
        DMatrixRMaj e = new DMatrixRMaj(a.numCols, 1);
        e.data[element(element)] = 1;
        DMatrixRMaj out = new DMatrixRMaj(a.numRows, 1);
        MaturityOps.elementProfile(a, e, out, MissingPolicy.IGNORE);
        Map<String, Double> r = new LinkedHashMap<>();
        for (int l = 0; l < a.numRows; l++) if (!Double.isNaN(out.data[l])) r.put(scenarios.get(l), out.data[l]);
        return r;
    }

    /** {@code T[k,l]} of {@link MaturityOps#transition} between the default-phase matrices of two layers. */
    public double transition(String fromLayer, String toLayer, String elementK, String elementL, String phase) {
        DMatrixRMaj ai = matrix(fromLayer, phase), aj = matrix(toLayer, phase);
        int k = element(elementK), l = element(elementL);
        DMatrixRMaj ci = new DMatrixRMaj(ai.numRows, 1), cj = new DMatrixRMaj(aj.numRows, 1);
        for (int r = 0; r < ai.numRows; r++) { ci.data[r] = ai.unsafe_get(r, k); cj.data[r] = aj.unsafe_get(r, l); }
        DMatrixRMaj out = new DMatrixRMaj(1, 1);
        try {
            MaturityOps.transition(ci, cj, DMatrixRMaj.wrap(1, 1, new double[] {theta.data[k]}),
                    DMatrixRMaj.wrap(1, 1, new double[] {theta.data[l]}), out, MissingPolicy.IGNORE);
        } catch (MatrixException e) {
            throw new ExprEvalException(e.getMessage());
        }
        if (Double.isNaN(out.data[0]))
            throw new ExprEvalException("no scenario where both <" + elementK + "> of <" + fromLayer + "> and <" + elementL
                    + "> of <" + toLayer + "> have a maturity value");
        return out.data[0];
    }

    public double evidenceScore(String tool) {
        Double v = toolScores.get(tool);
        if (v == null) throw new ExprEvalException("no claim is about tool <" + tool + ">");
        if (Double.isNaN(v)) throw new ExprEvalException("no claim about tool <" + tool + "> has a verification status");
        return v;
    }

    // ------------------------------------------------------------------ building

    /** Builds a snapshot from every graph of {@code dsg}. The caller holds a read transaction when {@code dsg} needs one. */
    public static MatrixModel build(DatasetGraph dsg) {
        return new Builder(dsg).build();
    }

    private record Obs(String layer, String element, String scenario, String phase, double value, Node note, int line) {}
    private record Span(int first, int last, List<Double> weights) {}

    private static final class Builder {
        final DatasetGraph dsg;
        List<String> elements, scenarios;
        Set<String> layers = new TreeSet<>();
        Map<String, Map<String, DMatrixRMaj>> matrices = new HashMap<>();
        Map<String, DMatrixRMaj> uncertainty = new HashMap<>();
        Map<String, String> conflicts = new HashMap<>();
        RiskModel risk;
        DMatrixRMaj theta;
        Map<String, Double> statusWeights = new HashMap<>();
        Map<String, Double> toolScores = new HashMap<>();
        int observationCount;

        static final Node PARAMS = org.apache.jena.graph.NodeFactory.createURI(org.claimgraph.rdf.Iris.PARAMETERS_GRAPH);

        Builder(DatasetGraph dsg) { this.dsg = dsg; }

        MatrixModel build() {
            readStatusWeights();
            List<Obs> obs = readObservations();
            observationCount = obs.size();
            Set<String> el = new HashSet<>(), sc = new HashSet<>();
            for (Obs o : obs) { layers.add(o.layer); el.add(o.element); sc.add(o.scenario); }
            elements = ordered(el, Kind.ELEMENT);
            scenarios = ordered(sc, Kind.SCENARIO);
            Map<String, Integer> ei = index(elements), si = index(scenarios);
            int s = scenarios.size(), e = elements.size();
            Map<String, Obs> firstSeen = new HashMap<>();
            Map<String, List<Double>> cellWeights = new HashMap<>();
            Map<Node, List<Span>> spans = readClaimSpans();
            for (Obs o : obs) {
                DMatrixRMaj m = matrices.computeIfAbsent(o.layer, k -> new HashMap<>())
                        .computeIfAbsent(o.phase, k -> nanMatrix(s, e));
                int r = si.get(o.scenario), c = ei.get(o.element);
                String key = o.layer + "|" + o.element + "|" + o.scenario + "|" + o.phase;
                Obs first = firstSeen.putIfAbsent(key, o);
                if (first != null && first.value != o.value) {
                    conflicts.put(key, "conflicting maturity values for layer <" + o.layer + ">, element <" + o.element
                            + ">, scenario <" + o.scenario + ">, phase <" + o.phase + ">: " + first.value + " (line "
                            + first.line + ") and " + o.value + " (line " + o.line + "); fix one of them");
                    m.unsafe_set(r, c, Double.NaN);
                } else if (!conflicts.containsKey(key)) {
                    m.unsafe_set(r, c, o.value);
                }
                List<Double> w = cellWeights.computeIfAbsent(o.layer + "|" + r + "|" + c, k -> new ArrayList<>());
                if (o.note != null)
                    for (Span sp : spans.getOrDefault(o.note, List.of()))
                        if (sp.first <= o.line && o.line <= sp.last) w.addAll(sp.weights);
            }
            for (String layer : layers) {
                DMatrixRMaj u = nanMatrix(s, e);
                uncertainty.put(layer, u);
            }
            for (Map.Entry<String, List<Double>> en : cellWeights.entrySet()) {
                String[] p = en.getKey().split("\\|");
                List<Double> w = en.getValue();
                double mean = w.stream().mapToDouble(Double::doubleValue).average().orElse(0);
                uncertainty.get(p[0]).unsafe_set(Integer.parseInt(p[1]), Integer.parseInt(p[2]), w.isEmpty() ? 1.0 : 1 - mean);
            }
            readRiskModel();
            readTheta();
            readToolScores();
            return new MatrixModel(this);
        }

        private static DMatrixRMaj nanMatrix(int rows, int cols) {
            DMatrixRMaj m = new DMatrixRMaj(rows, cols);
            m.fill(Double.NaN);
            return m;
        }

        private static Map<String, Integer> index(List<String> l) {
            Map<String, Integer> m = new HashMap<>();
            for (int i = 0; i < l.size(); i++) m.put(l.get(i), i);
            return m;
        }

        /** Known members in their order first, then the others by IRI. */
        private static List<String> ordered(Set<String> iris, Kind kind) {
            Map<String, Integer> known = new HashMap<>();
            for (Dimensions.Member m : Dimensions.members(kind)) known.put(CGM.memberIri(kind, m.slug()), m.order());
            List<String> l = new ArrayList<>(iris);
            l.sort(Comparator.<String>comparingInt(i -> known.getOrDefault(i, Integer.MAX_VALUE)).thenComparing(i -> i));
            return l;
        }

        private Node one(Node g, Node s, Node p) {
            Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
            return it.hasNext() ? it.next().getObject() : null;
        }

        /** A parameter: its value in the parameters graph, else anywhere, else null. */
        private Node param(Node s, Node p) {
            Node v = one(PARAMS, s, p);
            return v != null ? v : anyGraph(s, p);
        }

        private Node anyGraph(Node s, Node p) {
            Iterator<Quad> it = dsg.find(Node.ANY, s, p, Node.ANY);
            return it.hasNext() ? it.next().getObject() : null;
        }

        private List<Obs> readObservations() {
            List<Obs> out = new ArrayList<>();
            Set<Node> seen = new HashSet<>();
            Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, CGM.maturity, Node.ANY);
            while (it.hasNext()) {
                Quad q = it.next();
                Node o = q.getSubject();
                if (!seen.add(o)) continue;
                double v = number(q.getObject());
                if (!(v >= 0 && v <= 1)) continue;
                Node g = q.getGraph();
                Node layer = one(g, o, CGM.layer), element = one(g, o, CGM.element), scenario = one(g, o, CGM.scenario);
                if (layer == null || element == null || scenario == null || !layer.isURI() || !element.isURI() || !scenario.isURI())
                    continue;
                Node phase = one(g, o, CGM.phase);
                Node note = one(g, o, CG.inNote);
                Node line = one(g, o, CG.line);
                out.add(new Obs(layer.getURI(), element.getURI(), scenario.getURI(),
                        phase != null && phase.isURI() ? phase.getURI() : PHASE_UNPHASED, v, note,
                        line == null ? -1 : (int) number(line)));
            }
            return out;
        }

        static double number(Node n) {
            if (n == null || !n.isLiteral()) return Double.NaN;
            Object v = n.getLiteralValue();
            if (v instanceof Number num) return num.doubleValue();
            try {
                return Double.parseDouble(n.getLiteralLexicalForm());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }

        private void readStatusWeights() {
            for (org.claimgraph.extract.VerificationStatus s : org.claimgraph.extract.VerificationStatus.values())
                statusWeights.put(org.claimgraph.rdf.Concepts.status(s).getURI(), s.defaultWeight());
            Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, CGM.statusWeight, Node.ANY);
            while (it.hasNext()) {
                Quad q = it.next();
                double w = number(q.getObject());
                if (q.getSubject().isURI() && w >= 0 && w <= 1 && !q.getGraph().equals(PARAMS)) statusWeights.put(q.getSubject().getURI(), w);
            }
            Iterator<Quad> own = dsg.find(PARAMS, Node.ANY, CGM.statusWeight, Node.ANY);   // the parameters graph wins
            while (own.hasNext()) {
                Quad q = own.next();
                double w = number(q.getObject());
                if (q.getSubject().isURI() && w >= 0 && w <= 1) statusWeights.put(q.getSubject().getURI(), w);
            }
        }

        private void readRiskModel() {
            Node m = org.apache.jena.graph.NodeFactory.createURI(CGM.RISK_MODEL);
            double[] l = MatrixParameters.DEFAULT_RISK.toArray();
            Node[] props = {CGM.lambda0, CGM.lambda1, CGM.lambda2, CGM.lambda3};
            for (int i = 0; i < 4; i++) {
                double v = number(param(m, props[i]));
                if (Double.isFinite(v)) l[i] = v;
            }
            risk = RiskModel.of(l);
        }

        private void readTheta() {
            theta = new DMatrixRMaj(elements.size(), 1);
            for (int k = 0; k < elements.size(); k++) {
                double v = number(param(org.apache.jena.graph.NodeFactory.createURI(elements.get(k)), CGM.theta));
                theta.data[k] = v >= 0 && v <= 1 ? v : MatrixParameters.DEFAULT_THETA;
            }
        }

        /** Weights of the status assertions of a claim, in no particular order. */
        private List<Double> claimWeights(Node claim) {
            List<Double> w = new ArrayList<>();
            Iterator<Quad> as = dsg.find(Node.ANY, claim, CG.hasProvenance, Node.ANY);
            Set<Node> seenSa = new HashSet<>();
            while (as.hasNext()) {
                Node assessment = as.next().getObject();
                Iterator<Quad> sas = dsg.find(Node.ANY, assessment, CG.hasStatusAssertion, Node.ANY);
                while (sas.hasNext()) {
                    Node sa = sas.next().getObject();
                    if (!seenSa.add(sa)) continue;
                    Node st = anyGraph(sa, CG.status);
                    if (st != null && st.isURI()) {
                        Double x = statusWeights.get(st.getURI());
                        if (x != null) w.add(x);
                    }
                }
            }
            return w;
        }

        private Map<Node, List<Span>> readClaimSpans() {
            Map<Node, List<Span>> byNote = new HashMap<>();
            Set<Node> claims = new HashSet<>();
            dsg.find(Node.ANY, Node.ANY, CG.hasProvenance, Node.ANY).forEachRemaining(q -> claims.add(q.getSubject()));
            for (Node c : claims) {
                Node note = anyGraph(c, CG.inNote);
                double f = number(anyGraph(c, CG.firstLine)), l = number(anyGraph(c, CG.lastLine));
                if (note == null || Double.isNaN(f)) continue;
                if (Double.isNaN(l)) l = f;
                List<Double> w = claimWeights(c);
                if (!w.isEmpty()) byNote.computeIfAbsent(note, k -> new ArrayList<>()).add(new Span((int) f, (int) l, w));
            }
            return byNote;
        }

        private void readToolScores() {
            Map<Node, Set<Node>> toolsByClaim = new LinkedHashMap<>();
            Set<String> tools = new TreeSet<>();
            dsg.find(Node.ANY, Node.ANY, CG.aboutTool, Node.ANY).forEachRemaining(q -> {
                if (!q.getObject().isURI()) return;
                toolsByClaim.computeIfAbsent(q.getSubject(), k -> new HashSet<>()).add(q.getObject());
                tools.add(q.getObject().getURI());
            });
            if (tools.isEmpty()) return;
            List<String> toolList = new ArrayList<>(tools);
            Map<String, Integer> ti = index(toolList);
            DMatrixRMaj n = new DMatrixRMaj(toolsByClaim.size(), toolList.size());
            DMatrixRMaj w = new DMatrixRMaj(toolsByClaim.size(), 1);
            int row = 0;
            for (Map.Entry<Node, Set<Node>> en : toolsByClaim.entrySet()) {
                for (Node t : en.getValue()) n.unsafe_set(row, ti.get(t.getURI()), 1);
                List<Double> cw = claimWeights(en.getKey());
                w.data[row] = cw.isEmpty() ? Double.NaN : cw.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
                row++;
            }
            DMatrixRMaj out = new DMatrixRMaj(toolList.size(), 1);
            Coverage ignored = EvidenceOps.evidenceScores(n, w, out);
            for (int j = 0; j < toolList.size(); j++) toolScores.put(toolList.get(j), out.data[j]);
        }
    }
}
