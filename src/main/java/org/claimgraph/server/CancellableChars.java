package org.claimgraph.server;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * A string whose reads run a check now and then (every {@value #CHECK_EVERY} reads); the check
 * throws to stop the match. What {@link CancellableRegex} and {@link CancellableReplace} share: the
 * execution's cancel signal, the reads that look at it, and the pattern compiled once when pattern
 * and flags are constants.
 */
final class CancellableChars implements CharSequence {
    static final int CHECK_EVERY = 4096;
    private final String s;
    private final Runnable check;
    private int reads;

    CancellableChars(String s, Runnable check) {
        this.s = s;
        this.check = check;
    }

    /** Reads that throw {@link QueryCancelledException} once {@code cancel} is set. */
    static CancellableChars cancelledBy(String s, AtomicBoolean cancel) {
        return new CancellableChars(s, () -> {
            if (cancel.get()) throw new QueryCancelledException();
        });
    }

    /** The query execution's cancel signal, or null outside a query execution (then nothing can cancel). */
    static AtomicBoolean cancelSignal(FunctionEnv env) {
        return env instanceof ExecutionContext ec ? ec.getCancelSignal() : null;
    }

    /**
     * The pattern compiled as Jena's default engine does ({@link RegexEngine#makePattern}) when
     * {@code pattern} and {@code flags} (may be null) are string constants, else null.
     */
    static Pattern constantPattern(String function, Expr pattern, Expr flags) {
        if (!pattern.isConstant() || !pattern.getConstant().isString()) return null;
        if (flags != null && !(flags.isConstant() && flags.getConstant().isString())) return null;
        return RegexEngine.makePattern(
                function,
                pattern.getConstant().getString(),
                flags == null ? null : flags.getConstant().getString());
    }

    @Override
    public char charAt(int index) {
        if (++reads >= CHECK_EVERY) {
            reads = 0;
            check.run();
        }
        return s.charAt(index);
    }

    @Override
    public int length() {
        return s.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return s.subSequence(start, end);
    }

    @Override
    public String toString() {
        return s;
    }
}
