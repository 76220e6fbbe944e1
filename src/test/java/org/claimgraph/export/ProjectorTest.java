package org.claimgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.claimgraph.export.PropertyGraph.EdgeType;
import org.claimgraph.export.PropertyGraph.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Counts in two-notes.trig were worked out by hand (see the comment at the top of the fixture). */
class ProjectorTest {
    static Dataset ds;
    static PropertyGraph g;

    @BeforeAll
    static void load() {
        ds = Fixtures.load("two-notes.trig");
        g = Projector.project(ds);
    }

    @Test
    void nodeCountsPerKind() {
        Map<NodeKind, Long> counts =
                g.nodes().stream().collect(Collectors.groupingBy(Node::type, TreeMap::new, Collectors.counting()));
        assertEquals(
                Map.of(
                        NodeKind.NOTE,
                        2L,
                        NodeKind.SECTION,
                        4L,
                        NodeKind.CLAIM,
                        5L,
                        NodeKind.TOOL,
                        5L,
                        NodeKind.VERSION,
                        2L,
                        NodeKind.STATUS,
                        4L),
                counts);
        assertEquals(22, g.nodes().size());
    }

    @Test
    void edgeCountsPerType() {
        Map<EdgeType, Long> counts = g.edges().stream()
                .collect(Collectors.groupingBy(PropertyGraph.Edge::type, TreeMap::new, Collectors.counting()));
        assertEquals(
                Map.of(
                        EdgeType.IN_NOTE,
                        5L,
                        EdgeType.SUBSECTION_OF,
                        1L,
                        EdgeType.IN_SECTION,
                        4L,
                        EdgeType.ABOUT_TOOL,
                        6L,
                        EdgeType.ABOUT_VERSION,
                        2L,
                        EdgeType.VERSION_OF,
                        2L,
                        EdgeType.HAS_STATUS,
                        5L),
                counts);
        assertEquals(25, g.edges().size());
    }

    @Test
    void claimAttributesComeFromLiteralsAndProvenance() {
        Node c2 = g.node("claim/c2").orElseThrow();
        assertEquals("BusinessCase", c2.attributes().get("kind"));
        assertEquals("unverifiable", c2.attributes().get("status"), "weakest of unverifiable and publicly-verifiable");
        assertEquals(List.of("publicly-verifiable", "unverifiable"), c2.list("statuses"));
        assertEquals(List.of("internal-material", "official-documentation"), c2.list("sourceTypes"));
        assertEquals(LocalDate.of(2025, 8, 1), c2.attributes().get("updated"));
        assertEquals(2, g.assessments("claim/c2").size());

        Node c1 = g.node("claim/c1").orElseThrow();
        assertEquals(List.of("memory: 512 MB"), c1.list("measurements"));
        assertEquals(List.of("2 vCPU / 4 GB"), c1.list("testEnvironments"));
        assertEquals(
                LocalDate.of(2025, 9, 30), c1.attributes().get("updated"), "block date when the assessment has none");
        assertEquals("notes/部署笔记.md", c1.attributes().get("notePath"));
        assertEquals(12L, c1.attributes().get("firstLine"));
    }

    @Test
    void toolsCarryAliasesAndClaimCounts() {
        Node k8s = g.node("tool/kubernetes").orElseThrow();
        assertEquals(List.of("K8s", "k8s"), k8s.list("aliases"));
        assertEquals(2L, k8s.attributes().get("claimCount"));
        assertEquals(
                "WasmEdge >=0.13", g.node("version/wasmedge/0.13").orElseThrow().label());
        assertEquals(
                2L, g.node("status/unverifiable").orElseThrow().attributes().get("claimCount"));
        assertEquals(0.7, g.node("tool/k3s").orElseThrow().attributes().get("maturity"));
        assertEquals(
                0.5, g.node("tool/kubernetes").orElseThrow().attributes().get("maturity"), "layer K8s via the alias");
        assertTrue(g.node("tool/crun").orElseThrow().attr("maturity").isEmpty(), "no observations, no maturity");
    }

    @Test
    void literalsNeverBecomeNodes() {
        assertTrue(g.nodes().stream()
                .noneMatch(n -> n.id().startsWith("env/")
                        || n.id().contains("-m0")
                        || n.id().startsWith("assessment/")
                        || n.id().startsWith("block/")
                        || n.id().startsWith("obs/")
                        || n.id().startsWith("layer/")));
    }

    @Test
    void includeKeepsOnlyEdgesBetweenIncludedKinds() {
        PropertyGraph small = Projector.project(ds, EnumSet.of(NodeKind.CLAIM, NodeKind.TOOL));
        assertEquals(10, small.nodes().size());
        assertEquals(6, small.edges().size());
        assertTrue(small.edges().stream().allMatch(e -> e.type() == EdgeType.ABOUT_TOOL));

        PropertyGraph noSections = Projector.project(ds, EnumSet.of(NodeKind.CLAIM, NodeKind.NOTE));
        assertEquals(
                5,
                noSections.out("claim/c1", EdgeType.IN_NOTE).size()
                        + noSections.out("claim/c2", EdgeType.IN_NOTE).size()
                        + noSections.out("claim/c3", EdgeType.IN_NOTE).size()
                        + noSections.out("claim/c4", EdgeType.IN_NOTE).size()
                        + noSections.out("claim/c5", EdgeType.IN_NOTE).size(),
                "every claim falls back to its note");
    }

    @Test
    void includeParsing() {
        assertEquals(
                EnumSet.of(NodeKind.CLAIM, NodeKind.TOOL, NodeKind.VERSION), NodeKind.parse("claims, tool,versions"));
        assertEquals(NodeKind.all(), NodeKind.parse("all"));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> NodeKind.parse("claims,widgets"));
        assertTrue(e.getMessage().contains("widgets"));
    }

    @Test
    void sameDatasetSameGraph() {
        PropertyGraph again = Projector.project(ds);
        assertEquals(g.nodes(), again.nodes());
        assertEquals(g.edges(), again.edges());
    }
}
