package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.claimgraph.rdf.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder is written in batches of notes per transaction: the result must be the same named
 * graphs, triple for triple, as writing every note on its own, and a broken file in the middle
 * of a batch must not cost the other notes of that batch.
 */
class BatchedIngestTest {
    @TempDir
    Path tmp;

    /** More notes than one batch holds, so at least two batches and a remainder are written. */
    private static final int NOTES = Ingestor.BATCH_NOTES * 2 + 3;

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
    void batchedFolderIngestEqualsOneTransactionPerNote() throws IOException {
        Path dir = folderOfNotes();
        Dataset batched = Stores.tdb2(tmp.resolve("batched"));
        Dataset single = Stores.tdb2(tmp.resolve("single"));
        try {
            IngestReport report = Ingestor.ingest(batched, List.of(dir));
            assertEquals(NOTES, report.notes());
            assertEquals(1, report.failures().size(), report.failures().toString());
            assertTrue(report.failures().get(0).location().contains("n050-broken.md"), report.failures().toString());

            for (int i = 0; i < NOTES; i++) {
                Path f = dir.resolve(String.format("n%03d.md", i));
                Ingestor.ingestFile(single, dir, f);
            }
            DatasetGraph a = batched.asDatasetGraph();
            DatasetGraph b = single.asDatasetGraph();
            Txn.executeRead(batched, () -> Txn.executeRead(single, () -> {
                for (int i = 0; i < NOTES; i++) {
                    var gn = org.apache.jena.graph.NodeFactory.createURI(Iris.graphIri(String.format("n%03d.md", i)));
                    assertTrue(a.getGraph(gn).size() > 0, "note " + i + " stored");
                    assertTrue(a.getGraph(gn).isIsomorphicWith(b.getGraph(gn)), "note " + i + " same triples");
                }
            }));
        } finally {
            batched.close();
            single.close();
        }
    }
}
