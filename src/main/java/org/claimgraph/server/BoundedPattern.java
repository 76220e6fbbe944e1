package org.claimgraph.server;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.PatternConstraint;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportItem;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeFunctions;

/**
 * SHACL {@code sh:pattern} under a {@link Deadline}: Jena's {@link PatternConstraint} runs
 * {@code java.util.regex} on the value's string, where a pattern with catastrophic backtracking
 * ({@code (.*a){12}$}) runs for minutes without reading the graph, so the graph-level deadline
 * never fires. Here the match reads the string through {@link CancellableChars}, which checks
 * the deadline; a value that does not match is then handed to Jena's constraint for its report item
 * (same message; the regex has just finished on that string, so the second run is bounded too).
 */
final class BoundedPattern extends PatternConstraint {
    private final Pattern compiled;
    private final Deadline deadline;

    private BoundedPattern(PatternConstraint c, Deadline deadline) {
        super(c.getPattern(), c.getFlagsStr());
        String flags = c.getFlagsStr();
        // as PatternConstraint compiles it: flags as for REGEX, 'q' quotes the pattern
        String p = flags != null && flags.contains("q") ? Pattern.quote(c.getPattern()) : c.getPattern();
        this.compiled = Pattern.compile(p, RegexEngine.makeMask(flags));
        this.deadline = deadline;
    }

    @Override
    public ReportItem validate(ValidationContext vCxt, Node n) {
        if (n.isBlank()) return super.validate(vCxt, n);
        if (compiled.matcher(new CancellableChars(NodeFunctions.str(n), deadline::check))
                .find()) return null;
        return super.validate(vCxt, n);
    }

    /** {@code shapes} with every {@code sh:pattern} constraint of every shape bounded by {@code deadline}. */
    static Shapes bound(Shapes shapes, Deadline deadline) {
        for (Shape shape : shapes.getShapeMap().values()) replace(shape.getConstraints(), deadline);
        return shapes;
    }

    private static void replace(Collection<Constraint> constraints, Deadline deadline) {
        if (constraints.stream().noneMatch(c -> c instanceof PatternConstraint && !(c instanceof BoundedPattern)))
            return;
        List<Constraint> bounded = new ArrayList<>();
        for (Constraint c : constraints)
            bounded.add(
                    c instanceof PatternConstraint pc && !(c instanceof BoundedPattern)
                            ? new BoundedPattern(pc, deadline)
                            : c);
        constraints.clear();
        constraints.addAll(bounded);
    }
}
