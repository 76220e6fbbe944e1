package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.TestNotes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoresTest {
    @TempDir
    Path tmp;

    private static long count(Dataset ds, String where) {
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds)
                    .query("PREFIX cg: <https://w3id.org/claimgraph/ontology#> SELECT (COUNT(*) AS ?count) WHERE { "
                            + where + " }")
                    .build()) {
                return qe.execSelect().next().getLiteral("count").getLong();
            }
        });
    }

    private void defaultGraphIsTheUnionOfNamedGraphs(Supplier<Dataset> open) {
        Dataset ds = open.get();
        try {
            NotePipeline.of(ds).store(TestNotes.small("a.md"));
            NotePipeline.of(ds).store(TestNotes.small("b.md"));
            assertEquals(2, count(ds, "?n a cg:Note"), "both notes visible without GRAPH");
            assertEquals(2, count(ds, "GRAPH ?g { ?n a cg:Note }"));
            // ontology loaded in its own graph and part of the union
            assertEquals(5, count(ds, "?c a cg:VerificationStatus"));
            assertEquals(5, count(ds, "GRAPH <" + Iris.ONTOLOGY_GRAPH + "> { ?c a cg:VerificationStatus }"));
            // shared tools appear once in the union
            assertEquals(1, count(ds, "?t a cg:Tool ; <http://www.w3.org/2004/02/skos/core#prefLabel> \"Docker\""));
        } finally {
            ds.close();
        }
    }

    @Test
    void inMemoryUnionDefaultGraph() {
        defaultGraphIsTheUnionOfNamedGraphs(Stores::inMemory);
    }

    @Test
    void tdb2UnionDefaultGraph() {
        defaultGraphIsTheUnionOfNamedGraphs(() -> Stores.tdb2(tmp.resolve("db")));
    }

    @Test
    void reingestReplacesOnlyThatNotesGraph() {
        Dataset ds = Stores.inMemory();
        NotePipeline.of(ds).store(TestNotes.small("a.md"));
        NotePipeline.of(ds).store(TestNotes.small("b.md"));
        Node ga = NodeFactory.createURI(Iris.graphIri("a.md"));
        Node gb = NodeFactory.createURI(Iris.graphIri("b.md"));
        var beforeB = Txn.calculateRead(
                ds, () -> ds.asDatasetGraph().getGraph(gb).find().toSet());
        var beforeA = Txn.calculateRead(
                ds, () -> ds.asDatasetGraph().getGraph(ga).find().toSet());
        NotePipeline.of(ds).store(TestNotes.small("a.md", "某公司在测试环境中使用 K3s"));
        var afterB = Txn.calculateRead(
                ds, () -> ds.asDatasetGraph().getGraph(gb).find().toSet());
        var afterA = Txn.calculateRead(
                ds, () -> ds.asDatasetGraph().getGraph(ga).find().toSet());
        assertEquals(beforeB, afterB, "b.md untouched");
        assertFalse(beforeA.equals(afterA), "a.md replaced");
        assertEquals(beforeA.size(), afterA.size());
        assertEquals(1, count(ds, "?c cg:text \"某公司在测试环境中使用 K3s\"@zh"));
        assertEquals(1, count(ds, "?c cg:text \"某公司在生产中使用 K3s\"@zh"), "only b.md still says it");
    }

    @Test
    void twoIngestsGiveIsomorphicDatasets() {
        Dataset a = Stores.inMemory();
        Dataset b = Stores.inMemory();
        for (Dataset ds : new Dataset[] {a, b}) {
            NotePipeline.of(ds).store(TestNotes.small("x/one.md"));
            NotePipeline.of(ds).store(TestNotes.structured("x/two.md"));
        }
        Txn.executeRead(
                a,
                () -> Txn.executeRead(b, () -> {
                    assertTrue(org.apache.jena.sparql.util.IsoMatcher.isomorphic(
                            Stores.asStored(a).asDatasetGraph(),
                            Stores.asStored(b).asDatasetGraph()));
                }));
    }

    @Test
    void dropNoteRemovesItsGraph() {
        Dataset ds = Stores.inMemory();
        NotePipeline.of(ds).store(TestNotes.small("a.md"));
        assertTrue(NotePipeline.of(ds).drop("a.md"));
        assertFalse(NotePipeline.of(ds).drop("a.md"));
        assertEquals(0, count(ds, "?n a cg:Note"));
    }

    @Test
    void reopeningKeepsTheOntologyGraphAsItWas() {
        Path dir = tmp.resolve("reopen");
        Node gn = NodeFactory.createURI(Iris.ONTOLOGY_GRAPH);
        Dataset first = Stores.tdb2(dir);
        var before = Txn.calculateRead(
                first, () -> first.asDatasetGraph().getGraph(gn).find().toSet());
        first.close();
        Dataset second = Stores.tdb2(dir);
        var after = Txn.calculateRead(
                second, () -> second.asDatasetGraph().getGraph(gn).find().toSet());
        second.close();
        assertEquals(before, after);
        assertTrue(before.size() > 1000);
        assertTrue(
                before.stream()
                        .noneMatch(
                                t -> t.getSubject().isBlank() || t.getObject().isBlank()),
                "blank nodes of the ontology files are skolemised");
    }

    @Test
    void missingDatabaseIsAClearError() {
        StoreException e = assertThrows(StoreException.class, () -> Stores.tdb2Existing(tmp.resolve("nope")));
        assertTrue(e.getMessage().contains("nope") && e.getMessage().contains("ingest"), e.getMessage());
    }
}
