package org.claimgraph.validate;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.TargetType;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;

/**
 * Validation of chosen focus nodes against chosen shapes, with everything that does not depend on
 * the data prepared once: the shapes are parsed once (by the caller) and the query of every SPARQL
 * target ({@code sh:target [ a sh:SPARQLTarget ; sh:select … ]}) is parsed once here. Jena parses a
 * SPARQL target's query again on every {@code Target.getFocusNodes} call, which was a quarter of a
 * one-note re-validation; the focus nodes found are the same (the same query, over the graph
 * wrapped as a dataset, {@code ?this} collected).
 */
final class FocusValidator {
    private final Shapes shapes;
    private final Map<Target, Query> targetQueries = new HashMap<>();

    FocusValidator(Shapes shapes) {
        this.shapes = shapes;
        for (Shape s : shapes.getTargetShapes())
            for (Target t : s.getTargets())
                if (t.getTargetType() == TargetType.targetExtension
                        && t.getShapesGraph().contains(t.getObject(), SHACL.select, Node.ANY))
                    targetQueries.put(t, ShLib.extractSPARQLQuery(t.getShapesGraph(), t.getObject()));
    }

    /** What to validate each shape on. */
    interface FocusNodes {
        Collection<Node> of(Shape shape);
    }

    /**
     * The results of validating each of {@code subset} on its focus nodes {@code focus} over
     * {@code data}, in the order found, without Jena's report graph ({@link Validation#results}: building it
     * was a third of a note's validation).
     */
    List<ReportEntry> validate(Graph data, List<Shape> subset, FocusNodes focus) {
        ValidationContext vCxt = ValidationContext.create(shapes, data);
        for (Shape shape : subset) for (Node f : focus.of(shape)) VLib.validateShape(vCxt, data, shape, f);
        return Validation.Collected.of(vCxt);
    }

    /** The focus nodes of {@code shape} in {@code data}: what {@code VLib.focusNodes} gives. */
    Set<Node> focusNodes(Graph data, Shape shape) {
        Set<Node> out = new LinkedHashSet<>();
        for (Target t : shape.getTargets()) {
            Query q = targetQueries.get(t);
            if (q == null) {
                out.addAll(t.getFocusNodes(data));
                continue;
            }
            Var v = q.getProjectVars().get(0);
            try (QueryExec qe =
                    QueryExec.dataset(DatasetGraphFactory.wrap(data)).query(q).build()) {
                RowSet rows = qe.select();
                while (rows.hasNext()) {
                    Node n = rows.next().get(v);
                    if (n != null) out.add(n);
                }
            }
        }
        return out;
    }

    /** Whether {@code x} is a focus node of {@code shape} in {@code data}; a SPARQL target is asked with ?this bound. */
    boolean isFocus(Shape shape, Node x, Graph data) {
        for (Target t : shape.getTargets()) {
            Query q = targetQueries.get(t);
            if (q == null) {
                if (VLib.isFocusNode(t, x, data)) return true;
                continue;
            }
            try (QueryExec qe =
                    QueryExec.graph(data).query(q).substitution("this", x).build()) {
                if (qe.select().hasNext()) return true;
            }
        }
        return false;
    }
}
