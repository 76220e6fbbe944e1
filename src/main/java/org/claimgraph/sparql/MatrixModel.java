package org.claimgraph.sparql;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.claimgraph.matrix.Dimensions;
import org.claimgraph.matrix.Dimensions.Kind;
import org.claimgraph.matrix.EvidenceOps;
import org.claimgraph.matrix.MatrixException;
import org.claimgraph.matrix.MaturityOps;
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
    final Map<String, Map<String, DMatrixRMaj>> matrices; // layer → phase → S×E
    final Map<String, DMatrixRMaj> uncertainty; // layer → S×E
    final Map<String, String> conflicts; // layer|element|scenario|phase → message
    final RiskModel risk;
    final DMatrixRMaj theta; // E×1
    final Map<String, Double> statusWeights; // status IRI → weight
    final Map<String, Double> toolScores; // tool IRI → score (NaN: no evidence)
    final int observationCount;

    MatrixModel(MatrixModelBuilder b) {
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

    public List<String> elements() {
        return Collections.unmodifiableList(elements);
    }

    public List<String> scenarios() {
        return Collections.unmodifiableList(scenarios);
    }

    public Set<String> layers() {
        return Collections.unmodifiableSet(layers);
    }

    public RiskModel riskModel() {
        return risk;
    }

    public int observationCount() {
        return observationCount;
    }

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
            throw new ExprEvalException(
                    "unknown layer <" + layer + ">; layers with maturity data: " + new TreeSet<>(layers));
        return byPhase;
    }

    public int element(String iri) {
        Integer i = elementIndex.get(iri);
        if (i == null)
            throw new ExprEvalException("unknown element <" + iri + ">; elements with maturity data: " + elements);
        return i;
    }

    public int scenario(String iri) {
        Integer i = scenarioIndex.get(iri);
        if (i == null)
            throw new ExprEvalException("unknown scenario <" + iri + ">; scenarios with maturity data: " + scenarios);
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
        return MaturityOps.interpolate(
                maturity(layer, element, scenario, PHASE_STATIC), maturity(layer, element, scenario, PHASE_DYNAMIC), t);
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
        for (int r = 0; r < ai.numRows; r++) {
            ci.data[r] = ai.unsafe_get(r, k);
            cj.data[r] = aj.unsafe_get(r, l);
        }
        DMatrixRMaj out = new DMatrixRMaj(1, 1);
        try {
            MaturityOps.transition(
                    ci,
                    cj,
                    DMatrixRMaj.wrap(1, 1, new double[] {theta.data[k]}),
                    DMatrixRMaj.wrap(1, 1, new double[] {theta.data[l]}),
                    out,
                    MissingPolicy.IGNORE);
        } catch (MatrixException e) {
            throw new ExprEvalException(e.getMessage());
        }
        if (Double.isNaN(out.data[0]))
            throw new ExprEvalException("no scenario where both <" + elementK + "> of <" + fromLayer + "> and <"
                    + elementL + "> of <" + toLayer + "> have a maturity value");
        return out.data[0];
    }

    public double evidenceScore(String tool) {
        Double v = toolScores.get(tool);
        if (v == null) throw new ExprEvalException("no claim is about tool <" + tool + ">");
        if (Double.isNaN(v))
            throw new ExprEvalException("no claim about tool <" + tool + "> has a verification status");
        return v;
    }

    // ------------------------------------------------------------------ building

    /** Builds a snapshot from every graph of {@code dsg}. The caller holds a read transaction when {@code dsg} needs one. */
    public static MatrixModel build(DatasetGraph dsg) {
        return new MatrixModelBuilder(dsg).build();
    }
}
