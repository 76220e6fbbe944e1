package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProvenanceParserTest {

    /** Quote lines as written (with "> "), numbered from 10. */
    static ProvenanceParser.Parsed parse(String quote) {
        List<RawBlock.QLine> lines = new ArrayList<>();
        int n = 10;
        for (String l : quote.split("\n", -1)) lines.add(new RawBlock.QLine(n++, Text.unquote(l)));
        return ProvenanceParser.parse(lines);
    }

    static List<String> subjects(ProvenanceParser.Parsed p) {
        return p.assessments().stream().map(Model.Assessment::subject).toList();
    }

    @Test
    void groupHeaderSubItemsAndBlockFields() {
        ProvenanceParser.Parsed p = parse("""
                > **性能数据标注**：数据库对比
                >
                > **测试环境**：
                >
                > - 硬件：8C16G
                > - 负载：64 并发
                >
                > **性能指标**：
                >
                > - **查询延迟**：12 ms vs 3 ms
                >   - **来源类型**：内部测试 / 基准测试
                >   - **验证性**：⚠️ 部分可验证（可重现）
                >
                > **更新日期**：2025-10-28""");
        assertEquals("性能数据标注：数据库对比", p.title());
        assertEquals(List.of("查询延迟：12 ms vs 3 ms"), subjects(p));
        Model.Assessment a = p.assessments().get(0);
        assertEquals(List.of("内部测试", "基准测试"), a.checks().sourceTypes());
        assertEquals("硬件：8C16G；负载：64 并发", a.context().testEnvironment()); // inherited from the block
        assertEquals("可重现", a.statuses().get(0).qualifier());
        assertEquals(LocalDate.of(2025, 10, 28), p.updated());
        assertEquals(List.of(), p.problems());
    }

    @Test
    void wrappedKeysAndSeveralFieldsOnOneLine() {
        ProvenanceParser.Parsed p = parse("""
                > **版本信息**：Patroni 3.3
                >
                > - **来
                >   源**：[发布页](https://example.org/patroni/releases)
                > - **验证性**：✅ 已验证
                > **备注**：人工核对 **更新日期**：2025-10-01""");
        Model.Assessment a = p.assessments().get(0);
        assertEquals("Patroni 3.3", a.subject());
        assertEquals(
                List.of("https://example.org/patroni/releases"),
                a.checks().methodUrls().stream().map(Model.UrlMention::url).toList());
        assertEquals(
                List.of(new Model.VersionMention("Patroni", "3.3", "=", 10)),
                a.context().versions());
        assertEquals(LocalDate.of(2025, 10, 1), p.updated());
        assertTrue(p.fields().stream()
                .anyMatch(f -> f.key().equals("备注") && f.value().equals("人工核对")));
    }

    @Test
    void statusesInsideOtherFieldsAndInlineSubItems() {
        ProvenanceParser.Parsed p = parse("""
                > **技术路线标注**：
                >
                > - **路线 ①：原生复制**
                >   - **版本信息**：pgBackRest 2.51（⚠️ 版本号待确认）
                >   - **验证性**：✅ 公开可验证（官方文档）
                >   - **验证方法**：
                >     - 文档：<https://example.org/docs>
                >     - 源码：<https://example.org/src>
                > - **吞吐 9 000 QPS**：来源类型：内部测试，验证性：⚠ 部分可验证（因网络
                >   而异）""");
        assertEquals(List.of("路线 ①：原生复制", "pgBackRest 2.51", "吞吐 9 000 QPS"), subjects(p));
        Model.Assessment route = p.assessments().get(0);
        assertEquals(
                VerificationStatus.PUBLICLY_VERIFIABLE, route.statuses().get(0).status());
        assertEquals(2, route.checks().methodUrls().size());
        assertEquals(12, route.firstLine());
        Model.Assessment version = p.assessments().get(1);
        assertEquals(VerificationStatus.PENDING, version.statuses().get(0).status());
        assertEquals("⚠️ 版本号待确认", version.statuses().get(0).phrase());
        Model.Assessment inline = p.assessments().get(2);
        assertEquals(List.of("内部测试"), inline.checks().sourceTypes());
        assertEquals("⚠ 部分可验证", inline.statuses().get(0).phrase());
        assertEquals("因网络而异", inline.statuses().get(0).qualifier());
        assertTrue(route.lastLine() >= 17, "a route spans its sub-items");
    }

    @Test
    void halfWrittenBlocksSayWhatIsMissing() {
        ProvenanceParser.Parsed empty = parse("""
                > **商业案例**：某银行
                >
                > - **来源类型**：内部资料
                > - **验证性**：
                > - **更新日期**：2025-02-30""");
        assertEquals(List.of("某银行"), subjects(empty));
        assertTrue(
                empty.problems().stream().anyMatch(s -> s.contains("empty 验证性")),
                empty.problems().toString());
        assertTrue(
                empty.problems().stream().anyMatch(s -> s.contains("更新日期")),
                empty.problems().toString());
        assertTrue(
                empty.problems().stream().anyMatch(s -> s.startsWith("half-written")),
                empty.problems().toString());
        assertNull(empty.assessments().get(0).context().updated());

        ProvenanceParser.Parsed unknown = parse("> - **验证性**：说不清");
        assertTrue(
                unknown.problems().stream().anyMatch(s -> s.contains("unrecognised status")),
                unknown.problems().toString());
    }

    /**
     * A block that states its status in a sentence (no 验证性 field) has that status, marked as read
     * from prose, and is not half-written: the count of statuses and the "half-written" problem agree.
     */
    @Test
    void statusStatedInProseIsReadAndTheBlockIsNotHalfWritten() {
        ProvenanceParser.Parsed p = parse("""
                > **⚠️ 依赖说明**：文中提到的 Redis 7.2，当前验证状态为"待验证"。
                > **验证方法**：<https://redis.io/docs/latest/>
                > **更新日期**：2025-10-20""");
        List<Model.StatusAssertion> st =
                p.assessments().stream().flatMap(a -> a.statuses().stream()).toList();
        assertEquals(1, st.size(), p.assessments().toString());
        assertEquals(VerificationStatus.PENDING, st.get(0).status());
        assertTrue(st.get(0).inProse(), "marked as read from prose");
        assertEquals(p.assessments().get(0).firstLine(), st.get(0).line(), "the line that says it");
        assertTrue(
                p.problems().stream().noneMatch(s -> s.startsWith("half-written")),
                p.problems().toString());

        ProvenanceParser.Parsed field = parse("> **版本信息**：Redis 7.2\n> - **验证性**：⚠️ 待验证");
        assertFalse(field.assessments().get(0).statuses().get(0).inProse(), "a status field is not prose");
        ProvenanceParser.Parsed none = parse("> **⚠️ 依赖说明**：状态以后再补。\n> **更新日期**：2025-10-20");
        assertTrue(
                none.problems().stream().anyMatch(s -> s.startsWith("half-written")),
                "no status anywhere is still half-written");
    }

    @Test
    void nonStatusEmojiStayFields() {
        ProvenanceParser.Parsed p = parse("""
                > **版本信息**：Tekton 0.50
                > - **验证状态**：⚠️ 待验证
                >
                > ✅ **结论**：可以上线""");
        assertEquals(1, p.assessments().get(0).statuses().size());
        assertTrue(
                p.fields().stream().anyMatch(f -> f.key().equals("结论")),
                p.fields().toString());
    }
}
