package org.claimgraph.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.claimgraph.extract.NoteExtractor;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.NoteMapper;
import org.junit.jupiter.api.Test;

class ClaimDiffTest {
    static Graph graph(String text) {
        return NoteMapper.map(NoteExtractor.extract("notes/deploy.md", text));
    }

    static final String PENDING = "⚠️ 待验证";
    static final String VERIFIED = "✅ 已验证";
    static final String K3S = "某公司在生产中使用 K3s 管理 300 个边缘节点。";

    @Test
    void theFixtureHasTwoAnnotatedClaims() {
        Map<Node, ClaimState> s = ClaimState.of(graph(HistoryNotes.note(PENDING, "内部测试复现", K3S)));
        List<ClaimState> withStatus =
                s.values().stream().filter(c -> c.status() != null).toList();
        // the prose claim and the assessment's subject are both claims, each with the block's status
        assertEquals(4, withStatus.size(), s.values().toString());
        assertTrue(withStatus.stream().anyMatch(c -> CG.Pending.equals(c.status())), withStatus.toString());
        assertTrue(withStatus.stream().anyMatch(c -> CG.Unverifiable.equals(c.status())), withStatus.toString());
    }

    @Test
    void statusAndEvidenceChangesAreEvents() {
        Graph v1 = graph(HistoryNotes.note(PENDING, "内部测试复现", K3S));
        Graph v2 = graph(HistoryNotes.note(VERIFIED, "<https://example.org/bench/docker-mem>", K3S));
        List<ClaimEvent> events = ClaimDiff.diff(v1, v2);
        // two Docker claims (prose and assessment subject), each: status changed, evidence changed
        assertEquals(
                List.of(
                        EventType.STATUS_CHANGED,
                        EventType.EVIDENCE_CHANGED,
                        EventType.STATUS_CHANGED,
                        EventType.EVIDENCE_CHANGED),
                events.stream().map(ClaimEvent::type).toList());
        for (ClaimEvent e : events) {
            assertTrue(e.after().plainText().contains("Docker"), e.after().plainText());
            if (e.type() == EventType.STATUS_CHANGED) {
                assertEquals(CG.Pending, e.before().status());
                assertEquals(CG.Verified, e.after().status());
            } else {
                assertEquals(
                        List.of(NodeFactory.createURI("https://example.org/bench/docker-mem")),
                        List.copyOf(e.after().methods()));
                assertEquals(List.of(), List.copyOf(e.before().methods()));
                assertEquals("2025-01-10", e.after().updated().first().getLiteralLexicalForm());
            }
        }
    }

    @Test
    void sameGraphHasNoEventsAndEveryClaimAppearsInANewNote() {
        Graph v1 = graph(HistoryNotes.note(PENDING, "内部测试复现", K3S));
        assertEquals(List.of(), ClaimDiff.diff(v1, graph(HistoryNotes.note(PENDING, "内部测试复现", K3S))));
        List<ClaimEvent> appeared = ClaimDiff.diff(Graph.emptyGraph, v1);
        assertEquals(ClaimState.of(v1).size(), appeared.size());
        assertTrue(appeared.stream().allMatch(e -> e.type() == EventType.APPEARED));
        List<ClaimEvent> removed = ClaimDiff.diff(v1, Graph.emptyGraph);
        assertTrue(removed.stream().allMatch(e -> e.type() == EventType.REMOVED) && removed.size() == appeared.size());
    }

    @Test
    void rewordedClaimIsARevisionAndUnrelatedTextIsNot() {
        Graph v1 = graph(HistoryNotes.note(PENDING, "内部测试复现", K3S));
        Graph v2 = graph(HistoryNotes.note(PENDING, "内部测试复现", "某公司在生产中使用 K3s 管理 320 个边缘节点。"));
        List<ClaimEvent> events = ClaimDiff.diff(v1, v2);
        assertEquals(
                List.of(EventType.REVISED),
                events.stream().map(ClaimEvent::type).toList());
        assertTrue(events.get(0).before().plainText().contains("300"));
        assertTrue(events.get(0).after().plainText().contains("320"));
        Graph v3 = graph(HistoryNotes.note(PENDING, "内部测试复现", "Rust 编译的 Wasm 模块冷启动只要 2 ms。"));
        assertEquals(
                List.of(EventType.REMOVED, EventType.APPEARED).stream().sorted().toList(),
                ClaimDiff.diff(v1, v3).stream().map(ClaimEvent::type).sorted().toList());
    }

    @Test
    void equallySimilarRewordingsPairWithTheNearestOldClaim() {
        java.util.function.BiFunction<String, Integer, ClaimState> state = (iri, line) -> new ClaimState(
                org.apache.jena.graph.NodeFactory.createURI("urn:x:" + iri),
                org.claimgraph.rdf.CG.Claim,
                org.apache.jena.graph.NodeFactory.createLiteralLang(
                        iri.startsWith("old") ? "全年零数据丢失，RPO = 0。" : "全年零数据丢失，RPO 为 0。", "zh"),
                null,
                line,
                line < 15 ? org.claimgraph.rdf.CG.Unverifiable : org.claimgraph.rdf.CG.Pending,
                new java.util.TreeSet<>(java.util.Comparator.comparing(Object::toString)),
                new java.util.TreeSet<>(java.util.Comparator.comparing(Object::toString)),
                new java.util.TreeSet<>(java.util.Comparator.comparing(Object::toString)),
                new java.util.TreeSet<>(java.util.Comparator.comparing(Object::toString)));
        java.util.Map<org.apache.jena.graph.Node, ClaimState> before = new java.util.HashMap<>();
        java.util.Map<org.apache.jena.graph.Node, ClaimState> after = new java.util.HashMap<>();
        for (ClaimState c : List.of(state.apply("old-z", 10), state.apply("old-a", 20))) before.put(c.claim(), c);
        for (ClaimState c : List.of(state.apply("new-a", 11), state.apply("new-z", 21))) after.put(c.claim(), c);
        List<ClaimEvent> events = ClaimDiff.diff(before, after);
        assertEquals(2, events.size(), events.toString());
        for (ClaimEvent e : events) {
            assertEquals(EventType.REVISED, e.type());
            assertEquals(1, e.after().line() - e.before().line(), e.toString());
            assertEquals(e.before().status(), e.after().status());
        }
    }

    @Test
    void similarityIsDiceOverBigrams() {
        assertEquals(1.0, ClaimDiff.similarity("边缘节点", "边缘节点"));
        assertEquals(0.0, ClaimDiff.similarity("abc", "xyz"));
        // "abcd" {ab,bc,cd} vs "abce" {ab,bc,ce}: 2·2/6
        assertEquals(2.0 * 2 / 6, ClaimDiff.similarity("abcd", "abce"), 1e-12);
    }
}
