package org.claimgraph.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;

/**
 * A full audit run note by note: what {@link Audit#run(DataGraph.Parts, Graph, Shapes, java.time.LocalDate,
 * String)} validates and checks. The rule is the live audit's ({@link ShapeScopes}, docs/live-audit.md):
 * <ul>
 * <li>a note-scoped shape's focus nodes are found over the whole data graph (so exactly the focus
 *     nodes a whole-graph validation has); each one that is a subject in one stored graph only is
 *     validated over that graph's part ({@link DataGraph.Parts#local}: the graph, the ontology, the
 *     audit parameters and its enclosures), every other one over the whole graph;</li>
 * <li>keyed and corpus-scoped shapes run over the whole graph;</li>
 * <li>the coverage and multiplier checks run over each part (they read one note's items).</li>
 * </ul>
 * The parts are independent, so they run in parallel (the common fork-join pool); the outcome is
 * collected in graph-name order and does not depend on the number of threads. A part's results are
 * turned into findings over the part's graph, which holds all a note-scoped finding's context (its
 * note, line, section, claim). Each part's graph is small, so the work grows with the number of
 * notes, not faster (BENCHMARKS.md, session 20); {@code AuditPartsTest} checks that the outcome
 * equals a whole-graph audit on the examples, generated corpora and the seed note.
 */
final class NoteParts {

    /**
     * What the shapes and the checks found: every SHACL result and the finding made of it, in the same
     * order (here: parts by graph name, then the whole graph), and the checks' results. {@link Audit}
     * makes its {@code Result} of one, from the parts or from the whole graph.
     */
    record Found(
            List<ReportEntry> entries,
            List<Finding> findings,
            List<CoverageCheck.Result> coverage,
            List<MultiplierCheck.Result> multipliers) {}

    /** One part's share: its SHACL results as findings, and its checks. */
    private record Part(
            List<ReportEntry> entries,
            List<Finding> fromEntries,
            List<CoverageCheck.Result> coverage,
            List<MultiplierCheck.Result> multipliers) {}

    private NoteParts() {}

    static Found run(DataGraph.Parts parts, Shapes shapes, ShapeScopes scopes, RuleNames rules, String lang) {
        FocusValidator validator = new FocusValidator(shapes);
        Graph whole = parts.whole();
        List<Node> names = new ArrayList<>(parts.graphs().keySet());
        Map<Node, Map<Shape, List<Node>>> owned = new HashMap<>();
        Map<Shape, List<Node>> unowned = new LinkedHashMap<>();
        List<Shape> noteShapes = new ArrayList<>(), wholeShapes = new ArrayList<>();
        for (Shape shape : shapes.getTargetShapes()) {
            if (scopes.of(shape.getShapeNode()).kind() != ShapeScopes.Kind.NOTE) {
                wholeShapes.add(shape);
                continue;
            }
            noteShapes.add(shape);
            for (Node focus : validator.focusNodes(whole, shape)) {
                Node owner = parts.owners().get(focus);
                if (owner == null)
                    unowned.computeIfAbsent(shape, k -> new ArrayList<>()).add(focus);
                else
                    owned.computeIfAbsent(owner, k -> new HashMap<>())
                            .computeIfAbsent(shape, k -> new ArrayList<>())
                            .add(focus);
            }
        }
        List<Part> done = IntStream.range(0, names.size())
                .parallel()
                .mapToObj(i -> part(
                        parts,
                        names.get(i),
                        owned.getOrDefault(names.get(i), Map.of()),
                        noteShapes,
                        validator,
                        rules,
                        lang))
                .toList();
        List<Shape> rest = new ArrayList<>(unowned.keySet());
        rest.addAll(wholeShapes);
        List<ReportEntry> wholeEntries = validator.validate(
                whole, rest, s -> unowned.containsKey(s) ? unowned.get(s) : validator.focusNodes(whole, s));
        return merge(done, wholeEntries, whole, rules, lang);
    }

    private static Part part(
            DataGraph.Parts parts,
            Node name,
            Map<Shape, List<Node>> focus,
            List<Shape> noteShapes,
            FocusValidator validator,
            RuleNames rules,
            String lang) {
        Graph local = parts.local(name);
        List<Shape> mine = noteShapes.stream().filter(focus::containsKey).toList();
        List<ReportEntry> entries = validator.validate(local, mine, focus::get);
        List<Finding> findings = new ArrayList<>(entries.size());
        for (ReportEntry e : entries) findings.add(Audit.toFinding(local, e, rules, lang));
        return new Part(entries, findings, CoverageCheck.run(local), MultiplierCheck.run(local));
    }

    private static Found merge(
            List<Part> done, List<ReportEntry> wholeEntries, Graph whole, RuleNames rules, String lang) {
        List<ReportEntry> entries = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<CoverageCheck.Result> coverage = new ArrayList<>();
        List<MultiplierCheck.Result> multipliers = new ArrayList<>();
        for (Part p : done) {
            for (int i = 0; i < p.entries().size(); i++) {
                entries.add(p.entries().get(i));
                findings.add(p.fromEntries().get(i));
            }
            coverage.addAll(p.coverage());
            multipliers.addAll(p.multipliers());
        }
        for (ReportEntry e : wholeEntries) {
            entries.add(e);
            findings.add(Audit.toFinding(whole, e, rules, lang));
        }
        coverage.sort(CoverageCheck.ORDER);
        multipliers.sort(MultiplierCheck.ORDER);
        return new Found(entries, findings, coverage, multipliers);
    }
}
