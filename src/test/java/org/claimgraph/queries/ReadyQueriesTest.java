package org.claimgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.claimgraph.rdf.TestNotes;
import org.claimgraph.store.NotePipeline;
import org.claimgraph.store.Stores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ready queries of issue 2 (a user-facing contract: file names and column names) on the
 * hand-built notes, whose expected answers are read off {@link TestNotes}.
 */
class ReadyQueriesTest {
    private static Dataset ds;

    @BeforeAll
    static void load() {
        ds = Stores.inMemory();
        NotePipeline.of(ds).store(TestNotes.small("demo/small.md"));
        NotePipeline.of(ds).store(TestNotes.structured("demo/structured.md"));
    }

    private static List<Map<String, RDFNode>> select(String file, List<String> expectedColumns) throws IOException {
        String text = Files.readString(Path.of("queries", file));
        assertTrue(text.startsWith("# " + file), file + " starts with a comment header naming it");
        Query q = QueryFactory.create(text);
        assertEquals(expectedColumns, q.getResultVars(), file + " columns");
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                ResultSet rs = qe.execSelect();
                List<Map<String, RDFNode>> rows = new ArrayList<>();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Map<String, RDFNode> row = new TreeMap<>();
                    for (String v : expectedColumns) if (s.contains(v)) row.put(v, s.get(v));
                    rows.add(row);
                }
                return rows;
            }
        });
    }

    @Test
    void statusCounts() throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        for (var row : select("status-counts.rq", List.of("status", "n"))) {
            counts.put(
                    row.get("status").asLiteral().getString(),
                    row.get("n").asLiteral().getInt());
        }
        // small: ⚠️ 部分可验证 + ❌ 无法验证; structured: ⚠️ 待验证 + ✅ 已验证
        assertEquals(
                Map.of(
                        "verified",
                        1,
                        "publicly-verifiable",
                        0,
                        "partially-verifiable",
                        1,
                        "pending",
                        1,
                        "unverifiable",
                        1),
                counts);
    }

    @Test
    void unverifiableClaims() throws IOException {
        var rows = select("unverifiable-claims.rq", List.of("claim", "text", "line"));
        assertEquals(1, rows.size());
        assertEquals("某公司在生产中使用 K3s", rows.get(0).get("text").asLiteral().getString());
        assertEquals(11, rows.get(0).get("line").asLiteral().getInt());
    }

    @Test
    void pendingVersions() throws IOException {
        var rows = select("pending-versions.rq", List.of("tool", "version", "line"));
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("Kubernetes", rows.get(0).get("tool").asLiteral().getString());
        assertEquals("1.30", rows.get(0).get("version").asLiteral().getString());
        assertEquals(32, rows.get(0).get("line").asLiteral().getInt());
    }

    @Test
    void lineReferences() throws IOException {
        var rows = select("line-references.rq", List.of("line", "target", "resolved", "actualLine"));
        assertEquals(1, rows.size());
        var r = rows.get(0);
        assertEquals(20, r.get("line").asLiteral().getInt());
        assertEquals("9", r.get("target").asLiteral().getString());
        assertTrue(r.get("resolved").asLiteral().getBoolean());
        assertEquals(9, r.get("actualLine").asLiteral().getInt());
    }

    @Test
    void stats() throws IOException {
        List<String> cols = List.of(
                "notes",
                "sections",
                "claims",
                "provenanceBlocks",
                "statusAssertions",
                "tools",
                "versions",
                "urls",
                "lineReferences",
                "unparsedLines");
        var rows = select("stats.rq", cols);
        assertEquals(1, rows.size());
        Map<String, Integer> got = new TreeMap<>();
        rows.get(0).forEach((k, v) -> got.put(k, v.asLiteral().getInt()));
        Map<String, Integer> expected = new TreeMap<>(Map.of(
                "notes",
                2,
                "sections",
                3,
                "claims",
                4,
                "provenanceBlocks",
                3,
                "statusAssertions",
                4,
                "tools",
                4,
                "versions",
                2,
                "urls",
                1,
                "lineReferences",
                1,
                "unparsedLines",
                1));
        // claims: 2 (small) + coverage claim (small) + 1 table row (structured)
        // tools: Docker, K3s, Kubernetes, WasmEdge; versions: Docker >= 24.0, Kubernetes 1.30
        assertEquals(expected, got);
    }

    @Test
    void everyReadyQueryParses() throws IOException {
        try (var files = Files.list(Path.of("queries"))) {
            List<Path> rq = files.filter(p -> p.toString().endsWith(".rq")).toList();
            assertFalse(rq.isEmpty());
            for (Path p : rq) QueryFactory.create(Files.readString(p));
        }
    }
}
