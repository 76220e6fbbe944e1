package org.claimgraph.server;

import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;

/**
 * Makes every SPARQL query in this JVM cancellable where Jena's own checks do not reach, and
 * visible to {@link RunningQueries}: after Jena's optimizer, {@code REGEX} is replaced by
 * {@link CancellableRegex} and {@code REPLACE} by {@link CancellableReplace}, and the query's cancel signal is attached to the HTTP request that
 * runs it (so {@code DELETE /$/queries/ID} can set it). Installed once, globally, by wrapping
 * the optimizer factory Jena had ({@link Optimize#setFactory}); a no-op rewrite for queries without REGEX or REPLACE.
 */
final class QueryBounds {
    private static boolean installed;

    private QueryBounds() {}

    static synchronized void install() {
        if (installed) return;
        installed = true;
        RewriteFactory previous = Optimize.getFactory();
        Optimize.setFactory(context -> {
            var rewrite = previous.create(context);
            return op -> {
                RunningQueries.attach(context);
                return bound(rewrite.rewrite(op));
            };
        });
    }

    /** {@code op} with every REGEX and REPLACE made cancellable. */
    static Op bound(Op op) {
        return Transformer.transform(
                new TransformCopy(),
                new ExprTransformCopy() {
                    @Override
                    public Expr transform(ExprFunctionN func, ExprList args) {
                        if (func instanceof E_Regex && !(func instanceof CancellableRegex))
                            return new CancellableRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
                        if (func instanceof E_StrReplace && !(func instanceof CancellableReplace))
                            return new CancellableReplace(
                                    args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
                        return super.transform(func, args);
                    }
                },
                op);
    }
}
