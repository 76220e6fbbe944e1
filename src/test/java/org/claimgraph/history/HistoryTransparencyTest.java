package org.claimgraph.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.export.ExportFormat;
import org.claimgraph.export.Exporters;
import org.claimgraph.export.NodeKind;
import org.claimgraph.rdf.CGH;
import org.claimgraph.store.NotePipeline;
import org.claimgraph.store.Stores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recording history changes no answer that ignores history: the bundled examples are written
 * twice, into a TDB2 store without the history step and into one with it, through the same
 * sequence of writes (first ingest = bulk load; a status change, a rewording and a removed note),
 * and every ready query of {@code queries/} (those about history aside) and every export format
 * give the same rows and bytes. A removed or superseded claim is in no export and no answer.
 */
class HistoryTransparencyTest {
    /** The ready queries that read the history graph: empty without history, by design. */
    static final Set<String> ABOUT_HISTORY = Set.of("claim-history.rq", "changes-since.rq", "status-counts-as-of.rq");

    static final String REWORDED_FROM = "某券商核心交易库采用上述方案，全年零数据丢失，RPO = 0。";
    static final String REWORDED_TO = "某券商核心交易库采用上述方案，全年零数据丢失，RPO 为 0。";

    @TempDir
    static Path tmp;

    static Dataset plain;
    static Dataset recorded;

    @BeforeAll
    static void writeBoth() throws IOException {
        Path notes = tmp.resolve("notes");
        Files.createDirectories(notes);
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".md")).toList())
                Files.copy(p, notes.resolve(p.getFileName()));
        }
        plain = Stores.tdb2(tmp.resolve("plain"));
        recorded = Stores.tdb2(tmp.resolve("recorded"));
        NotePipeline without = NotePipeline.of(plain);
        NotePipeline with =
                NotePipeline.builder(recorded).steps(new HistoryRecorder()).build();
        for (NotePipeline p : List.of(without, with)) p.ingest(List.of(notes)); // bulk load: empty databases
        Path pg = notes.resolve("postgres-ha.md");
        String text = Files.readString(pg);
        assertTrue(text.contains("⚠️ 待验证（需要核对发行说明）") && text.contains(REWORDED_FROM));
        Files.writeString(pg, text.replace("⚠️ 待验证（需要核对发行说明）", "✅ 已验证").replace(REWORDED_FROM, REWORDED_TO));
        for (NotePipeline p : List.of(without, with)) {
            p.ingest(List.of(notes)); // batched: one note changed
            assertTrue(p.drop("ci-pipeline.md"));
        }
    }

    @Test
    void theRecordedStoreHasTheEventsTheWritesMade() {
        Graph h = copy(recorded, CGH.historyGraph);
        assertTrue(count(h, CGH.Appeared) > 20, "the bulk load recorded every claim as appeared");
        assertTrue(count(h, CGH.StatusChanged) >= 1, "PgBouncer 1.22 went pending → verified");
        assertTrue(count(h, CGH.Revised) >= 1, "the reworded business case");
        assertTrue(count(h, CGH.Removed) > 10, "every claim of the dropped note");
        assertEquals(3, count(h, CGH.Run));
        assertTrue(copy(plain, CGH.historyGraph).isEmpty());
    }

    @Test
    void everyReadyQueryAnswersTheSame() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        int compared = 0;
        Set<String> gone = supersededClaims();
        for (Path f : files) {
            if (ABOUT_HISTORY.contains(f.getFileName().toString())) continue;
            String q = Files.readString(f);
            List<String> a = rows(plain, q);
            List<String> b = rows(recorded, q);
            assertEquals(a, b, f.getFileName().toString());
            for (String row : b) for (String g : gone) assertFalse(row.contains(g), f + " lists the superseded " + g);
            compared++;
        }
        assertEquals(files.size() - ABOUT_HISTORY.size(), compared);
        assertTrue(compared >= 10, "compared " + compared + " queries");
    }

    @Test
    void everyExportWritesTheSameBytes() throws IOException {
        Set<String> gone = supersededClaims();
        Graph h = copy(recorded, CGH.historyGraph);
        assertEquals(count(h, CGH.Removed) + count(h, CGH.Revised), gone.size());
        for (ExportFormat f : ExportFormat.values()) {
            byte[] a = export(f, plain);
            byte[] b = export(f, recorded);
            assertArrayEquals(a, b, f.cliName() + " differs on a store with history");
            if (f.isDirectory()) continue; // zipped: the text check is done on the single-file formats
            String s = new String(b, StandardCharsets.UTF_8);
            for (String g : gone) assertFalse(s.contains(g), f.cliName() + " shows the superseded " + g);
            assertFalse(s.contains(REWORDED_FROM), f.cliName() + " shows the old wording");
        }
    }

    /** The IRIs of claims that were removed or replaced by a revision. */
    static Set<String> supersededClaims() {
        Graph h = copy(recorded, CGH.historyGraph);
        Set<String> out = new TreeSet<>();
        h.find(Node.ANY, RDF.type.asNode(), CGH.Removed)
                .forEachRemaining(t -> out.add(h.find(t.getSubject(), CGH.claim, Node.ANY)
                        .next()
                        .getObject()
                        .getURI()));
        h.find(Node.ANY, CGH.previousClaim, Node.ANY)
                .forEachRemaining(t -> out.add(t.getObject().getURI()));
        return out;
    }

    static byte[] export(ExportFormat f, Dataset ds) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        Exporters.write(f, ds, NodeKind.all(), b);
        return b.toByteArray();
    }

    /** Every row as text (variables sorted, blank nodes as "_"), the rows sorted. */
    static List<String> rows(Dataset ds, String query) {
        List<QuerySolution> sols = Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                return Iter.toList(qe.execSelect());
            }
        });
        List<String> out = new ArrayList<>();
        for (QuerySolution s : sols) {
            TreeSet<String> cells = new TreeSet<>();
            s.varNames().forEachRemaining(v -> {
                RDFNode n = s.get(v);
                cells.add(v + "=" + (n.isAnon() ? "_" : n.toString()));
            });
            out.add(String.join(" ", cells));
        }
        out.sort(null);
        return out;
    }

    static Graph copy(Dataset ds, Node name) {
        Graph g = GraphFactory.createDefaultGraph();
        Txn.executeRead(ds, () -> ds.asDatasetGraph().getGraph(name).find().forEachRemaining(g::add));
        return g;
    }

    static int count(Graph h, Node type) {
        return h.find(Node.ANY, RDF.type.asNode(), type).toList().size();
    }
}
