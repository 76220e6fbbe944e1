package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphDeltaTest {
    private static final Node G = NodeFactory.createURI("urn:g");

    private static Triple t(String s, String o) {
        return Triple.create(
                NodeFactory.createURI("urn:" + s), NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString(o));
    }

    private static Graph graph(Triple... ts) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Triple x : ts) g.add(x);
        return g;
    }

    private static Set<Triple> stored(DatasetGraph dsg, Node g) {
        return Txn.calculateRead(dsg, () -> Set.copyOf(dsg.getGraph(g).find().toList()));
    }

    /** Stores {@code before} as graph G, then replaces it with {@code after}; the quad writes of the replacement. */
    private static int storeThenReplace(DatasetGraph dsg, Graph before, Graph after) {
        Txn.executeWrite(
                dsg,
                () -> before.find().forEachRemaining(x -> dsg.add(G, x.getSubject(), x.getPredicate(), x.getObject())));
        return Txn.calculateWrite(dsg, () -> GraphDelta.replace(dsg, G, before, after));
    }

    @Test
    void writesOnlyTheDifferenceAndEndsEqualToAfter() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Graph before = graph(t("a", "1"), t("b", "2"), t("c", "3"));
        Graph after = graph(t("b", "2"), t("c", "3"), t("d", "4"));
        int writes = storeThenReplace(dsg, before, after);
        assertEquals(2, writes);
        assertEquals(Set.copyOf(after.find().toList()), stored(dsg, G));
    }

    @Test
    void blankNodesReplaceTheGraphWhole() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Triple withBlank = Triple.create(
                NodeFactory.createBlankNode(), NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("x"));
        Graph before = graph(t("a", "1"), withBlank);
        Graph after = graph(t("a", "1"), t("d", "4"));
        int writes = storeThenReplace(dsg, before, after);
        assertEquals(4, writes);
        assertEquals(Set.copyOf(after.find().toList()), stored(dsg, G));
    }

    /** Counts quad adds and deletes in every graph: the note's and the bookkeeping ones (its recorded hash). */
    private static final class CountingWrites extends DatasetGraphWrapper {
        final AtomicInteger noteQuads = new AtomicInteger();

        CountingWrites(DatasetGraph dsg) {
            super(dsg);
        }

        @Override
        public void add(Node g, Node s, Node p, Node o) {
            noteQuads.incrementAndGet();
            super.add(g, s, p, o);
        }

        @Override
        public void delete(Node g, Node s, Node p, Node o) {
            noteQuads.incrementAndGet();
            super.delete(g, s, p, o);
        }
    }

    @Test
    void aStatusEditOnTheRealWritePathRewritesAFewQuadsAndStoresTheSameGraphAsAFreshIngest(@TempDir Path dir)
            throws Exception {
        Path root = dir.resolve("notes");
        Files.createDirectories(root);
        Path note = root.resolve("ci-pipeline.md");
        String text = Files.readString(Path.of("examples/ci-pipeline.md"), StandardCharsets.UTF_8);
        Files.writeString(note, text, StandardCharsets.UTF_8);
        CountingWrites counting = new CountingWrites(DatasetGraphFactory.createTxnMem());
        Dataset ds = DatasetFactory.wrap(counting);
        List<List<NoteChange>> seen = new ArrayList<>();
        NotePipeline pipeline = NotePipeline.builder(ds)
                .steps((dsg, changes, ctx) -> seen.add(List.copyOf(changes)))
                .build();
        pipeline.ingestFile(root, note); // the example's half-written block is reported and kept
        Node gn = NoteProducer.graphName("ci-pipeline.md");
        int size = Txn.calculateRead(ds, () -> ds.asDatasetGraph().getGraph(gn).size());
        assertTrue(size > 100, "the note was stored: " + size);

        String edited = text.replace("✅ 公开可验证（CD Foundation 公告）", "❌ 无法验证（CD Foundation 公告）");
        assertNotEquals(text, edited, "the example still holds the line this test edits");
        Files.writeString(note, edited, StandardCharsets.UTF_8);
        counting.noteQuads.set(0);
        pipeline.ingestFile(root, note);
        int writes = counting.noteQuads.get();
        assertTrue(writes > 0 && writes < size / 10, writes + " quad writes for a graph of " + size);

        Dataset fresh = DatasetFactory.createTxnMem();
        NotePipeline.of(fresh).ingestFile(root, note);
        Set<Triple> expected = stored(fresh.asDatasetGraph(), gn);
        assertEquals(expected, stored(ds.asDatasetGraph(), gn));
        NoteChange last = seen.get(seen.size() - 1).get(0);
        assertEquals(expected, Set.copyOf(last.after().find().toList()), "the steps see the stored graph");
        assertNotEquals(expected, Set.copyOf(last.before().find().toList()), "and the graph before the edit");
    }
}
