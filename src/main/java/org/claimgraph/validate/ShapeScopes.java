package org.claimgraph.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.TargetType;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.RDF;

/**
 * Which data each shape's result for one focus node can depend on: the rule the live audit
 * ({@link LiveAudit}) re-validates by. Derived from the shapes where possible, declared in
 * {@code shapes/scope.ttl} where not:
 * <ul>
 * <li>{@link Kind#NOTE}: only the focus node's own note. Derived for a Core shape (no
 *     {@code sh:sparql}, no SPARQL target) whose every {@code sh:path} is a predicate or a sequence of
 *     predicates not continuing past a {@code cga:leavesNote} property, and none of whose constraints
 *     reads the triples of a value node ({@code sh:class}, {@code sh:node}, {@code sh:property},
 *     {@code sh:qualifiedValueShape} under a path); or declared {@code cga:scope cga:NoteScope}.</li>
 * <li>{@link Kind#KEYED}: other notes only through resources bound by a declared
 *     {@code cga:crossNoteKey} query ({@code SELECT ?this ?key…}).</li>
 * <li>{@link Kind#CORPUS}: anything else (including every undeclared SHACL-SPARQL shape): all focus
 *     nodes of the shape are re-validated on every change. Correct, never fast.</li>
 * </ul>
 */
public final class ShapeScopes {

    /** The three scopes, from the cheapest to re-validate to the dearest. */
    public enum Kind {
        NOTE,
        KEYED,
        CORPUS
    }

    /**
     * The scope of one target shape.
     *
     * @param shape   the parsed shape
     * @param kind    its scope
     * @param key     the cross-note key query for {@link Kind#KEYED}, else null
     * @param derived true when the scope follows from the shape itself, false when it was declared
     *                (or defaulted to corpus)
     */
    public record Scope(Shape shape, Kind kind, Query key, boolean derived) {}

    private final Map<Node, Scope> byShape = new LinkedHashMap<>();

    private ShapeScopes() {}

    /** Analyses every target shape of {@code shapes} (parsed from {@code shapesGraph}). */
    public static ShapeScopes of(Graph shapesGraph, Shapes shapes) {
        ShapeScopes s = new ShapeScopes();
        Set<Node> leaving = new HashSet<>();
        shapesGraph.find(Node.ANY, CGA.leavesNote, Node.ANY).forEachRemaining(t -> leaving.add(t.getObject()));
        for (Shape shape : shapes.getTargetShapes())
            s.byShape.put(shape.getShapeNode(), scopeOf(shapesGraph, shape, leaving));
        return s;
    }

    /** Scopes in the shapes' order. */
    public List<Scope> all() {
        return List.copyOf(byShape.values());
    }

    /** The scope of the target shape named {@code shapeNode}, or null. */
    public Scope of(Node shapeNode) {
        return byShape.get(shapeNode);
    }

    /** Shapes of one kind. */
    public List<Scope> ofKind(Kind kind) {
        List<Scope> out = new ArrayList<>();
        for (Scope s : byShape.values()) if (s.kind() == kind) out.add(s);
        return out;
    }

    private static Scope scopeOf(Graph g, Shape shape, Set<Node> leaving) {
        Node n = shape.getShapeNode();
        Node keyText = Context.obj(g, n, CGA.crossNoteKey);
        if (keyText != null && keyText.isLiteral())
            return new Scope(shape, Kind.KEYED, parseKey(n, keyText.getLiteralLexicalForm()), false);
        Node declared = Context.obj(g, n, CGA.scope);
        if (CGA.NoteScope.equals(declared)) return new Scope(shape, Kind.NOTE, null, false);
        if (CGA.CorpusScope.equals(declared)) return new Scope(shape, Kind.CORPUS, null, false);
        boolean sparqlTarget =
                shape.getTargets().stream().map(Target::getTargetType).anyMatch(t -> t == TargetType.targetExtension);
        if (sparqlTarget || !noteLocal(g, n, false, leaving, new HashSet<>()))
            return new Scope(shape, Kind.CORPUS, null, true);
        return new Scope(shape, Kind.NOTE, null, true);
    }

    private static Query parseKey(Node shape, String text) {
        Query q;
        try {
            q = QueryFactory.create(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cga:crossNoteKey of " + shape + " is not SPARQL: " + e.getMessage(), e);
        }
        if (!q.isSelectType()
                || !q.getProjectVars().stream().anyMatch(v -> v.getVarName().equals("this")))
            throw new IllegalArgumentException(
                    "cga:crossNoteKey of " + shape + " must be a SELECT of ?this and key variables");
        return q;
    }

    /**
     * True when the shape node {@code n} (applied to focus nodes, or to value nodes when
     * {@code onValues}) reads only the note of its focus node.
     */
    private static boolean noteLocal(Graph g, Node n, boolean onValues, Set<Node> leaving, Set<Node> seen) {
        if (!seen.add(n)) return true;
        if (g.contains(n, SHACL.sparql, Node.ANY)) return false;
        Node path = Context.obj(g, n, SHACL.path);
        boolean values = onValues;
        if (path != null) {
            // a property shape: reading the focus node's triples is fine; on value nodes it is not
            if (onValues || !forwardInNote(g, path, leaving)) return false;
            values = true;
        }
        if (values
                && (g.contains(n, SHACL.class_, Node.ANY)
                        || g.contains(n, SHACL.node, Node.ANY)
                        || g.contains(n, SHACL.property, Node.ANY)
                        || g.contains(n, SHACL.qualifiedValueShape, Node.ANY)
                        || g.contains(n, SHACL.closed, Node.ANY))) return false;
        for (Node child : children(g, n)) if (!noteLocal(g, child, values, leaving, seen)) return false;
        return true;
    }

    /** Nested shapes: sh:property, sh:node, sh:not, sh:qualifiedValueShape and the members of sh:or/sh:and/sh:xone. */
    private static List<Node> children(Graph g, Node n) {
        List<Node> out = new ArrayList<>();
        for (Node p : List.of(SHACL.property, SHACL.node, SHACL.not, SHACL.qualifiedValueShape))
            g.find(n, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        for (Node p : List.of(SHACL.or, SHACL.and, SHACL.xone))
            g.find(n, p, Node.ANY).forEachRemaining(t -> out.addAll(list(g, t.getObject())));
        return out;
    }

    /** A predicate, or a list of predicates none of which but the last is a {@code cga:leavesNote} property. */
    static boolean forwardInNote(Graph g, Node path, Set<Node> leaving) {
        if (path.isURI()) return true;
        if (!path.isBlank() || !g.contains(path, RDF.first.asNode(), Node.ANY))
            return false; // inverse, alternative, *, +, ?
        List<Node> steps = list(g, path);
        for (int i = 0; i < steps.size(); i++) {
            Node step = steps.get(i);
            if (!step.isURI()) return false;
            if (i < steps.size() - 1 && leaving.contains(step)) return false;
        }
        return true;
    }

    private static List<Node> list(Graph g, Node head) {
        List<Node> out = new ArrayList<>();
        Node c = head;
        for (int guard = 0; c != null && !c.equals(RDF.nil.asNode()) && guard < 10_000; guard++) {
            Node first = Context.obj(g, c, RDF.first.asNode());
            if (first == null) break;
            out.add(first);
            c = Context.obj(g, c, RDF.rest.asNode());
        }
        return out;
    }

    /** For messages and docs: "name: kind (derived|declared)". */
    public List<String> describe(RuleNames rules) {
        List<String> out = new ArrayList<>();
        for (Scope s : byShape.values())
            out.add(rules.of(s.shape().getShapeNode()) + ": " + s.kind().name().toLowerCase(java.util.Locale.ROOT)
                    + (s.derived() ? " (derived)" : " (declared)"));
        return out;
    }
}
