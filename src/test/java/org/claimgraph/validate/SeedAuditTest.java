package org.claimgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.claimgraph.store.NotePipeline;
import org.claimgraph.store.Stores;
import org.claimgraph.testing.Needs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit on the user's seed note. Every expected count and line below was worked out by
 * reading the note (see the comments), not taken from the program's output. Skipped when the
 * seed folder is absent (system property {@code claimgraph.seeds}, {@code ../shared/seeds} or
 * {@code ../../shared/seeds}).
 */
class SeedAuditTest {
    static final String SEED = "000_53b8c72be127e04e.txt";
    // The note's annotations are dated 2025-11-01 (最后更新 too); an audit date shortly after
    // keeps the stale rule quiet so these tests look at the other rules.
    static final LocalDate AS_OF = LocalDate.of(2025, 11, 20);
    static Audit.Result result;

    /** Once per class, but in {@code @BeforeEach} so a missing seed is counted per test (Prerequisites). */
    @BeforeEach
    void audit() throws IOException {
        Path dir = Needs.seeds();
        if (result != null) return;
        Dataset ds = Stores.inMemory();
        NotePipeline.of(ds).ingestText("seed.md", Files.readString(dir.resolve(SEED), StandardCharsets.UTF_8));
        result = Audit.run(ds, ShapesLoader.graph(Path.of("shapes")), AS_OF, "en");
    }

    static boolean within(int line, int first, int last) {
        return line >= first && line <= last;
    }

    /**
     * Six ❌ 无法验证 statuses, all business cases: three in the "运行时层" annotation (subjects on
     * lines 1038, 1045, 1051; status lines 1041, 1048, 1053) and three in the "边缘与 Serverless"
     * annotation (subjects 1302, 1314, 1324; status lines 1304, 1316, 1326).
     */
    @Test
    void everyUnverifiableClaimIsAWarningWithTextAndLine() {
        Map<String, int[]> expected = Map.of(
                "浪潮云 10 万台边缘节点", new int[] {1038, 1041},
                "华为 KubeEdge 社区", new int[] {1045, 1048},
                "在线游戏平台", new int[] {1051, 1053},
                "浪潮云专利方案", new int[] {1302, 1304},
                "华为南方工厂", new int[] {1314, 1316},
                "腾讯小游戏", new int[] {1324, 1326});
        List<Finding> found = result.byRule("unverifiable-claim");
        assertEquals(6, found.size(), found.toString());
        for (var e : expected.entrySet()) {
            List<Finding> hits = found.stream()
                    .filter(f -> f.claimText() != null && f.claimText().contains(e.getKey()))
                    .toList();
            assertEquals(1, hits.size(), e.getKey() + " in " + found);
            Finding f = hits.get(0);
            assertEquals(Severity.WARNING, f.severity());
            assertTrue(within(f.line(), e.getValue()[0], e.getValue()[1]), e.getKey() + " at line " + f.line());
            assertEquals("seed.md", f.file());
        }
    }

    /**
     * Drifted references and where the quoted figure really is, by reading:
     * 235 "基于第 288 行已标注的 K3s 支持 1000 节点" → the judgement is annotated on line 373;
     * 269 "第 1157 行 Kwok + K3d 标注" → Kwok + K3d is on line 1199 (prose) / 1203 (annotation);
     * 711/717/722 "第 400 行性能对比表格" → the table rows 573 (13 MB vs 0.9 MB), 574 (1.2 s vs 6 ms), 576 (300 Pod vs 3000 Pod);
     * 772/778 "第 607 行性能实测表格" → the figures are in the table rows 915/916 and verbatim on 931 / 937.
     * Lines 968 and 971 (第 669-674 行 / 第 669 行 crun ≥ 1.8.5) are correct and must not be reported.
     */
    @Test
    void driftedLineReferencesWithTheRealLine() {
        Map<Integer, Set<Integer>> expected = Map.of(
                235, Set.of(373),
                269, Set.of(1199, 1203),
                711, Set.of(573),
                717, Set.of(574),
                722, Set.of(576),
                772, Set.of(915, 916, 931),
                778, Set.of(915, 916, 937));
        List<Finding> found = result.byRule("drifted-line-reference");
        for (var e : expected.entrySet()) {
            List<Finding> at =
                    found.stream().filter(f -> f.line() == e.getKey()).toList();
            assertTrue(!at.isEmpty(), "no drifted reference reported at line " + e.getKey() + ": " + found);
            boolean saysWhere = at.stream()
                    .anyMatch(
                            f -> e.getValue().stream().anyMatch(l -> f.message().contains("line " + l)));
            assertTrue(saysWhere, "line " + e.getKey() + " should point at " + e.getValue() + ": " + at);
        }
        assertTrue(found.stream().noneMatch(f -> f.line() == 968 || f.line() == 971), found.toString());
    }

    /** 1586 "Gatekeeper v3.15（已在第 1138 行标注）": line 1138 is about Docker Scout/Trivy; the version is annotated at 1236. */
    @Test
    void gatekeeperReferenceIsDrifted() {
        assertTrue(result.byRule("drifted-line-reference").stream().anyMatch(f -> f.line() == 1586));
    }

    /**
     * ✅ statuses whose own item says it still needs checking, by reading: the crun route ②
     * item (482-487: ✅ 公开可验证 with 版本号待确认), Sigstore + Cosign (1405 prose, item 1410-1415:
     * ✅ with 备注 需要验证…毕业日期) and Capsule (1740-1744: ✅ with API 版本 ⚠️ 需要验证). The
     * block at 478 also annotates the 推荐顺序 line 476, which carries the crun item too.
     */
    @Test
    void verifiedClaimsThatStillNeedVerification() {
        List<Integer> lines = result.byRule("verified-but-needs-verification").stream()
                .map(Finding::line)
                .toList();
        assertTrue(lines.stream().anyMatch(l -> within(l, 476, 487)), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> within(l, 1405, 1415)), lines.toString());
        assertTrue(
                lines.stream().allMatch(l -> within(l, 476, 487) || within(l, 1405, 1415) || within(l, 1740, 1744)),
                lines.toString());
    }

    @Test
    void capsuleStillNeedsVerification() {
        assertTrue(
                result.byRule("verified-but-needs-verification").stream().anyMatch(f -> within(f.line(), 1740, 1744)));
    }

    /**
     * The header (lines 5-6) claims "约 99%，75/75+ 处已完成". The note has 44 "<!-- 来源标注 -->"
     * blocks, plus two marker-less quote blocks that carry 验证方法/更新日期 fields (1155, 1492):
     * far from 75, and many figure-bearing lines have no annotation.
     */
    @Test
    void coverageClaimIsContradicted() {
        List<Finding> f = result.byRule("coverage-claim-contradicted");
        assertEquals(1, f.size());
        // the figures "（约 99%，75/75+ 处已完成）" are on line 6 (the sentence starts on line 5)
        assertEquals(6, f.get(0).line());
        CoverageCheck.Result c = result.coverage().get(0);
        assertEquals(75, c.statedCount());
        assertEquals(46, c.blocks()); // 44 marker blocks + the two marker-less quotes (SeedNoteTest pins the same 46)
        assertTrue(c.unannotatedClaims() > 0);
        assertTrue(f.get(0).message().contains("75") && f.get(0).message().contains(String.valueOf(c.blocks())));
    }

    /**
     * 699 (prose) and 707 (its annotation) state 镜像体积 →1/10 while the table says 13 MB vs
     * 0.9 MB (÷14.4): flagged. The 提升倍数 row (917) and its annotations (931/937/942):
     * 6/0.07 = 85.7 ≈ 85, 55/2.1 = 26.2 ≈ 26, 28000/3200 = 8.75 ≈ 8.7: pass. →1/200 (1.2 s vs
     * 6 ms) and 10× (300 vs 3000 Pod) pass too. "比 Go 插件快 85 倍" (1231) has no Go figure: recorded.
     */
    @Test
    void multiplierArithmetic() {
        Set<Integer> unsupported = result.byRule("multiplier-unsupported").stream()
                .map(Finding::line)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(699, 707), unsupported);
        for (Finding f : result.byRule("multiplier-unsupported"))
            assertTrue(
                    f.message().contains("13 MB")
                            && f.message().contains("0.9 MB")
                            && f.message().contains("→1/10"),
                    f.message());
        Map<String, MultiplierCheck.Outcome> at917 = result.multipliers().stream()
                .filter(m -> m.line() == 917)
                .collect(Collectors.toMap(MultiplierCheck.Result::expression, MultiplierCheck.Result::outcome));
        assertEquals(MultiplierCheck.Outcome.SUPPORTED, at917.get("85 ×"));
        assertEquals(MultiplierCheck.Outcome.SUPPORTED, at917.get("26 ×"));
        assertEquals(MultiplierCheck.Outcome.SUPPORTED, at917.get("8.7 ×"));
        for (int line : new int[] {931, 937, 942})
            assertTrue(
                    result.multipliers().stream()
                            .anyMatch(m -> m.line() == line && m.outcome() == MultiplierCheck.Outcome.SUPPORTED),
                    "line " + line);
        assertTrue(result.multipliers().stream()
                .anyMatch(m -> m.line() == 1231 && m.outcome() == MultiplierCheck.Outcome.NO_FIGURES));
        assertTrue(result.byRule("multiplier-no-figures").stream().anyMatch(f -> f.line() == 1231));
    }

    /** Every ✅ 已验证 of the note (490, 525, 1027, 1238) has a URL in its item: no warning. */
    @Test
    void verifiedStatusesHaveUrls() {
        assertEquals(List.of(), result.byRule("verified-without-url"));
        assertEquals(4, result.countsByStatus().get("verified"));
        assertEquals(6, result.countsByStatus().get("unverifiable"));
    }
}
