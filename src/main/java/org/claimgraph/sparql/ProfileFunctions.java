package org.claimgraph.sparql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.pfunction.PFuncListAndList;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.claimgraph.matrix.Dimensions.Kind;
import org.claimgraph.matrix.MatrixException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The profile property functions. A bad argument (unknown layer, unbound input, a literal where
 * an IRI belongs) yields no rows and a warning in the log — the query itself goes on.
 * <pre>
 * (?element ?score)  cgf:scenarioProfile (?layer ?scenario [?phase])   row of A:    s·A with one-hot s
 * (?scenario ?score) cgf:elementProfile  (?layer ?element  [?phase])   column of A: A·e with one-hot e
 * </pre>
 * Missing cells produce no row (never a 0).
 */
public final class ProfileFunctions {
    private static final Logger LOG = LoggerFactory.getLogger(ProfileFunctions.class);

    private ProfileFunctions() {}

    public abstract static class Profile extends PFuncListAndList {
        private final String name;
        private final Kind second;

        Profile(String name, Kind second) {
            this.name = name;
            this.second = second;
        }

        @Override
        public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext cxt) {
            super.build(subject, predicate, object, cxt);
            if (!subject.isList() || subject.getArgListSize() != 2)
                throw new QueryBuildException("cgf:" + name + ": subject must be a list of two, e.g. (?key ?score)");
            if (!object.isList() || object.getArgListSize() < 2 || object.getArgListSize() > 3)
                throw new QueryBuildException(
                        "cgf:" + name + ": object must be (layer " + second.segment() + " [phase])");
        }

        abstract Map<String, Double> profile(MatrixModel m, String layer, String key, String phase);

        @Override
        public QueryIterator execEvaluated(
                Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext cxt) {
            Map<String, Double> rows;
            try {
                List<Node> in = object.getArgList();
                for (int i = 0; i < in.size(); i++)
                    if (in.get(i).isVariable())
                        throw new ExprEvalException("argument " + (i + 1) + " " + in.get(i) + " is unbound");
                String layer = MatrixFunction.member(name, NodeValue.makeNode(in.get(0)), 1, Kind.LAYER);
                String key = MatrixFunction.member(name, NodeValue.makeNode(in.get(1)), 2, second);
                String phase = in.size() > 2
                        ? MatrixFunction.member(name, NodeValue.makeNode(in.get(2)), 3, Kind.PHASE)
                        : null;
                rows = profile(MatrixCache.get(cxt.getDataset(), cxt.getContext()), layer, key, phase);
            } catch (ExprEvalException | MatrixException e) {
                LOG.warn("cgf:{}: {}", name, e.getMessage());
                return QueryIterPlainWrapper.create(List.<Binding>of().iterator(), cxt);
            }
            Node keyOut = subject.getArg(0), scoreOut = subject.getArg(1);
            List<Binding> out = new ArrayList<>();
            for (Map.Entry<String, Double> r : rows.entrySet()) {
                Node k = NodeFactory.createURI(r.getKey());
                Node v = NodeValue.makeDouble(r.getValue()).asNode();
                BindingBuilder b = BindingFactory.builder(binding);
                if (!bindOrMatch(b, keyOut, k) || !bindOrMatch(b, scoreOut, v)) continue;
                out.add(b.build());
            }
            return QueryIterPlainWrapper.create(out.iterator(), cxt);
        }

        private static boolean bindOrMatch(BindingBuilder b, Node slot, Node value) {
            if (slot.isVariable()) {
                Var v = Var.alloc(slot);
                Node existing = b.get(v);
                if (existing == null) {
                    b.add(v, value);
                    return true;
                }
                return existing.equals(value);
            }
            if (slot.isLiteral() && value.isLiteral()) {
                NodeValue a = NodeValue.makeNode(slot), c = NodeValue.makeNode(value);
                return a.isNumber() && c.isNumber() ? NodeValue.sameValueAs(a, c) : slot.equals(value);
            }
            return slot.equals(value);
        }
    }

    public static final class ScenarioProfile extends Profile {
        public ScenarioProfile() {
            super("scenarioProfile", Kind.SCENARIO);
        }

        @Override
        Map<String, Double> profile(MatrixModel m, String layer, String scenario, String phase) {
            return m.scenarioProfile(layer, scenario, phase);
        }
    }

    public static final class ElementProfile extends Profile {
        public ElementProfile() {
            super("elementProfile", Kind.ELEMENT);
        }

        @Override
        Map<String, Double> profile(MatrixModel m, String layer, String element, String phase) {
            return m.elementProfile(layer, element, phase);
        }
    }
}
