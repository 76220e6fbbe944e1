package org.claimgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.claimgraph.store.IngestReport;
import org.claimgraph.store.NotePipeline;
import org.claimgraph.store.SeedNotes;
import org.claimgraph.store.Stores;
import org.claimgraph.testing.Needs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * stats.rq and status-counts.rq on the user's real note agree with a count made by reading the
 * note (the derivation of each number, with its grep, is written down in the extractor's
 * {@code SeedNoteTest}; the numbers here were checked against the note, not copied from output).
 */
class SeedQueriesTest {
    private static Dataset ds;
    private static IngestReport report;

    /** Once per class, but in {@code @BeforeEach} so a missing seed is counted per test (Prerequisites). */
    @BeforeEach
    void load() {
        var dir = Needs.seeds();
        if (ds != null) return;
        Dataset d = Stores.inMemory();
        report = NotePipeline.of(d).ingest(List.of(dir.resolve(SeedNotes.SEED)));
        ds = d;
    }

    private static List<QuerySolution> run(String file) throws IOException {
        return QueryFiles.select(ds, file);
    }

    @Test
    void statusCountsMatchTheHandCount() throws IOException {
        Map<String, Integer> got = new TreeMap<>();
        for (QuerySolution s : run("status-counts.rq"))
            got.put(s.getLiteral("status").getString(), s.getLiteral("n").getInt());
        // ✅ 已验证 4; ✅ 公开可验证 38; ⚠️ 部分可验证 65; ❌ 无法验证 6 (all business cases);
        // pending = ⚠️ 待验证 16 + ⚠️ 版本号待确认 3 + ⚠️ 需要验证 2 + emoji-less "版本号待确认" 2
        // + 验证状态为"待验证" stated in prose in the two 说明 quotes without a 验证性 field (lines 1155, 1492) 2 = 25.
        // Not statuses: the header's "✅ 标注接近完成", "✅ **结论**", the "**⚠️ …说明**" emoji, the ✅ table column.
        assertEquals(
                Map.of(
                        "verified",
                        4,
                        "publicly-verifiable",
                        38,
                        "partially-verifiable",
                        65,
                        "pending",
                        25,
                        "unverifiable",
                        6),
                got);
        assertEquals(138, report.statusAssertions());
    }

    @Test
    void unverifiableClaimsAreTheSixBusinessCases() throws IOException {
        // grep -n '❌' f → six ❌ 无法验证 assessments, all business cases; each is reported once
        assertEquals(6, run("unverifiable-claims.rq").size());
    }

    @Test
    void statsMatchTheHandCount() throws IOException {
        List<QuerySolution> rows = run("stats.rq");
        assertEquals(1, rows.size());
        QuerySolution s = rows.get(0);
        assertEquals(1, s.getLiteral("notes").getInt());
        assertEquals(40, s.getLiteral("sections").getInt()); // headings outside code fences
        assertEquals(46, s.getLiteral("provenanceBlocks").getInt()); // 44 <!-- 来源标注 --> + 2 unmarked quotes
        assertEquals(138, s.getLiteral("statusAssertions").getInt()); // 136 in fields/emoji + 2 stated in prose
        assertEquals(33, s.getLiteral("urls").getInt()); // distinct http(s) URLs
        assertEquals(14, s.getLiteral("lineReferences").getInt()); // "第 N 行" / "第 N-M 行" references
        assertEquals(12, s.getLiteral("unparsedLines").getInt()); // two flattened pipe tables, 287-293 and 328-332
        assertEquals(46, report.provenanceBlocks());
        assertEquals(12, report.unparsed().size());
    }
}
