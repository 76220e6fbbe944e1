package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.claimgraph.testing.Needs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The user's real note. Every expected number below was counted on the note itself with the
 * shell command or reading given in the comment, not copied from the extractor's output.
 * (f = 000_53b8c72be127e04e.txt)
 */
class SeedNoteTest {
    static final String SEED = "000_53b8c72be127e04e.txt";
    static Model.Note note;
    static Map<String, Integer> counts;

    /** Once per class, but in {@code @BeforeEach} so a missing seed is counted per test (Prerequisites). */
    @BeforeEach
    void load() throws Exception {
        Path f = Needs.seeds().resolve(SEED);
        if (counts != null) return;
        note = NoteExtractor.extract("seeds/" + SEED, Files.readString(f, StandardCharsets.UTF_8));
        counts = NoteCounts.of(note);
    }

    @Test
    void lineCountAndHeader() {
        assertEquals(2079, note.lineCount()); // wc -l (the file ends with a newline)
        assertEquals(LocalDate.of(2025, 11, 1), note.documentDate()); // header: **最后更新**：2025-11-01
        Model.CoverageClaim c = note.coverage(); // header line 6: (约 99%，75/75+ 处已完成)
        assertNotNull(c);
        assertEquals(99.0, c.percent());
        assertEquals(75, c.annotated());
        assertEquals("75+", c.totalText());
        assertEquals(6, c.line());
    }

    @Test
    void provenanceBlocks() {
        // grep -c '<!-- 来源标注 -->' f  → 44 marker blocks, plus two quotes that carry provenance fields
        // without the marker: the "⚠️ 版本信息说明" quote (**验证方法** list + **更新日期**) and the
        // "⚠️ 验证状态说明" quote (**最后验证日期** / **当前验证日期** / **验证环境**). 44 + 2 = 46.
        assertEquals(46, counts.get("blocks"));
        // awk: markers between an odd number of ``` lines → 2 (one in a mermaid mindmap, one in a bash block)
        assertEquals(2, counts.get("blocks.code-fence"));
        // grep -c '^ \+<!-- 来源标注 -->' f → 18 indented markers inside list items
        assertEquals(18, counts.get("blocks.indented"));
        assertEquals(2, counts.get("blocks.quote"));
        assertEquals(44 - 2 - 18, counts.get("blocks.comment-quote"));
        // every block follows the prose, table, list item or code it annotates
        assertEquals(0, counts.get("blocks.unattached"));
    }

    /** A block whose status was read is never "half-written: no status"; the seed's two prose-status blocks included. */
    @Test
    void noBlockIsBothWithAStatusAndHalfWritten() {
        int prose = 0;
        for (Model.ProvenanceBlock b : note.blocks()) {
            boolean status =
                    b.assessments().stream().anyMatch(a -> !a.statuses().isEmpty());
            boolean half = b.problems().stream().anyMatch(p -> p.startsWith("half-written"));
            assertTrue(
                    status != half,
                    "block at line " + b.firstLine() + ": status read " + status + ", half-written " + half);
            prose += (int) b.assessments().stream()
                    .flatMap(a -> a.statuses().stream())
                    .filter(Model.StatusAssertion::inProse)
                    .count();
        }
        assertEquals(2, prose, "the two 说明 quotes at lines 1155 and 1492 state 验证状态为\"待验证\"");
    }

    @Test
    void statusAssertionsByStatus() {
        // grep -o "✅\|⚠️\|⚠\|❌" f | wc -l → 166 emoji. Not statuses: line 6 "✅ 标注接近完成", the
        // "✅ **结论**" line, 18 quote lines "**⚠️ …说明**" (grep -c '说明\*\*'), and the 12 ✅ cells of the
        // θ table (grep -c '| ✅     |') → 166 - 32 = 134 emoji statuses. By phrase (grep -o emoji +
        // ≤6 chars + keyword): ⚠ 部分可验证 65, ✅ 公开可验证 38, ⚠ 待验证 16, ❌ 无法验证 6, ✅ 已验证 4,
        // ⚠ 待确认 3 (版本号待确认), ⚠ 需要验证 2 → 134. Plus two emoji-less version statuses
        // "- OPA-Wasm：版本号待确认", "- Sigstore：版本号待确认" (lines 1472-1473) → 136. Plus two statuses
        // stated in prose in "**⚠️ …说明**" quotes that have no 验证性 field (lines 1155 and 1492:
        // grep -n '验证状态为"待验证"' f) → 138.
        assertEquals(138, counts.get("statuses"));
        assertEquals(4, counts.get("statuses.verified"));
        assertEquals(38, counts.get("statuses.publicly-verifiable"));
        assertEquals(65, counts.get("statuses.partially-verifiable"));
        assertEquals(16 + 3 + 2 + 2 + 2, counts.get("statuses.pending"));
        assertEquals(6, counts.get("statuses.unverifiable"));
    }

    @Test
    void unverifiableAssessmentsAreBusinessCases() {
        // the six ❌ lines (grep -n '❌' f) are all under 商业案例 headers
        List<Model.Claim> bad = note.claims().stream()
                .filter(c -> c.assessments().size() == 1 && c.kind() == ClaimKind.BUSINESS_CASE)
                .filter(c -> statusOf(c.assessments().get(0)).contains(VerificationStatus.UNVERIFIABLE))
                .toList();
        assertEquals(6, bad.size());
    }

    private static List<VerificationStatus> statusOf(Model.AssessmentRef r) {
        return note.blocks().get(r.blockIndex()).assessments().get(r.assessmentIndex()).statuses().stream()
                .map(Model.StatusAssertion::status)
                .toList();
    }

    @Test
    void urlsAndUpdateDates() {
        // grep -o 'https\?://' f | wc -l → 41 URL occurrences; distinct (sort -u) → 33
        assertEquals(41, counts.get("urls"));
        assertEquals(33, counts.get("urls.distinct"));
        // grep -o '更新日期\*\*：2025-11-01' f | wc -l → 45, each read as a date on its block or assessment
        assertEquals(45, counts.get("updateDates"));
    }

    @Test
    void lineReferences() {
        // grep -n '第 [0-9-]* 行' f → lines 235 236 237 268 269 711 717 722 772 778 968 971 1586 2013: 14
        assertEquals(14, counts.get("lineReferences"));
        // Drifted, by reading the targets: 235 ("K3s 支持 1000 节点" is not on 288, a flattened table),
        // 269 (Kwok + K3d is at 1199, not 1157), 711/717/722 (the figures are in the table at 573-576,
        // line 400 is a heading), 772/778 (the OPA table is at 915-916, not 607), 1586 (Gatekeeper v3.15
        // is at 1231, not 1138) → 8. Resolved: 968 and 971 (crun ≥ 1.8.5 is on 669). No figure but a named
        // kind (…标注 → a provenance block): 236 and 237 name an annotation on line 288, which is a flattened
        // table paragraph (the K3s judgement is annotated at 370-373) → drifted, 10 in all; 268 names one on 1157,
        // inside the block 1155-1159 → resolved. No figure, no kind: 2013 (resolved when the target line exists).
        assertEquals(10, counts.get("lineReferences.drifted"));
        Model.LineReference r = note.lineReferences().stream()
                .filter(x -> x.fromLine() == 711)
                .findFirst()
                .orElseThrow();
        assertEquals(400, r.targetFirst());
        assertEquals(573, r.actualLine()); // the 镜像体积 row of the 性能对比 table
        Model.LineReference ok = note.lineReferences().stream()
                .filter(x -> x.fromLine() == 968)
                .findFirst()
                .orElseThrow();
        assertTrue(ok.resolved());
        assertEquals(669, ok.targetFirst());
        assertEquals(674, ok.targetLast());
    }

    @Test
    void diagramsTablesAndMatrices() {
        // grep -c '^|.*|$' runs (awk: a new table starts at a '|' line after a non-'|' line) → 19 tables
        assertEquals(19, counts.get("tables"));
        // ``` lines: grep -c '^ *```' f → 52 = 26 fenced blocks
        assertEquals(26, counts.get("codeBlocks"));
        // awk over mermaid blocks: 23 lines with "-->", one of them is the <!-- 来源标注 --> marker → 22 edges
        assertEquals(22, counts.get("graphEdges"));
        // awk: non-blank mindmap lines after "mindmap", not quote/marker lines → 214
        assertEquals(214, counts.get("mindmapNodes"));
        // the 知识图谱（RDF 三元组速记） block has 18 "(a, b, c)" lines
        assertEquals(18, counts.get("tuples"));
        // timeline paragraph: 1999 2006 2013 2014 2017 2019 2020 2022 2023 → 9
        assertEquals(9, counts.get("timeline"));
        // K8s 8×6 maturity matrix: 48 numeric cells; the 12×6×2 sketch: rows I C Q R Θ × 7 numeric
        // columns (the "…" column and the "…" row are absent, never zero) = 35 → 83
        assertEquals(83, counts.get("maturity"));
        assertTrue(note.maturity().stream().allMatch(m -> m.value() > 0 && m.value() <= 1.0));
        // the 技术-场景矩阵: 10 dimension rows × 6 scenarios
        assertEquals(60, counts.get("matrixCells"));
        // headings outside code fences: awk '/^ *```/{f=!f;next} !f && /^##* /{c++}' → 40
        assertEquals(40, counts.get("sections"));
    }

    @Test
    void unparsedLinesAreTheTwoFlattenedTables() {
        // Two pipe tables were flattened by prettier into paragraphs ("2.1 理念层 | …|---|…" at 287-293,
        // "2.3 数据结构对比 | …" at 328-332): their rows are not on lines of their own, so they are not
        // read as tables. Everything else is represented. 7 + 5 = 12 lines.
        assertEquals(12, counts.get("unparsed"));
        for (Model.UnparsedLine u : note.unparsed()) {
            assertTrue(u.line() >= 287 && u.line() <= 293 || u.line() >= 328 && u.line() <= 332, u.toString());
        }
    }

    @Test
    void everyNonBlankLineIsAccountedForOnce() {
        // grep -c '[^[:space:]]' f → 1729 non-blank lines
        int represented = note.represented().stream()
                .mapToInt(s -> s.lastLine() - s.firstLine() + 1)
                .sum();
        assertEquals(1729, represented + note.unparsed().size());
        // headings and separators alone: 40 headings (above) and 56 '---' lines (grep -c '^---$' f)
        assertEquals(
                56,
                note.represented().stream()
                        .filter(s -> s.role().equals("separator"))
                        .mapToInt(s -> s.lastLine() - s.firstLine() + 1)
                        .sum());
    }

    @Test
    void sameTextSameModel() throws Exception {
        String text = Files.readString(Seeds.file(SEED), StandardCharsets.UTF_8);
        assertEquals(note, NoteExtractor.extract("seeds/" + SEED, text));
        // a line added at the end leaves every block unchanged
        String edited = text + "\n追加的一行，用来检查稳定性。\n";
        Model.Note other = NoteExtractor.extract("seeds/" + SEED, edited);
        assertEquals(note.blocks(), other.blocks());
    }
}
