package org.claimgraph.sparql;

import java.util.ArrayList;
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
import org.claimgraph.matrix.Coverage;
import org.claimgraph.matrix.Dimensions;
import org.claimgraph.matrix.Dimensions.Kind;
import org.claimgraph.matrix.EvidenceOps;
import org.claimgraph.matrix.RiskModel;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.CGM;
import org.ejml.data.DMatrixRMaj;

/** Reads a dataset into a {@link MatrixModel} (the reading rules are in its class comment). */
final class MatrixModelBuilder {
    record Obs(String layer, String element, String scenario, String phase, double value, Node note, int line) {}

    record Span(int first, int last, List<Double> weights) {}

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

    MatrixModelBuilder(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    MatrixModel build() {
        readStatusWeights();
        List<Obs> obs = readObservations();
        observationCount = obs.size();
        Set<String> el = new HashSet<>(), sc = new HashSet<>();
        for (Obs o : obs) {
            layers.add(o.layer);
            el.add(o.element);
            sc.add(o.scenario);
        }
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
                conflicts.put(
                        key,
                        "conflicting maturity values for layer <" + o.layer + ">, element <" + o.element
                                + ">, scenario <" + o.scenario + ">, phase <" + o.phase + ">: " + first.value
                                + " (line "
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
            uncertainty
                    .get(p[0])
                    .unsafe_set(Integer.parseInt(p[1]), Integer.parseInt(p[2]), w.isEmpty() ? 1.0 : 1 - mean);
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
        l.sort(Comparator.<String>comparingInt(i -> known.getOrDefault(i, Integer.MAX_VALUE))
                .thenComparing(i -> i));
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
            if (layer == null
                    || element == null
                    || scenario == null
                    || !layer.isURI()
                    || !element.isURI()
                    || !scenario.isURI()) continue;
            Node phase = one(g, o, CGM.phase);
            Node note = one(g, o, CG.inNote);
            Node line = one(g, o, CG.line);
            out.add(new Obs(
                    layer.getURI(),
                    element.getURI(),
                    scenario.getURI(),
                    phase != null && phase.isURI() ? phase.getURI() : MatrixModel.PHASE_UNPHASED,
                    v,
                    note,
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
            if (q.getSubject().isURI() && w >= 0 && w <= 1 && !q.getGraph().equals(PARAMS))
                statusWeights.put(q.getSubject().getURI(), w);
        }
        Iterator<Quad> own = dsg.find(PARAMS, Node.ANY, CGM.statusWeight, Node.ANY); // the parameters graph wins
        while (own.hasNext()) {
            Quad q = own.next();
            double w = number(q.getObject());
            if (q.getSubject().isURI() && w >= 0 && w <= 1)
                statusWeights.put(q.getSubject().getURI(), w);
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
            if (!w.isEmpty())
                byNote.computeIfAbsent(note, k -> new ArrayList<>()).add(new Span((int) f, (int) l, w));
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
            w.data[row] = cw.isEmpty()
                    ? Double.NaN
                    : cw.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            row++;
        }
        DMatrixRMaj out = new DMatrixRMaj(toolList.size(), 1);
        Coverage ignored = EvidenceOps.evidenceScores(n, w, out);
        for (int j = 0; j < toolList.size(); j++) toolScores.put(toolList.get(j), out.data[j]);
    }
}
