package org.claimgraph.server;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL {@code REGEX} that stops when its query is cancelled (timeout or {@code DELETE /$/queries/ID}).
 * <p>
 * Jena's {@link E_Regex} runs {@code java.util.regex} on the plain string; a pattern with
 * catastrophic backtracking ({@code (.*a){12}$}) then runs for minutes between two checks of the
 * query's cancel flag. Here the matcher reads the string through {@link CancellableChars}, which looks
 * at the execution's cancel signal every {@value CancellableChars#CHECK_EVERY} character reads and throws
 * {@link QueryCancelledException} (Fuseki: 503). Same Java regex semantics and flags as Jena's
 * default engine ({@link RegexEngine#makePattern}). Installed by {@link QueryBounds}.
 */
final class CancellableRegex extends E_Regex {
    private final Pattern constant; // the compiled pattern when pattern and flags are constants

    CancellableRegex(Expr expr, Expr pattern, Expr flags) {
        super(expr, pattern, flags);
        this.constant = CancellableChars.constantPattern("Regex", pattern, flags);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        AtomicBoolean cancel = CancellableChars.cancelSignal(env);
        if (cancel == null) return eval(args);
        Node arg = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
        Pattern p = constant;
        if (p == null) {
            E_Regex.makeRegexEngine(args.get(1), args.size() > 2 ? args.get(2) : null); // Jena's checks and messages
            p = RegexEngine.makePattern(
                    "Regex",
                    args.get(1).getString(),
                    args.size() > 2 ? args.get(2).getString() : null);
        }
        return p.matcher(CancellableChars.cancelledBy(arg.getLiteralLexicalForm(), cancel))
                        .find()
                ? NodeValue.TRUE
                : NodeValue.FALSE;
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new CancellableRegex(newArgs.get(0), newArgs.get(1), newArgs.size() > 2 ? newArgs.get(2) : null);
    }
}
