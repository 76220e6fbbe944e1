package org.claimgraph.sparql;

import java.util.List;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.claimgraph.matrix.Dimensions.Kind;
import org.claimgraph.matrix.MaturityOps;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.MaturityMapper;

/** The {@code cgf:} value functions, one small class each; formulas in {@link MaturityOps} and {@link MatrixModel}. */
public final class Functions {
    private Functions() {}

    /** {@code cgf:maturity(layer, element, scenario [, phase])} → the cell; phase defaults to the layer's default phase. */
    public static final class Maturity extends MatrixFunction {
        public Maturity() {
            super("maturity", 3, 4);
        }

        @Override
        NodeValue compute(MatrixModel m, List<NodeValue> a) {
            String phase = a.size() > 3 ? member(a, 3, Kind.PHASE) : null;
            return value(m.maturity(
                    member(a, 0, Kind.LAYER), member(a, 1, Kind.ELEMENT), member(a, 2, Kind.SCENARIO), phase));
        }
    }

    /** {@code cgf:scenarioScore(layer, scenario [, phase])} → mean maturity of the elements present in the scenario. */
    public static final class ScenarioScore extends MatrixFunction {
        public ScenarioScore() {
            super("scenarioScore", 2, 3);
        }

        @Override
        NodeValue compute(MatrixModel m, List<NodeValue> a) {
            String phase = a.size() > 2 ? member(a, 2, Kind.PHASE) : null;
            return value(m.scenarioScore(member(a, 0, Kind.LAYER), member(a, 1, Kind.SCENARIO), phase));
        }
    }

    /** {@code cgf:risk(layer, element, scenario)} → σ(λ₀ + λ₁·StaticDrop + λ₂·DynamicJitter + λ₃·Uncertainty). */
    public static final class Risk extends MatrixFunction {
        public Risk() {
            super("risk", 3, 3);
        }

        @Override
        NodeValue compute(MatrixModel m, List<NodeValue> a) {
            return value(m.risk(member(a, 0, Kind.LAYER), member(a, 1, Kind.ELEMENT), member(a, 2, Kind.SCENARIO)));
        }
    }

    /** {@code cgf:transition(fromLayer, toLayer, elementK, elementL [, phase])} → T[k,l] in [0,1]. */
    public static final class Transition extends MatrixFunction {
        public Transition() {
            super("transition", 4, 5);
        }

        @Override
        NodeValue compute(MatrixModel m, List<NodeValue> a) {
            String phase = a.size() > 4 ? member(a, 4, Kind.PHASE) : null;
            return value(m.transition(
                    member(a, 0, Kind.LAYER),
                    member(a, 1, Kind.LAYER),
                    member(a, 2, Kind.ELEMENT),
                    member(a, 3, Kind.ELEMENT),
                    phase));
        }
    }

    /** {@code cgf:interpolate(layer, element, scenario, t)} → (1 − t)·static + t·dynamic. */
    public static final class Interpolate extends MatrixFunction {
        public Interpolate() {
            super("interpolate", 4, 4);
        }

        @Override
        NodeValue compute(MatrixModel m, List<NodeValue> a) {
            double t = number(a, 3, "t");
            if (Double.isNaN(t) || t < 0 || t > 1)
                throw new ExprEvalException("cgf:interpolate: t = " + t + " is outside [0,1]");
            return value(m.interpolate(
                    member(a, 0, Kind.LAYER), member(a, 1, Kind.ELEMENT), member(a, 2, Kind.SCENARIO), t));
        }
    }

    /** {@code cgf:evidenceScore(tool)} → mean status weight of the claims about the tool. */
    public static final class EvidenceScore extends MatrixFunction {
        public EvidenceScore() {
            super("evidenceScore", 1, 1);
        }

        @Override
        NodeValue compute(MatrixModel m, List<NodeValue> a) {
            NodeValue nv = a.get(0);
            String tool;
            if (nv.isIRI()) tool = nv.asNode().getURI();
            else if (nv.isString()) tool = Iris.ID + "tool/" + MaturityMapper.slug(nv.getString());
            else
                throw new ExprEvalException("cgf:evidenceScore: argument 1 (tool) must be an IRI or a name, got " + nv);
            return value(m.evidenceScore(tool));
        }
    }

    /** {@code cgf:sigmoid(x)} → 1 / (1 + e^(−x)). */
    public static final class Sigmoid extends MatrixFunction {
        public Sigmoid() {
            super("sigmoid", 1, 1);
        }

        @Override
        boolean needsModel() {
            return false;
        }

        @Override
        NodeValue compute(MatrixModel m, List<NodeValue> a) {
            return value(MaturityOps.sigmoid(number(a, 0, "x")));
        }
    }
}
