package org.claimgraph.sparql;

import java.util.List;
import org.apache.jena.atlas.lib.Lib;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.claimgraph.matrix.Dimensions;
import org.claimgraph.matrix.Dimensions.Kind;
import org.claimgraph.matrix.MatrixException;
import org.claimgraph.rdf.CGM;
import org.claimgraph.rdf.MaturityMapper;

/**
 * Base of the {@code cgf:} value functions: checks the number of arguments when the query is
 * built, fetches the cached {@link MatrixModel} of the query's dataset, and turns every argument
 * or computation problem into an {@link ExprEvalException} whose message starts with the
 * function name (the query goes on, the value stays unbound).
 */
public abstract class MatrixFunction extends FunctionBase {
    private final String name;
    private final int minArgs, maxArgs;

    MatrixFunction(String name, int minArgs, int maxArgs) {
        this.name = name;
        this.minArgs = minArgs;
        this.maxArgs = maxArgs;
    }

    @Override
    public void checkBuild(String uri, ExprList args) {
        if (args.size() < minArgs || args.size() > maxArgs)
            throw new QueryBuildException("cgf:" + name + " takes "
                    + (minArgs == maxArgs ? minArgs : minArgs + " or " + maxArgs) + " arguments, got " + args.size());
    }

    @Override
    protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
        try {
            MatrixModel model = needsModel() ? MatrixCache.get(env.getDataset(), env.getContext()) : null;
            return compute(model, args);
        } catch (ExprEvalException e) {
            throw e.getMessage() != null && e.getMessage().startsWith("cgf:")
                    ? e
                    : new ExprEvalException("cgf:" + name + ": " + e.getMessage());
        } catch (MatrixException e) {
            throw new ExprEvalException("cgf:" + name + ": " + e.getMessage());
        }
    }

    @Override
    public NodeValue exec(List<NodeValue> args) {
        throw new ExprEvalException("cgf:" + name + " needs a dataset");
    }

    boolean needsModel() {
        return true;
    }

    abstract NodeValue compute(MatrixModel model, List<NodeValue> args);

    // ------------------------------------------------------------------ argument helpers

    /** A dimension member given as an IRI or as a label ("K8s", "配额", "production"). */
    String member(List<NodeValue> args, int i, Kind kind) {
        return member(name, args.get(i), i + 1, kind);
    }

    static String member(String fn, NodeValue nv, int position, Kind kind) {
        if (nv.isIRI()) return nv.asNode().getURI();
        if (nv.isString() || nv.isLangString()) {
            String label = nv.asNode().getLiteralLexicalForm();
            return Dimensions.lookup(kind, label)
                    .map(m -> CGM.memberIri(kind, m.slug()))
                    .orElse(CGM.memberIri(kind, MaturityMapper.slug(label)));
        }
        throw new ExprEvalException("cgf:" + fn + ": argument " + position + " (" + kind.segment()
                + ") must be an IRI or a label string, got " + Lib.className(nv) + " " + nv);
    }

    double number(List<NodeValue> args, int i, String what) {
        NodeValue nv = args.get(i);
        if (!nv.isNumber())
            throw new ExprEvalException(
                    "cgf:" + name + ": argument " + (i + 1) + " (" + what + ") must be a number, got " + nv);
        return nv.getDouble();
    }

    static NodeValue value(double v) {
        return NodeValue.makeDouble(v);
    }
}
