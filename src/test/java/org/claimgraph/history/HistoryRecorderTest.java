package org.claimgraph.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.CGH;
import org.claimgraph.store.NoteFiles;
import org.claimgraph.store.NotePipeline;
import org.claimgraph.store.Stores;
import org.claimgraph.store.WriteContext;
import org.junit.jupiter.api.Test;

/** The history step called inside a write transaction on two versions of a note. */
class HistoryRecorderTest {
    static final String PATH = "notes/deploy.md";
    static final Instant T1 = Instant.parse("2025-01-10T09:00:00Z");
    static final Instant T2 = Instant.parse("2025-03-02T15:30:00Z");

    static WriteContext at(Instant t) {
        return new WriteContext(t, "alice", "claimgraph test", Optional.empty());
    }

    /** Writes {@code text} as the note (null: removes it) through the pipeline with the history step, as of {@code t}. */
    static void write(Dataset ds, String text, Instant t) {
        NotePipeline p =
                NotePipeline.builder(ds).steps(new HistoryRecorder()).build().with(at(t));
        if (text == null) p.drop(PATH);
        else p.ingestText(PATH, text);
    }

    static Graph history(Dataset ds) {
        Graph copy = GraphFactory.createDefaultGraph();
        Txn.executeRead(
                ds, () -> ds.asDatasetGraph().getGraph(CGH.historyGraph).find().forEachRemaining(copy::add));
        return copy;
    }

    static Set<String> eventTypes(Graph h) {
        Set<String> out = new TreeSet<>();
        h.find(Node.ANY, CGH.run, Node.ANY)
                .forEachRemaining(t -> h.find(t.getSubject(), RDF.type.asNode(), Node.ANY)
                        .forEachRemaining(x -> out.add(x.getObject().getLocalName())));
        return out;
    }

    static int count(Graph h, Node type) {
        return h.find(Node.ANY, RDF.type.asNode(), type).toList().size();
    }

    @Test
    void twoVersionsGiveAppearedThenStatusAndEvidenceEvents() {
        Dataset ds = Stores.inMemory();
        write(ds, HistoryNotes.note(ClaimDiffTest.PENDING, "内部测试复现", ClaimDiffTest.K3S), T1);
        Graph h1 = history(ds);
        assertEquals(Set.of("Appeared"), eventTypes(h1));
        assertEquals(4, count(h1, CGH.Appeared));
        assertEquals(1, count(h1, CGH.Run));
        write(
                ds,
                HistoryNotes.note(ClaimDiffTest.VERIFIED, "<https://example.org/bench/docker-mem>", ClaimDiffTest.K3S),
                T2);
        Graph h2 = history(ds);
        assertEquals(2, count(h2, CGH.Run));
        assertEquals(2, count(h2, CGH.StatusChanged));
        assertEquals(2, count(h2, CGH.EvidenceChanged));
        // every status-changed event of the second run goes pending → verified, at T2, with a line
        h2.find(Node.ANY, RDF.type.asNode(), CGH.StatusChanged).forEachRemaining(t -> {
            Node e = t.getSubject();
            assertTrue(h2.contains(e, CGH.statusBefore, CG.Pending));
            assertTrue(h2.contains(e, CGH.statusAfter, CG.Verified));
            assertEquals(
                    T2,
                    StatusTimeline.instant(
                            h2.find(e, CGH.atTime, Node.ANY).next().getObject()));
            assertTrue(h2.find(e, CGH.line, Node.ANY).hasNext());
        });
        // the note's graph is the second version; the first one is kept as triples added/removed
        assertEquals(1, h2.find(Node.ANY, CGH.addedTriples, Node.ANY).toList().size());
        // the current note graph holds no history term: queries that ignore history are unchanged
        Txn.executeRead(
                ds,
                () -> ds.asDatasetGraph().listGraphNodes().forEachRemaining(g -> {
                    if (g.equals(CGH.historyGraph)) return;
                    assertFalse(ds.asDatasetGraph()
                            .getGraph(g)
                            .find(Node.ANY, CGH.claim, Node.ANY)
                            .hasNext());
                }));
    }

    @Test
    void statusTimelineAnswersBeforeBetweenAndAfter() {
        Dataset ds = Stores.inMemory();
        write(ds, HistoryNotes.note(ClaimDiffTest.PENDING, "内部测试复现", ClaimDiffTest.K3S), T1);
        write(
                ds,
                HistoryNotes.note(ClaimDiffTest.VERIFIED, "<https://example.org/bench/docker-mem>", ClaimDiffTest.K3S),
                T2);
        write(ds, null, Instant.parse("2025-04-01T00:00:00Z"));
        Graph h = history(ds);
        Node docker =
                h.find(Node.ANY, RDF.type.asNode(), CGH.StatusChanged).next().getSubject();
        Node claim = h.find(docker, CGH.claim, Node.ANY).next().getObject();
        StatusTimeline tl = StatusTimeline.of(h);
        assertNull(tl.statusAtEndOf(claim, java.time.LocalDate.parse("2025-01-09")));
        assertEquals(CG.Pending, tl.statusAtEndOf(claim, java.time.LocalDate.parse("2025-01-10")));
        assertEquals(CG.Pending, tl.statusAtEndOf(claim, java.time.LocalDate.parse("2025-03-01")));
        assertEquals(CG.Verified, tl.statusAtEndOf(claim, java.time.LocalDate.parse("2025-03-02")));
        assertNull(tl.statusAtEndOf(claim, java.time.LocalDate.parse("2025-04-01")));
        assertEquals(4, count(h, CGH.Removed));
    }

    @Test
    void replayingTheSameWritesAddsNothing() {
        Dataset ds = Stores.inMemory();
        String v1 = HistoryNotes.note(ClaimDiffTest.PENDING, "内部测试复现", ClaimDiffTest.K3S);
        write(ds, v1, T1);
        Graph h1 = history(ds);
        write(ds, v1, T2); // same content: no run, no event
        assertEquals(h1.size(), history(ds).size());
        // the same change recorded again with the same context gives the same triples
        Dataset other = Stores.inMemory();
        write(other, v1, T1);
        Graph h2 = history(other);
        assertEquals(h1.size(), h2.size());
        for (Triple t : h1.find().toList()) assertTrue(h2.contains(t), t::toString);
        HistoryRecorder r = new HistoryRecorder();
        Txn.executeWrite(
                other,
                () -> r.apply(
                        other.asDatasetGraph(),
                        List.of(new org.claimgraph.store.NoteChange(
                                PATH,
                                org.apache.jena.graph.NodeFactory.createURI(org.claimgraph.rdf.Iris.graphIri(PATH)),
                                GraphFactory.createDefaultGraph(),
                                ClaimDiffTest.graph(v1),
                                NoteFiles.sha256(v1.getBytes(java.nio.charset.StandardCharsets.UTF_8)))),
                        at(T1)));
        assertEquals(h1.size(), history(other).size());
    }

    @Test
    void rewordingRecordsARevisionLinkedToTheOldClaim() {
        Dataset ds = Stores.inMemory();
        write(ds, HistoryNotes.note(ClaimDiffTest.PENDING, "内部测试复现", ClaimDiffTest.K3S), T1);
        write(ds, HistoryNotes.note(ClaimDiffTest.PENDING, "内部测试复现", "某公司在生产中使用 K3s 管理 320 个边缘节点。"), T2);
        Graph h = history(ds);
        List<Triple> rev = h.find(Node.ANY, RDF.type.asNode(), CGH.Revised).toList();
        assertEquals(1, rev.size());
        Node e = rev.get(0).getSubject();
        Node now = h.find(e, CGH.claim, Node.ANY).next().getObject();
        Node old = h.find(e, CGH.previousClaim, Node.ANY).next().getObject();
        assertTrue(h.contains(now, CGH.wasRevisionOf, old));
        assertTrue(h.find(e, CGH.textBefore, Node.ANY)
                .next()
                .getObject()
                .getLiteralLexicalForm()
                .contains("300"));
        StatusTimeline tl = StatusTimeline.of(h);
        assertNull(tl.statusAt(old, T2));
        assertEquals(CG.Unverifiable, tl.statusAt(now, T2));
        assertEquals(CG.Unverifiable, tl.statusAt(old, T1));
    }
}
