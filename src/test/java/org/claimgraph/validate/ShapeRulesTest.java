package org.claimgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Data-driven shape tests in the style of jena-shacl's W3C suite: every folder
 * {@code src/test/resources/shapes/<rule>/} holds {@code ok.ttl} (no result of that rule),
 * {@code bad.ttl} and {@code expected.ttl} (the results of that rule: focus node and severity).
 */
class ShapeRulesTest {
    static final Path CASES = Path.of("src/test/resources/shapes");
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);
    static Graph shapesGraph;
    static Shapes shapes;
    static RuleNames rules;

    @BeforeAll
    static void load() {
        shapesGraph = ShapesLoader.graph(Path.of("shapes"));
        shapes = Shapes.parse(shapesGraph);
        rules = new RuleNames(shapesGraph);
    }

    @TestFactory
    Stream<DynamicTest> everyRule() throws IOException {
        return caseDirs().stream().flatMap(dir -> {
            String rule = dir.getFileName().toString();
            return Stream.of(
                    DynamicTest.dynamicTest(rule + " ok", () -> {
                        Set<String> got = results(dir.resolve("ok.ttl"), rule);
                        assertEquals(Set.of(), got, rule + ": ok.ttl must give no result of this rule");
                    }),
                    DynamicTest.dynamicTest(rule + " bad", () -> {
                        Set<String> got = results(dir.resolve("bad.ttl"), rule);
                        assertEquals(expected(dir.resolve("expected.ttl")), got, rule + ": results on bad.ttl");
                    }));
        });
    }

    /** Every named rule shape has a test folder and every folder names a shape. */
    @Test
    void everyShapeHasCases() throws IOException {
        Set<String> shapeNames = new TreeSet<>();
        shapesGraph.find(Node.ANY, RDF.type.asNode(), SHACL.NodeShape).forEachRemaining(t -> {
            if (t.getSubject().isURI()) shapeNames.add(rules.of(t.getSubject()));
        });
        Set<String> dirs =
                caseDirs().stream().map(d -> d.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(shapeNames, dirs);
        assertTrue(shapeNames.size() >= 20, "expected the full rule set, got " + shapeNames);
    }

    static java.util.List<Path> caseDirs() throws IOException {
        try (Stream<Path> s = Files.list(CASES)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    private Set<String> results(Path data, String rule) {
        Graph g = DataGraph.of(RDFDataMgr.loadGraph(data.toString()), AS_OF);
        ValidationReport report = Validation.validate(g, shapes);
        return report.getEntries().stream()
                .filter(e -> rule.equals(rules.of(e.source())))
                .map(e -> local(e.focusNode()) + " "
                        + Severity.of(e.severity().level()).label())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private Set<String> expected(Path file) {
        Graph g = RDFDataMgr.loadGraph(file.toString());
        Set<String> out = new TreeSet<>();
        g.find(Node.ANY, SHACL.focusNode, Node.ANY).forEachRemaining(t -> {
            Node sev = g.find(t.getSubject(), SHACL.resultSeverity, Node.ANY)
                    .next()
                    .getObject();
            out.add(local(t.getObject()) + " " + Severity.of(sev).label());
        });
        return out;
    }

    static String local(Node n) {
        String s = n.isURI() ? n.getURI() : n.toString();
        return s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('#')) + 1);
    }
}
