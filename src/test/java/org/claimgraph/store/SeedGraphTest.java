package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.claimgraph.rdf.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stability of the graph on the user's real note (skipped when the seed is not beside the repo). */
class SeedGraphTest {
    @TempDir
    Path tmp;

    private static Path seed() {
        return org.claimgraph.testing.Needs.seeds().resolve(SeedNotes.SEED);
    }

    private static Set<Triple> graph(Dataset ds, String rel) {
        Node g = NodeFactory.createURI(Iris.graphIri(rel));
        return Txn.calculateRead(
                ds, () -> ds.asDatasetGraph().getGraph(g).find().toSet());
    }

    @Test
    void seedTwiceGivesIsomorphicDatasets() {
        Path seed = seed();
        Dataset a = Stores.inMemory();
        Dataset b = Stores.tdb2(tmp.resolve("db"));
        IngestReport ra = NotePipeline.of(a).ingest(List.of(seed));
        IngestReport rb = NotePipeline.of(b).ingest(List.of(seed));
        assertEquals(1, ra.notes());
        assertEquals(ra, rb, "same report");
        assertTrue(ra.triples() > 5000, "triples: " + ra.triples());
        Set<Triple> ga = graph(a, SeedNotes.SEED);
        Set<Triple> gb = graph(b, SeedNotes.SEED);
        assertEquals(ga, gb, "same IRIs and triples in memory and in TDB2");
        // the same named graphs; the ontology graph has the same size (TDB2 writes some literals in
        // canonical form, e.g. "1.0"^^xsd:double as "1.0e0", so it is compared by size)
        Set<Node> names = Txn.calculateRead(
                a,
                () -> org.apache.jena.atlas.iterator.Iter.toSet(
                        a.asDatasetGraph().listGraphNodes()));
        assertEquals(
                names,
                Txn.calculateRead(
                        b,
                        () -> org.apache.jena.atlas.iterator.Iter.toSet(
                                b.asDatasetGraph().listGraphNodes())));
        Node onto = NodeFactory.createURI(Iris.ONTOLOGY_GRAPH);
        assertEquals(
                (long) Txn.calculateRead(
                        a, () -> a.asDatasetGraph().getGraph(onto).size()),
                (long) Txn.calculateRead(
                        b, () -> b.asDatasetGraph().getGraph(onto).size()));
        // and two in-memory ingests give isomorphic datasets, ontology included
        Dataset c = Stores.inMemory();
        NotePipeline.of(c).ingest(List.of(seed));
        Txn.executeRead(
                a,
                () -> Txn.executeRead(
                        c,
                        () -> assertTrue(IsoMatcher.isomorphic(
                                Stores.asStored(a).asDatasetGraph(),
                                Stores.asStored(c).asDatasetGraph()))));
        b.close();
    }

    @Test
    void changingOneLineChangesOnlyThatNotesGraph() throws IOException {
        Path seed = seed();
        Path notes = Files.createDirectories(tmp.resolve("notes"));
        Path copy = notes.resolve("seed.md");
        Files.copy(seed, copy);
        Files.writeString(notes.resolve("other.md"), "# 另一篇\n\n- K3s 支持边缘节点。\n", StandardCharsets.UTF_8);
        Dataset ds = Stores.inMemory();
        NotePipeline.of(ds).ingest(List.of(notes));
        Set<Triple> seedBefore = graph(ds, "seed.md");
        Set<Triple> otherBefore = graph(ds, "other.md");
        Set<Triple> ontologyBefore = Txn.calculateRead(
                ds,
                () -> ds.asDatasetGraph()
                        .getGraph(NodeFactory.createURI(Iris.ONTOLOGY_GRAPH))
                        .find()
                        .toSet());

        // change the last non-blank line of the seed
        List<String> lines = Files.readAllLines(copy, StandardCharsets.UTF_8);
        int last = lines.size() - 1;
        while (lines.get(last).isBlank()) last--;
        lines.set(last, lines.get(last) + " 已修改");
        Files.write(copy, lines, StandardCharsets.UTF_8);
        IngestReport r = NotePipeline.of(ds).ingestFile(notes, copy);
        assertEquals(1, r.notes());

        Set<Triple> seedAfter = graph(ds, "seed.md");
        assertNotEquals(seedBefore, seedAfter, "the edited note's graph changed");
        assertEquals(otherBefore, graph(ds, "other.md"), "the other note's graph is untouched");
        assertEquals(
                ontologyBefore,
                Txn.calculateRead(
                        ds,
                        () -> ds.asDatasetGraph()
                                .getGraph(NodeFactory.createURI(Iris.ONTOLOGY_GRAPH))
                                .find()
                                .toSet()));
        // most of the edited note's triples survive: IRIs do not depend on line positions elsewhere
        long kept = seedBefore.stream().filter(seedAfter::contains).count();
        assertTrue(kept > seedBefore.size() * 0.95, "kept " + kept + " of " + seedBefore.size());
    }
}
