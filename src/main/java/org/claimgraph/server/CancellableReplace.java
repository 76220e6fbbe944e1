package org.claimgraph.server;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL {@code REPLACE} that stops when its query is cancelled (timeout or {@code DELETE /$/queries/ID}),
 * as {@link CancellableRegex} does for {@code REGEX}: the matcher reads the string through
 * {@link CancellableChars}. Same results as Jena's {@code XSDFuncOp.strReplace}: the pattern
 * and flags through {@link RegexEngine#makePattern}, empty matches skipped, the input returned as it is
 * when nothing was replaced, otherwise a literal with the input's language or datatype. Installed by
 * {@link QueryBounds}.
 */
final class CancellableReplace extends E_StrReplace {
    private final Pattern constant; // the compiled pattern when pattern and flags are constants

    CancellableReplace(Expr str, Expr pattern, Expr replacement, Expr flags) {
        super(str, pattern, replacement, flags);
        this.constant = CancellableChars.constantPattern("replace", pattern, flags);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        AtomicBoolean cancel = CancellableChars.cancelSignal(env);
        if (cancel == null) return eval(args);
        String input =
                NodeValueOps.checkAndGetStringLiteral("replace", args.get(0)).getLiteralLexicalForm();
        String replacement =
                NodeValueOps.checkAndGetStringLiteral("replace", args.get(2)).getLiteralLexicalForm();
        Pattern p = constant != null ? constant : pattern(args);
        String out = replaceAll(p.matcher(CancellableChars.cancelledBy(input, cancel)), replacement);
        if (out == null || out.equals(input)) return args.get(0);
        Node n = args.get(0).asNode();
        return NodeValue.makeNode(NodeFactory.createLiteral(out, n.getLiteralLanguage(), n.getLiteralDatatype()));
    }

    private static Pattern pattern(List<NodeValue> args) {
        String pattern =
                NodeValueOps.checkAndGetStringLiteral("replace", args.get(1)).getLiteralLexicalForm();
        String flags = args.size() > 3
                ? NodeValueOps.checkAndGetStringLiteral("replace", args.get(3)).getLiteralLexicalForm()
                : null;
        return RegexEngine.makePattern("replace", pattern, flags);
    }

    /** Every non-empty match replaced; null when there was none. */
    private static String replaceAll(Matcher m, String replacement) {
        try {
            StringBuilder sb = null;
            while (m.find()) {
                if (m.start() == m.end()) continue;
                if (sb == null) sb = new StringBuilder();
                m.appendReplacement(sb, replacement);
            }
            if (sb == null) return null;
            m.appendTail(sb);
            return sb.toString();
        } catch (IndexOutOfBoundsException e) {
            throw new ExprEvalException("IndexOutOfBounds", e);
        }
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new CancellableReplace(
                newArgs.get(0), newArgs.get(1), newArgs.get(2), newArgs.size() > 3 ? newArgs.get(3) : null);
    }
}
