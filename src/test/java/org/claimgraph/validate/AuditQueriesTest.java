package org.claimgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.claimgraph.store.Stores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ready queries of this issue over the hand-written note graph plus its stored audit. */
class AuditQueriesTest {
    static Dataset ds;

    @BeforeAll
    static void load() {
        ds = Stores.inMemory();
        Txn.executeWrite(ds, () -> RDFDataMgr.read(ds, "src/test/resources/audit/mini.trig"));
        Audit.store(ds, Audit.run(ds, ShapesLoader.graph(Path.of("shapes")), LocalDate.of(2026, 11, 25), "en"));
    }

    static List<QuerySolution> rows(String file, List<String> columns) throws Exception {
        String q = Files.readString(Path.of("queries", file));
        List<QuerySolution> out = new ArrayList<>();
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                ResultSet rs = qe.execSelect();
                assertEquals(columns, rs.getResultVars(), file + " columns");
                rs.forEachRemaining(out::add);
            }
        });
        return out;
    }

    static Set<Integer> lines(List<QuerySolution> rows) {
        Set<Integer> out = new TreeSet<>();
        for (QuerySolution r : rows)
            if (r.contains("line")) out.add(r.getLiteral("line").getInt());
        return out;
    }

    @Test
    void auditFindings() throws Exception {
        List<QuerySolution> r = rows("audit-findings.rq", List.of("severity", "rule", "note", "line", "message"));
        assertTrue(
                r.stream()
                        .anyMatch(s -> s.getLiteral("severity").getString().equals("warning")
                                && s.getLiteral("rule").getString().equals("unverifiable-claim")
                                && s.getLiteral("note").getString().equals("notes/mini.md")
                                && s.getLiteral("line").getInt() == 45),
                r.toString());
        assertTrue(r.stream()
                .allMatch(s -> Set.of("violation", "warning", "info")
                        .contains(s.getLiteral("severity").getString())));
        assertEquals(
                "warning", r.get(0).getLiteral("severity").getString(), "most serious first (no violations in mini)");
    }

    /** Audit date 2026-11-25 (from the stored run): a2 (2024-01-15) and block b1 (2025-11-01) are stale → claim c30. */
    @Test
    void staleClaims() throws Exception {
        List<QuerySolution> r =
                rows("stale-claims.rq", List.of("claim", "text", "note", "line", "updated", "noteDate", "problem"));
        assertEquals(Set.of(30), lines(r));
        assertTrue(r.stream().allMatch(s -> s.getLiteral("problem").getString().equals("stale")));
    }

    /** The only ✅ in mini (line 50) has a URL. */
    @Test
    void verifiedWithoutUrl() throws Exception {
        assertEquals(
                List.of(),
                rows(
                        "verified-without-url.rq",
                        List.of("claim", "text", "note", "line", "status", "phrase", "methodText")));
    }

    /** Table rows 10-12, 20-21 have no environment; 30 has a placeholder one ("需要补充…"). */
    @Test
    void performanceWithoutEnvironment() throws Exception {
        assertEquals(
                Set.of(10, 11, 12, 20, 21, 30),
                lines(rows(
                        "performance-without-environment.rq",
                        List.of("claim", "text", "note", "line", "environment"))));
    }
}
