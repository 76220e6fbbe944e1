package org.claimgraph.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.claimgraph.store.ChangeStep;
import org.claimgraph.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cgf:statusesAsOf} (one pass over the timeline) gives exactly the claims and statuses that
 * {@code cgf:statusAsOf} gives claim by claim, on the three-commit repository, before, on and
 * after each commit's day; and the ready query counts the same as its first, scanning shape.
 */
class StatusesAsOfTest {
    static final List<String> DAYS =
            List.of("2025-01-09", "2025-01-10", "2025-03-01", "2025-03-02", "2025-04-14", "2025-04-15", "2026-01-01");

    static Set<String> rows(Dataset ds, String query, String day, String... vars) throws Exception {
        String q = Files.readString(Path.of(query));
        QuerySolutionMap bind = new QuerySolutionMap();
        bind.add("asOf", ResourceFactory.createTypedLiteral(day, XSDDatatype.XSDdate));
        return Txn.calculateRead(ds, () -> {
            Set<String> out = new TreeSet<>();
            try (QueryExecution qe =
                    QueryExecution.dataset(ds).query(q).substitution(bind).build()) {
                qe.execSelect().forEachRemaining(r -> {
                    StringBuilder row = new StringBuilder();
                    for (String v : vars) row.append(r.get(v)).append(' ');
                    out.add(row.toString().strip());
                });
            }
            return out;
        });
    }

    @Test
    void onePassEqualsOneCallPerClaim(@TempDir Path tmp) throws Exception {
        Dataset ds = Stores.tdb2(tmp.resolve("db"));
        GitImport.run(
                ds,
                new GitImport.Options(
                        TestRepos.threeCommits(tmp.resolve("repo")).toFile(), "", null, "test"),
                List.<ChangeStep>of(new HistoryRecorder()),
                s -> {});
        int[] sizes = new int[DAYS.size()];
        for (int i = 0; i < DAYS.size(); i++) {
            String day = DAYS.get(i);
            Set<String> onePass = rows(ds, "src/test/resources/history/statuses-as-of-rows.rq", day, "claim", "status");
            Set<String> perClaim = rows(ds, "src/test/resources/history/status-as-of-rows.rq", day, "claim", "status");
            assertEquals(perClaim, onePass, day);
            sizes[i] = onePass.size();
            assertEquals(
                    rows(ds, "src/test/resources/history/status-counts-as-of-scan.rq", day, "status", "n"),
                    rows(ds, "queries/status-counts-as-of.rq", day, "status", "n"),
                    day);
        }
        // nothing before the first commit; 4 claims (2 claims, 2 block subjects) until the third removes 2
        assertEquals(
                List.of(0, 4, 4, 4, 4, 2, 2),
                java.util.Arrays.stream(sizes).boxed().toList());
        assertEquals(
                0,
                rows(ds, "src/test/resources/history/verified-as-of.rq", "2025-03-01", "claim")
                        .size());
        assertEquals(
                2,
                rows(ds, "src/test/resources/history/verified-as-of.rq", "2025-03-02", "claim")
                        .size());
        ds.close();
    }
}
