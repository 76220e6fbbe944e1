package org.claimgraph.rdf;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.extract.BlockForm;
import org.claimgraph.extract.ClaimKind;
import org.claimgraph.extract.Model;
import org.claimgraph.extract.Model.Assessment;
import org.claimgraph.extract.Model.AssessmentRef;
import org.claimgraph.extract.Model.Claim;
import org.claimgraph.extract.Model.CoverageClaim;
import org.claimgraph.extract.Model.Field;
import org.claimgraph.extract.Model.LineReference;
import org.claimgraph.extract.Model.Measurement;
import org.claimgraph.extract.Model.ProvenanceBlock;
import org.claimgraph.extract.Model.Section;
import org.claimgraph.extract.Model.StatusAssertion;
import org.claimgraph.extract.Model.UnparsedLine;
import org.claimgraph.extract.Model.UrlMention;
import org.claimgraph.extract.Model.VersionMention;
import org.claimgraph.extract.Model.Wikilink;
import org.claimgraph.extract.VerificationStatus;

/**
 * Hand-built extractor output for mapping tests, independent of the extractor. The expected
 * RDF of {@link #small(String)} is written by hand in {@code src/test/resources/rdf/mapping/small.ttl}.
 */
public final class TestNotes {
    private TestNotes() {}

    /** A small note: two sections, two claims, one block with two assessments, a line reference … */
    public static Model.Note small(String path) {
        return small(path, "某公司在生产中使用 K3s");
    }

    /** {@link #small(String)} with the text of the second claim replaced. */
    public static Model.Note small(String path, String secondClaimText) {
        List<Section> sections = List.of(
                new Section(0, 1, "演示笔记", List.of("演示笔记"), 5, 30),
                new Section(1, 2, "性能", List.of("演示笔记", "性能"), 7, 20));
        Assessment a0 = new Assessment(
                0,
                "Docker ~100 MB",
                15,
                16,
                List.of(new StatusAssertion(VerificationStatus.PARTIALLY_VERIFIABLE, "⚠️ 部分可验证", "可重现测试", 16)),
                new Model.Checks(
                        List.of("内部测试", "官方文档"),
                        List.of("实际部署测试"),
                        List.of(new UrlMention("https://docs.docker.com/", 17))),
                new Model.AssessmentContext("4C8G 虚拟机", null, null, null, List.of(), List.of()));
        Assessment a1 = new Assessment(
                1,
                "K3s 生产案例",
                18,
                18,
                List.of(new StatusAssertion(VerificationStatus.UNVERIFIABLE, "❌ 无法验证", null, 18)),
                new Model.Checks(List.of("内部资料"), List.of(), List.of(new UrlMention("http://exa mple.com/x", 18))),
                new Model.AssessmentContext(null, "案例来自访谈", null, null, List.of(), List.of()));
        ProvenanceBlock b0 = new ProvenanceBlock(
                0,
                BlockForm.COMMENT_QUOTE,
                13,
                19,
                "性能数据标注",
                List.of(a0, a1),
                List.of(),
                LocalDate.of(2025, 11, 1),
                9,
                11,
                List.of());
        Claim c0 = new Claim(
                0,
                ClaimKind.PERFORMANCE_FIGURE,
                "Docker 空闲内存约 100 MB",
                9,
                9,
                1,
                List.of("Docker"),
                List.of(new VersionMention("Docker", "24.0", ">=", 9)),
                List.of(new Measurement("memory", 100, "MB", "~100 MB", null, "4C8G 虚拟机", 9)),
                List.of(new AssessmentRef(0, 0)));
        Claim c1 = new Claim(
                1,
                ClaimKind.BUSINESS_CASE,
                secondClaimText,
                11,
                11,
                1,
                List.of("K3s"),
                List.of(),
                List.of(),
                List.of(new AssessmentRef(0, 1)));
        return new Model.Note(
                new Model.Header(path, 30, "演示笔记", LocalDate.of(2025, 11, 1), List.of(new Field("tags", "demo", 2))),
                new Model.Outline(sections, List.of(), List.of()),
                new Model.Provenance(
                        List.of(c0, c1), List.of(b0), new CoverageClaim("标注接近完成（约 90%，2/2+ 处已完成）", 90.0, 2, "2+", 3)),
                Model.Structures.NONE,
                new Model.Links(
                        List.of(new UrlMention("https://docs.docker.com/", 17)),
                        List.of(new LineReference(20, 9, 9, "100 MB", "参考第 9 行", true, 9, null)),
                        List.of(new Wikilink("Kubernetes", null, 12))),
                new Model.LineAccount(List.of(new UnparsedLine(25, "stray quote marker", ">")), List.of()));
    }

    /**
     * A note exercising the structured parts: a performance table with a row claim, a scenario
     * matrix cell, a mermaid graph and mindmap, tuples, a timeline, an unattached half-written
     * block and an assessment about a version.
     */
    public static Model.Note structured(String path) {
        List<Section> sections = List.of(new Section(0, 1, "结构", List.of("结构"), 1, 60));
        Model.Table perf = new Model.Table(
                0,
                Model.TableKind.PERFORMANCE,
                3,
                5,
                List.of("指标", "Docker", "K3s"),
                List.of(new Model.TableRow(5, List.of("内存", "100 MB", "50 MB"))));
        Model.Table matrix = new Model.Table(
                1,
                Model.TableKind.SCENARIO_MATRIX,
                7,
                9,
                List.of("维度", "边缘"),
                List.of(new Model.TableRow(9, List.of("运行时", "K3s + WasmEdge"))));
        Claim row = new Claim(
                0,
                ClaimKind.PERFORMANCE_FIGURE,
                "内存 | 100 MB | 50 MB",
                5,
                5,
                0,
                List.of("Docker", "K3s"),
                List.of(),
                List.of(
                        new Measurement("内存", 100, "MB", "100 MB", null, null, 5),
                        new Measurement("内存", 50, "MB", "50 MB", "100 MB", null, 5)),
                List.of(new AssessmentRef(1, 0)));
        Assessment versionAssessment = new Assessment(
                0,
                "Kubernetes 1.30",
                31,
                34,
                List.of(new StatusAssertion(VerificationStatus.PENDING, "⚠️ 待验证", "需要核对发行说明", 32)),
                new Model.Checks(List.of("官方发布"), List.of(), List.of()),
                new Model.AssessmentContext(
                        null,
                        null,
                        "发行说明",
                        LocalDate.of(2025, 10, 1),
                        List.of(new VersionMention("Kubernetes", "1.30", "=", 31)),
                        List.of(new Field("适用范围", "控制平面", 33))));
        ProvenanceBlock half = new ProvenanceBlock(
                0,
                BlockForm.QUOTE,
                30,
                34,
                "",
                List.of(versionAssessment),
                List.of(new Field("来源", "会议", 30)),
                null,
                -1,
                -1,
                List.of("half-written: no 验证性 field", "not attached to any claim"));
        Assessment rowAssessment = new Assessment(
                0,
                "性能对比",
                12,
                13,
                List.of(new StatusAssertion(VerificationStatus.VERIFIED, "✅ 已验证", null, 13)),
                new Model.Checks(List.of("基准测试"), List.of(), List.of()),
                new Model.AssessmentContext("8C16G", null, null, null, List.of(), List.of()));
        ProvenanceBlock inline = new ProvenanceBlock(
                1, BlockForm.INLINE, 12, 13, "性能对比", List.of(rowAssessment), List.of(), null, 3, 5, List.of());
        return new Model.Note(
                new Model.Header(path, 60, "结构", null, List.of()),
                new Model.Outline(
                        sections,
                        List.of(perf, matrix),
                        List.of(new Model.CodeBlock(0, "mermaid", 15, 20), new Model.CodeBlock(1, "mermaid", 21, 27))),
                new Model.Provenance(List.of(row), List.of(half, inline), null),
                new Model.Structures(
                        List.of(new Model.GraphEdge(0, "Docker", "Kubernetes", "编排需求", 17)),
                        List.of(
                                new Model.MindmapNode(0, 1, "云原生", 0, -1, 22),
                                new Model.MindmapNode(1, 1, "容器", 1, 0, 23)),
                        List.of(new Model.TupleStatement("K3s", "轻量化", "Kubernetes", 40)),
                        List.of(new Model.TimelineEvent(2019, "K3s 发布", 45)),
                        List.of(),
                        List.of(new Model.MatrixCell(1, "运行时", "边缘", "K3s + WasmEdge", List.of("K3s", "WasmEdge"), 9))),
                Model.Links.NONE,
                new Model.LineAccount(List.of(), List.of()));
    }
}
