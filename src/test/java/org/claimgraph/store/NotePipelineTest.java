package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.claimgraph.rdf.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one write path: unchanged notes are recognised by their hash and not re-written, every
 * write transaction hands the change steps one {@link NoteChange} per written or dropped note
 * (before = what the store held, after = the new graph) and runs them in that transaction.
 */
class NotePipelineTest {
    @TempDir
    Path tmp;

    /** Records every call, and writes one marker triple per change into its own graph (to prove it runs inside the transaction). */
    static final class Recorder implements ChangeStep {
        static final Node GRAPH = NodeFactory.createURI("https://example.org/step");
        final List<List<NoteChange>> calls = new ArrayList<>();
        final List<WriteContext> contexts = new ArrayList<>();

        @Override
        public void apply(
                org.apache.jena.sparql.core.DatasetGraph dsg, List<NoteChange> changes, WriteContext context) {
            calls.add(List.copyOf(changes));
            contexts.add(context);
            for (NoteChange c : changes) {
                assertTrue(dsg.isInTransaction(), "steps run inside the write transaction");
                assertEquals(
                        c.after().size(), dsg.getGraph(c.graphName()).size(), "the note's graph already holds 'after'");
                dsg.add(
                        GRAPH,
                        c.graphName(),
                        GRAPH,
                        NodeFactory.createLiteralString(c.removed() ? "removed" : c.sha256()));
            }
        }

        List<NoteChange> all() {
            return calls.stream().flatMap(List::stream).toList();
        }
    }

    private Path notes(int n) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("notes"));
        for (int i = 0; i < n; i++) {
            Files.writeString(
                    dir.resolve("n" + i + ".md"),
                    "# 笔记 " + i + "\n\n- 服务延迟为 " + (i + 1) + " ms。\n",
                    StandardCharsets.UTF_8);
        }
        return dir;
    }

    private static long stepTriples(Dataset ds) {
        return Txn.calculateRead(
                ds, () -> ds.asDatasetGraph().getGraph(Recorder.GRAPH).size());
    }

    @Test
    void reingestSkipsUnchangedNotesAndStepsSeeOnlyTheEditedOne() throws Exception {
        Path dir = notes(5);
        Recorder rec = new Recorder();
        Dataset ds = Stores.tdb2(tmp.resolve("db"));
        try {
            NotePipeline p = NotePipeline.builder(ds).steps(rec).build();
            IngestReport first = p.ingest(List.of(dir)); // bulk: steps run after the load, before = empty
            assertEquals(5, first.notes());
            assertEquals(0, first.unchanged());
            assertEquals(5, rec.all().size());
            assertTrue(rec.all().stream()
                    .allMatch(
                            c -> c.added() && c.before().isEmpty() && !c.after().isEmpty()));
            assertEquals(5, stepTriples(ds), "the steps' writes were committed");

            rec.calls.clear();
            IngestReport again = p.ingest(List.of(dir));
            assertEquals(5, again.notes());
            assertEquals(5, again.unchanged());
            assertEquals(0, again.triples(), "nothing re-written");
            assertTrue(rec.calls.isEmpty(), "no NoteChange for unchanged notes: " + rec.calls);

            Path edited = dir.resolve("n2.md");
            Files.writeString(edited, Files.readString(edited).replace("延迟为 3 ms", "延迟为 30 ms"));
            IngestReport third = p.ingest(List.of(dir));
            assertEquals(4, third.unchanged());
            assertEquals(1, rec.all().size());
            NoteChange c = rec.all().get(0);
            assertEquals("n2.md", c.path());
            assertFalse(c.added());
            assertFalse(c.before().isIsomorphicWith(c.after()), "before is the old graph, after the new one");
            assertEquals(NoteFiles.sha256(Files.readAllBytes(edited)), c.sha256());

            rec.calls.clear();
            assertEquals(1, p.ingestFile(dir, edited).unchanged(), "a single unchanged file is not re-written either");
            assertTrue(rec.calls.isEmpty());
        } finally {
            ds.close();
        }
    }

    @Test
    void aStepThatThrowsLeavesTheNoteAsItWas() throws Exception {
        Path dir = notes(1);
        Dataset ds = Stores.inMemory();
        NotePipeline.of(ds).ingest(List.of(dir));
        Node gn = NodeFactory.createURI(Iris.graphIri("n0.md"));
        long before = Txn.calculateRead(
                ds, () -> (long) ds.asDatasetGraph().getGraph(gn).size());
        Files.writeString(dir.resolve("n0.md"), "# 改了\n\n- 完全不同的内容 42 ms。\n- 第二行 7 ms。\n");
        NotePipeline failing = NotePipeline.builder(ds)
                .steps((dsg, changes, ctx) -> {
                    throw new IllegalStateException("step refused");
                })
                .build();
        IngestReport r = failing.ingestFile(dir, dir.resolve("n0.md"));
        assertEquals(0, r.notes());
        assertTrue(
                r.failures().get(0).message().contains("step refused"),
                r.failures().toString());
        assertEquals(
                before,
                (long) Txn.calculateRead(
                        ds, () -> (long) ds.asDatasetGraph().getGraph(gn).size()),
                "graph not replaced");
        IngestReport next = NotePipeline.of(ds).ingestFile(dir, dir.resolve("n0.md"));
        assertEquals(0, next.unchanged(), "the hash was not recorded either: the next ingest writes the note");
        assertEquals(1, next.notes());
    }

    @Test
    void applyWritesSeveralNotesAndRemovalsInOneTransactionWithTheGivenContext() throws Exception {
        Dataset ds = Stores.inMemory();
        Recorder rec = new Recorder();
        NotePipeline p = NotePipeline.builder(ds).steps(rec).build();
        p.ingestText("a.md", "# A\n\n- K3s 启动 2 秒。\n");
        rec.calls.clear();
        rec.contexts.clear();
        WriteContext commit = new WriteContext(
                Instant.parse("2026-03-01T10:00:00Z"),
                "Ann",
                NotePipeline.TOOL,
                Optional.of(new WriteContext.Commit(
                        "a".repeat(40), "Ann", "ann@example.org", Instant.parse("2026-03-01T10:00:00Z"))));
        IngestReport r = p.with(commit)
                .apply(
                        List.of(
                                new NotePipeline.NoteInput(
                                        "b.md", "# B\n\n- 延迟 5 ms。\n".getBytes(StandardCharsets.UTF_8)),
                                new NotePipeline.NoteInput("c.md", new byte[] {(byte) 0xC3, (byte) 0x28})),
                        List.of("a.md", "never-was.md"));
        assertEquals(1, rec.calls.size(), "one transaction, one call");
        List<NoteChange> changes = rec.calls.get(0);
        assertEquals(
                List.of("b.md", "a.md"), changes.stream().map(NoteChange::path).toList());
        assertTrue(changes.get(1).removed()
                && changes.get(1).after().isEmpty()
                && !changes.get(1).before().isEmpty());
        assertSame(commit, rec.contexts.get(0));
        assertEquals(1, r.failures().size(), "the note that is not UTF-8 is refused with its name and line");
        assertEquals("c.md:1", r.failures().get(0).location());
        assertEquals(List.of("b.md"), Stores.notePaths(ds));
    }

    @Test
    void dropSaysWhetherTheNoteExistedAndForgetsItsHash() throws Exception {
        Path dir = notes(1);
        Dataset ds = Stores.inMemory();
        Recorder rec = new Recorder();
        NotePipeline p = NotePipeline.builder(ds).steps(rec).build();
        p.ingest(List.of(dir));
        assertTrue(p.drop("n0.md"));
        assertFalse(p.drop("n0.md"));
        assertEquals(2, rec.all().size(), "one add, one removal: a drop of nothing is no change");
        assertEquals(0, p.ingest(List.of(dir)).unchanged(), "a dropped note is written again, not taken as unchanged");
    }
}
