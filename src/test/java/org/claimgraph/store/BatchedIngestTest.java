package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.claimgraph.rdf.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder goes into a new TDB2 database through the bulk loader ({@link BulkTdbSink}) and into
 * one that holds notes already in batches of notes per transaction: either way the result must
 * be the same named graphs, triple for triple, as writing every note on its own, and a broken
 * file in the middle must not cost the other notes.
 */
class BatchedIngestTest {
    @TempDir
    Path tmp;

    /** More notes than one batch holds, so at least two batches and a remainder are written. */
    private static final int NOTES = BatchedTdbSink.BATCH_NOTES * 2 + 3;

    private Path folderOfNotes() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("notes"));
        for (int i = 0; i < NOTES; i++) {
            String text = "# 笔记 " + i + "\n\n某服务在 " + i + " 个节点上的延迟为 " + (i + 1) + " ms。\n\n"
                    + "<!-- 来源标注 -->\n\n> **性能数据**：延迟 " + (i + 1) + " ms\n>\n"
                    + "> - **来源类型**：内部测试\n> - **验证性**：⚠️ 部分可验证\n> - **更新日期**：2025-11-01\n";
            Files.writeString(dir.resolve(String.format("n%03d.md", i)), text, StandardCharsets.UTF_8);
        }
        Files.write(dir.resolve("n050-broken.md"), new byte[] {(byte) 0xC3, (byte) 0x28, 'x', '\n'});
        return dir;
    }

    @Test
    void firstIngestEqualsOneTransactionPerNote() throws IOException {
        Path dir = folderOfNotes();
        Dataset first = Stores.tdb2(tmp.resolve("first"));
        Dataset single = Stores.tdb2(tmp.resolve("single"));
        try {
            assertTrue(BulkTdbSink.applies(first), "a new database takes the bulk-load path");
            IngestReport report = NotePipeline.of(first).ingest(List.of(dir));
            assertEquals(NOTES, report.notes());
            assertEquals(1, report.failures().size(), report.failures().toString());
            assertTrue(
                    report.failures().get(0).location().contains("n050-broken.md"),
                    report.failures().toString());

            for (int i = 0; i < NOTES; i++) {
                Path f = dir.resolve(String.format("n%03d.md", i));
                NotePipeline.of(single).ingestFile(dir, f);
            }
            assertSameNoteGraphs(first, single);
        } finally {
            first.close();
            single.close();
        }
    }

    /** Every note graph of {@code a} is isomorphic with the same graph of {@code b}. */
    private static void assertSameNoteGraphs(Dataset a, Dataset b) {
        Txn.executeRead(
                a,
                () -> Txn.executeRead(b, () -> {
                    for (int i = 0; i < NOTES; i++) {
                        var gn = org.apache.jena.graph.NodeFactory.createURI(
                                Iris.graphIri(String.format("n%03d.md", i)));
                        assertTrue(a.asDatasetGraph().getGraph(gn).size() > 0, "note " + i + " stored");
                        assertTrue(
                                a.asDatasetGraph()
                                        .getGraph(gn)
                                        .isIsomorphicWith(b.asDatasetGraph().getGraph(gn)),
                                "note " + i + " same triples");
                    }
                }));
    }

    @Test
    void reingestIntoAStoreWithNotesReplacesGraphsInBatches() throws IOException {
        Path dir = folderOfNotes();
        Dataset db = Stores.tdb2(tmp.resolve("db"));
        Dataset single = Stores.tdb2(tmp.resolve("single"));
        try {
            NotePipeline.of(db).ingest(List.of(dir)); // bulk: the store had no notes
            assertFalse(BulkTdbSink.applies(db), "a store with notes is never bulk-loaded again");
            for (int i = 0; i < NOTES; i += 7) { // edit every 7th note: its figure changes
                Path f = dir.resolve(String.format("n%03d.md", i));
                Files.writeString(
                        f, Files.readString(f).replace("延迟为 " + (i + 1) + " ms", "延迟为 " + (i + 1000) + " ms"));
            }
            IngestReport again = NotePipeline.of(db).ingest(List.of(dir));
            assertEquals(NOTES, again.notes());
            for (int i = 0; i < NOTES; i++)
                NotePipeline.of(single).ingestFile(dir, dir.resolve(String.format("n%03d.md", i)));
            assertSameNoteGraphs(db, single);
        } finally {
            db.close();
            single.close();
        }
    }

    @Test
    void bulkLoadLeavesNoMarkerAndAnUnfinishedOneIsRefused() throws IOException {
        Path dir = folderOfNotes();
        Path dbDir = tmp.resolve("db");
        Dataset db = Stores.tdb2(dbDir);
        assertTrue(BulkTdbSink.applies(db), "a new database holds no notes");
        NotePipeline.of(db).ingest(List.of(dir));
        db.close();
        assertFalse(Files.exists(dbDir.resolve(BulkTdbSink.MARKER)), "marker removed after a finished load");

        Path other = tmp.resolve("interrupted");
        Stores.tdb2(other).close();
        Files.writeString(other.resolve(BulkTdbSink.MARKER), "left by a killed ingest");
        StoreException e = assertThrows(StoreException.class, () -> Stores.tdb2(other));
        assertTrue(
                e.getMessage().contains(other.toString()) && e.getMessage().contains("delete the folder"),
                e.getMessage());
    }

    @Test
    void aFailingBulkLoadSaysSoAndTheFolderIsRefusedAfterwards() {
        Path dbDir = tmp.resolve("db");
        Dataset db = Stores.tdb2(dbDir);
        Graph broken = new GraphBase() {
            @Override
            protected ExtendedIterator<Triple> graphBaseFind(Triple m) {
                throw new IllegalStateException("disk on fire");
            }
        };
        var gn = org.apache.jena.graph.NodeFactory.createURI(Iris.graphIri("x.md"));
        StoreException e;
        try (BulkTdbSink bulk = new BulkTdbSink(db, new NoteTransaction.Steps(List.of(), WriteContext.now("test")))) {
            e = assertThrows(
                    StoreException.class,
                    () -> bulk.accept(new PreparedNote("x.md", gn, broken, "00", IngestReport.empty())));
        }
        assertTrue(
                e.getMessage().contains("disk on fire") && e.getMessage().contains("delete that folder"),
                e.getMessage());
        db.close();
        assertTrue(Files.exists(dbDir.resolve(BulkTdbSink.MARKER)));
        assertThrows(StoreException.class, () -> Stores.tdb2(dbDir));
    }

    @Test
    void aStaleGraphUnderANotesNameIsReplacedNotMergedByTheBulkLoad() throws IOException {
        Path dir = folderOfNotes();
        Dataset db = Stores.tdb2(tmp.resolve("db"));
        Dataset single = Stores.tdb2(tmp.resolve("single"));
        try {
            // a graph named like note 3 but holding no cg:Note (left by some other tool): the store still counts as new
            var gn = org.apache.jena.graph.NodeFactory.createURI(Iris.graphIri("n003.md"));
            var stale = org.apache.jena.graph.NodeFactory.createURI("https://example.org/stale");
            Txn.executeWrite(db, () -> db.asDatasetGraph().add(gn, stale, stale, stale));
            assertTrue(BulkTdbSink.applies(db));
            NotePipeline.of(db).ingest(List.of(dir));
            Txn.executeRead(
                    db,
                    () -> assertFalse(db.asDatasetGraph().contains(gn, stale, stale, stale), "stale triple dropped"));
            for (int i = 0; i < NOTES; i++)
                NotePipeline.of(single).ingestFile(dir, dir.resolve(String.format("n%03d.md", i)));
            assertSameNoteGraphs(db, single);
        } finally {
            db.close();
            single.close();
        }
    }
}
