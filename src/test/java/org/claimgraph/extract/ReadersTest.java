package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One small test per reader; the whole-note behaviour is in the data-driven tests. */
class ReadersTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "K8s,Kubernetes",
        "k8s,Kubernetes",
        "Kubernetes,Kubernetes",
        "runwasi,containerd-shim-runwasi",
        "containerd-shim-runwasi,containerd-shim-runwasi",
        "K3s,K3s",
        "OPA,OPA",
        "Open Policy Agent,OPA",
        "ArgoCD,Argo CD"
    })
    void toolAliases(String written, String canonical) {
        assertEquals(canonical, ToolCatalog.canonical(written));
        assertEquals(List.of(canonical), ToolCatalog.find("用 " + written + " 部署"));
    }

    /**
     * A paragraph's text made plain once is reused for its claim only when it holds no line break: an inline HTML
     * tag wrapped over two lines keeps its '\n' in the text, and the claim reads it as a space (spaces collapsed).
     */
    @Test
    void paragraphWithALineBreakInItsTextReadsItAsASpace() {
        Model.Note n = NoteExtractor.extract("t.md", "foo <a\nhref=\"x\">  bar\n");
        assertEquals(1, n.provenance().claims().size());
        assertEquals("foo <a href=\"x\"> bar", n.provenance().claims().get(0).text());
        Model.Note one = NoteExtractor.extract("t.md", "foo <b>  bar</b>\n");
        assertEquals("foo <b> bar</b>", one.provenance().claims().get(0).text());
    }

    @Test
    void toolsRespectWordBoundaries() {
        assertEquals(List.of("K3d"), ToolCatalog.find("K3d 集群"));
        assertEquals(List.of(), ToolCatalog.find("kube-proxy 与 K3sx"));
        assertEquals(List.of("Kubernetes", "K3s", "WasmEdge"), ToolCatalog.find("K8s → K3s → WasmEdge → K8s"));
        assertTrue(ToolCatalog.aliases("Kubernetes").contains("K8s"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Kubernetes 1.30            | Kubernetes              | 1.30         | =",
                "K3s v1.30.4+k3s1           | K3s                     | 1.30.4+k3s1  | =",
                "升级 crun ≥ 1.8.5          | crun                    | 1.8.5        | >=",
                "WasmEdge 0.14.x 插件       | WasmEdge                | 0.14.x       | =",
                "runwasi v0.4.0             | containerd-shim-runwasi | 0.4.0        | =",
                "K3s 1.30+ 版本支持         | K3s                     | 1.30         | >=",
            })
    void versions(String text, String tool, String version, String constraint) {
        List<Model.VersionMention> v = VersionParser.find(text.strip(), 7);
        assertEquals(1, v.size(), text);
        assertEquals(tool.strip(), v.get(0).tool());
        assertEquals(version.strip(), v.get(0).version());
        assertEquals(constraint.strip(), v.get(0).constraint());
        assertEquals(7, v.get(0).line());
    }

    @Test
    void aFigureIsNotAVersion() {
        assertEquals(List.of(), VersionParser.find("K8s 1 GB，K3s 1 000 节点", 1));
        // a decimal figure with a unit right after the tool name is a measurement, not a version
        assertEquals(List.of(), VersionParser.find("K3s 0.5 GB，Docker 1.2 s，WasmEdge 2.1 ms，crun 8.7 倍，K8s 99.9%", 1));
        List<Model.VersionMention> v = VersionParser.find("K3s 0.5 GB，Kubernetes 1.30 起步", 1);
        assertEquals(1, v.size(), v.toString());
        assertEquals("1.30", v.get(0).version());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "13 MB          | 13     | MB",
                "30~80 µs       | 30     | us",
                "1.2 s          | 1.2    | s",
                "6 ms           | 6      | ms",
                "3 200          | NaN    | none",
                "28 000 QPS     | 28000  | QPS",
                "100 k QPS      | 100000 | QPS",
                "↓90%           | 90     | %",
                "85 × 更小      | 85     | x",
                "→1/10          | 0.1    | x",
                "提升 8.7 倍     | 8.7    | x",
                "300 Pod        | 300    | pods",
                "5 000 节点      | 5000   | nodes",
            })
    void measurements(String text, String value, String unit) {
        List<Model.Measurement> m = MeasurementParser.find(text.strip(), "m", null, 1);
        if (unit.strip().equals("none")) {
            assertEquals(List.of(), m);
            return;
        }
        assertEquals(1, m.size(), text + " → " + m);
        assertEquals(Double.parseDouble(value.strip()), m.get(0).value(), 1e-9);
        assertEquals(unit.strip(), m.get(0).unit());
    }

    @Test
    void toolNamesAndDimensionsAreNotFigures() {
        assertEquals(List.of(), MeasurementParser.find("集群编排（K8s）与 K3s", "m", null, 1));
        assertEquals(List.of(), MeasurementParser.find("12×6×2 张量", "m", null, 1));
    }

    @Test
    void frontmatter() {
        SourceText src = new SourceText("---\ntitle: 笔记\ntags: [a, b]\naliases:\n  - 别名\nbroken line\n---\n# 正文\n");
        FrontmatterReader.Result r = FrontmatterReader.read(src);
        assertNotNull(r);
        assertEquals(7, r.lastLine());
        assertEquals(
                List.of("title=笔记", "tags=a", "tags=b", "aliases=别名"),
                r.fields().stream().map(f -> f.key() + "=" + f.value()).toList());
        assertEquals(List.of(6), r.unparsed());
        assertNull(FrontmatterReader.read(new SourceText("# no frontmatter\n---\n")));
    }

    @Test
    void wikilinks() {
        List<Model.Wikilink> w = WikilinkReader.find("见 [[K3s]]、[[笔记#小节|别名]] 与 ![[图.png]]", 3);
        assertEquals(3, w.size());
        assertEquals("笔记#小节", w.get(1).target());
        assertEquals("别名", w.get(1).alias());
        assertNull(w.get(0).alias());
    }

    @Test
    void coverage() {
        Model.CoverageClaim c = CoverageReader.read("**标注状态**：✅ 标注接近完成（约 99%，75/75+ 处已完成）", 6);
        assertNotNull(c);
        assertEquals(99.0, c.percent());
        assertEquals(75, c.annotated());
        assertEquals("75+", c.totalText());
        assertNull(CoverageReader.read("没有覆盖率的句子 99%", 1));
    }

    @Test
    void urlsAndDates() {
        assertEquals(
                List.of("https://github.com/containers/crun", "https://get.k3s.io/"),
                UrlScanner.urls("<https://github.com/containers/crun> 与 <https://get.k3s.io/（✅> 公开可验证）"));
        assertEquals(
                List.of("https://github.com/x/y/releases/tag/v0.4.0"),
                UrlScanner.urls("[x GitHub](https://github.com/x/y/releases/tag/v0.4.0)"));
        assertEquals(LocalDate.of(2025, 11, 1), UrlScanner.firstDate("更新日期：2025-11-01"));
        assertNull(UrlScanner.firstDate("2025-10（原始标注）"));
        assertNull(UrlScanner.firstDate("2025-13-45"));
    }

    @Test
    void timeline() {
        List<Model.TimelineEvent> t = TimelineReader.read(
                "1999 – chroot 2006 – cgroups (Google) 2013 – 开源",
                List.of("1999 – chroot 2006 – cgroups", "(Google) 2013 – 开源"),
                10);
        assertEquals(3, t.size());
        assertEquals(2006, t.get(1).year());
        assertEquals("cgroups (Google)", t.get(1).event());
        assertEquals(11, t.get(2).line());
        assertEquals(List.of(), TimelineReader.read("更新日期 2025-11-01 与 2024-01-01", List.of("x"), 1));
    }

    @Test
    void tuples() {
        List<Model.TupleStatement> t =
                TupleBlockReader.read(List.of("(存储, 技术, Rook-Ceph)", "", "（配额，场景，多租户平台）"), List.of(5, 6, 7));
        assertEquals(2, t.size());
        assertEquals("多租户平台", t.get(1).object());
        assertEquals(7, t.get(1).line());
        assertEquals(List.of(), TupleBlockReader.read(List.of("(a, b, c)", "echo hi"), List.of(1, 2)));
    }

    @Test
    void mermaidGraphAndMindmap() {
        MermaidReader.Result g = MermaidReader.read(
                0,
                List.of("graph TD", "  A[Docker] -->|编排需求| B[Kubernetes]", "  B --> C{识别}", "  style C fill:#fff"),
                List.of(1, 2, 3, 4),
                Set.of(),
                0);
        assertEquals(2, g.edges().size());
        assertEquals("Docker", g.edges().get(0).from());
        assertEquals("编排需求", g.edges().get(0).label());
        assertEquals("识别", g.edges().get(1).to());
        assertNull(g.edges().get(1).label());
        MermaidReader.Result m = MermaidReader.read(
                1,
                List.of("mindmap", "  root((根))", "    甲", "      乙", "    丙", "> 跳过"),
                List.of(1, 2, 3, 4, 5, 6),
                Set.of(6),
                10);
        assertEquals(
                List.of("根", "甲", "乙", "丙"),
                m.nodes().stream().map(Model.MindmapNode::label).toList());
        assertEquals(
                List.of(-1, 10, 11, 10),
                m.nodes().stream().map(Model.MindmapNode::parent).toList());
        assertEquals(
                List.of(0, 1, 2, 1),
                m.nodes().stream().map(Model.MindmapNode::depth).toList());
    }

    @Test
    void mermaidChains() {
        MermaidReader.Result g = MermaidReader.read(
                0,
                List.of("flowchart LR", "  A[提交] --> B[构建] -->|推送| C[仓库]", "  C & B --> D"),
                List.of(1, 2, 3),
                Set.of(),
                0);
        assertEquals(
                List.of("提交>构建:null", "构建>仓库:推送", "仓库>D:null", "构建>D:null"),
                g.edges().stream()
                        .map(e -> e.from() + ">" + e.to() + ":" + e.label())
                        .toList());
    }

    @Test
    void lineReferences() {
        SourceText src = new SourceText("表头\n| 镜像体积 | 13 MB | 0.9 MB |\n其他\n参考第 1 行表格（13 MB vs 0.9 MB）\n");
        List<Model.LineReference> r =
                LineReferenceResolver.find(src.line(4), src.line(4).length(), 4, src, Set.of());
        assertEquals(1, r.size());
        assertFalse(r.get(0).resolved());
        assertEquals(2, r.get(0).actualLine());
        assertEquals("13 MB vs 0.9 MB", r.get(0).quoted());
        Model.LineReference ok = LineReferenceResolver.resolve(4, 2, 3, "13 MB vs 0.9 MB", "x", src, Set.of());
        assertTrue(ok.resolved());
        assertEquals(2, ok.actualLine());
    }

    /** Resolving stops at the note's scan budget (what keeps many broken references in a huge note linear). */
    @Test
    void lineReferenceSearchHasABudget() {
        SourceText src = new SourceText("表头\n| 镜像体积 | 13 MB | 0.9 MB |\n其他\n参考第 3 行表格（13 MB vs 0.9 MB）\n");
        var plenty = new LineReferenceResolver.Targets(List.of(), LineReferenceResolver.SCAN_BUDGET);
        var none = new LineReferenceResolver.Targets(List.of(), 1);
        assertEquals(
                2,
                LineReferenceResolver.find(src.line(4), src.line(4).length(), 4, src, Set.of(), plenty)
                        .get(0)
                        .actualLine());
        Model.LineReference cut = LineReferenceResolver.find(
                        src.line(4), src.line(4).length(), 4, src, Set.of(), none)
                .get(0);
        assertFalse(cut.resolved());
        assertEquals(-1, cut.actualLine(), "past the budget the whole-note search is not made");
        assertFalse(none.spend(1));
    }

    /** Kind look-ups binary-search the targets: a target starting in the range, or one containing its first line. */
    @Test
    void lineReferenceTargetsByKind() {
        var t = new LineReferenceResolver.Targets(
                List.of(
                        new LineReferenceResolver.Target("table", 10, 20),
                        new LineReferenceResolver.Target("code", 5, 40),
                        new LineReferenceResolver.Target("table", 30, 31)),
                100);
        assertTrue(t.kindAt("table", 15, 15));
        assertTrue(t.kindAt("table", 25, 30));
        assertFalse(t.kindAt("table", 21, 29));
        assertTrue(t.kindAt("code", 39, 39));
        assertFalse(t.kindAt("figure", 10, 10));
        assertEquals(31, t.endOfTargetsStartingIn(25, 30));
    }

    @Test
    void maturityTable() {
        List<String> header = List.of("e\\s", "本地-静", "本地-动", "…", "CI");
        List<List<String>> rows = List.of(List.of("e₁ 镜像", "0.9", "…", "…", "1.0"), List.of("…", "…", "…", "…", "…"));
        assertEquals(Model.TableKind.MATURITY, TableReader.kind(header, rows));
        List<Model.MaturityObservation> o = TableReader.maturity(2, "K8s", header, rows, List.of(40, 41));
        assertEquals(2, o.size());
        assertEquals("镜像", o.get(0).element());
        assertEquals("本地", o.get(0).scenario());
        assertEquals("static", o.get(0).phase());
        assertEquals("CI", o.get(1).scenario());
        assertEquals("K8s", TableReader.layer("**可视化分块（以 K8s 层 A⁽²⁾ 为例）**"));
        assertEquals("K8s", TableReader.layer("## 4. 2025 成熟度矩阵示例（A⁽²⁾ = K8s 层）"));
    }
}
