package org.claimgraph.writeback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.claimgraph.extract.VerificationStatus;
import org.junit.jupiter.api.Test;

/**
 * One test per way a note writes its blocks. Each expected note is written out by hand: the
 * lines a reviewer would have edited themselves, in the block's own style.
 */
class StyleCasesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

    private static String apply(String text, int line, Verification v) {
        Outcome o = WriteBack.apply("note.md", text, line, v);
        Outcome.Edited e = assertInstanceOf(Outcome.Edited.class, o, () -> o.toString());
        return e.after();
    }

    private static Verification verified(String url, String env) {
        return new Verification(VerificationStatus.VERIFIED, url, env, null, DAY);
    }

    @Test
    void commentAndQuote() {
        String note = """
                # T

                K3s 启动耗时 1.2 s，比 K8s 快 5 倍。

                <!-- 来源标注 -->

                > **性能数据**：K3s 启动 1.2 s
                >
                > - **来源类型**：内部测试
                > - **验证性**：⚠️ 部分可验证（可重现测试）
                > - **验证方法**：<https://old.example.org/bench>
                > - **更新日期**：2025-11-01
                """;
        // the URL is replaced where it stands; the missing environment goes right after the status line;
        // the bracketed comment after the phrase is the author's and stays (it may hold a line reference)
        String want = """
                # T

                K3s 启动耗时 1.2 s，比 K8s 快 5 倍。

                <!-- 来源标注 -->

                > **性能数据**：K3s 启动 1.2 s
                >
                > - **来源类型**：内部测试
                > - **验证性**：✅ 已验证（可重现测试）
                > - **测试环境**：4C8G, k3s 1.30
                > - **验证方法**：<https://new.example.org/run/7>
                > - **更新日期**：2026-12-02
                """;
        assertEquals(want, apply(note, 3, verified("https://new.example.org/run/7", "4C8G, k3s 1.30")));
    }

    @Test
    void bareQuote() {
        String note = """
                # T

                OPA 评估一次策略 0.3 ms。

                > **验证状态**：⚠️ 待验证
                >
                > **更新日期**：2025-10-01
                """;
        String want = """
                # T

                OPA 评估一次策略 0.3 ms。

                > **验证状态**：❌ 无法验证
                >
                > **更新日期**：2025-10-01
                """;
        assertEquals(want, apply(note, 5, new Verification(VerificationStatus.UNVERIFIABLE, null, null, null, null)));
    }

    @Test
    void inlineFields() {
        String note = """
                # T

                - **list-watch 压力下降 40%**：来源类型：内部测试，验证性：⚠️ 部分可验证
                """;
        // the inline form keeps its fields on one line: the new field follows the status with the same separator
        String want = """
                # T

                - **list-watch 压力下降 40%**：来源类型：内部测试，验证性：✅ 已验证，更新日期：2026-12-02
                """;
        assertEquals(want, apply(note, 3, verified(null, null)));
    }

    @Test
    void indentedInListItem() {
        String note = """
                # T

                - 事件吞吐：优化后 100 k QPS。

                  <!-- 来源标注 -->

                  > **性能数据**：优化后 100 k QPS
                  >
                  > - **来源类型**：K8s 官方压测
                  > - **验证性**：⚠️ 部分可验证（需要查找压测报告）
                  > - **更新日期**：2025-11-01

                - 下一项
                """;
        String want = """
                # T

                - 事件吞吐：优化后 100 k QPS。

                  <!-- 来源标注 -->

                  > **性能数据**：优化后 100 k QPS
                  >
                  > - **来源类型**：K8s 官方压测
                  > - **验证性**：✅ 公开可验证（需要查找压测报告）
                  > - **验证方法**：<https://kubernetes.io/docs/setup/best-practices/cluster-large/>
                  > - **更新日期**：2026-12-02

                - 下一项
                """;
        assertEquals(
                want,
                apply(
                        note,
                        10,
                        new Verification(
                                VerificationStatus.PUBLICLY_VERIFIABLE,
                                "https://kubernetes.io/docs/setup/best-practices/cluster-large/",
                                null,
                                null,
                                DAY)));
    }

    @Test
    void insideCodeFence() {
        String note = """
                # T

                ```mermaid
                mindmap
                  root((CI))
                    Kaniko
                <!-- 来源标注 -->
                > **工具信息**：Kaniko
                > - **验证性**: ⚠️ 待验证
                > - **更新日期**：2025-09-30
                ```
                """;
        String want = """
                # T

                ```mermaid
                mindmap
                  root((CI))
                    Kaniko
                <!-- 来源标注 -->
                > **工具信息**：Kaniko
                > - **验证性**: ✅ 已验证
                > - **验证方法**: <https://github.com/GoogleContainerTools/kaniko>
                > - **更新日期**：2026-12-02
                ```
                """;
        assertEquals(want, apply(note, 9, verified("https://github.com/GoogleContainerTools/kaniko", null)));
    }

    @Test
    void crlfFile() {
        String note = "# T\r\n\r\nArgo CD 同步 200 个应用用时 40 s。\r\n\r\n<!-- 来源标注 -->\r\n\r\n"
                + "> **性能数据**：40 s\r\n>\r\n> - **验证性**：⚠️ 部分可验证\r\n> - **更新日期**：2025-09-30\r\n";
        String want = "# T\r\n\r\nArgo CD 同步 200 个应用用时 40 s。\r\n\r\n<!-- 来源标注 -->\r\n\r\n"
                + "> **性能数据**：40 s\r\n>\r\n> - **验证性**：✅ 已验证\r\n> - **测试环境**：kind 3 节点\r\n> - **更新日期**：2026-12-02\r\n";
        assertEquals(want, apply(note, 9, verified(null, "kind 3 节点")));
    }

    @Test
    void halfWidthColons() {
        String note = """
                # T

                Tekton 流水线冷启动 9 s。

                <!-- 来源标注 -->
                > **性能数据**: Tekton 冷启动 9 s
                > - **验证性**: ⚠ 待验证
                > - **测试环境**: minikube
                > - **更新日期**: 2025-08-01
                """;
        String want = """
                # T

                Tekton 流水线冷启动 9 s。

                <!-- 来源标注 -->
                > **性能数据**: Tekton 冷启动 9 s
                > - **验证性**: ⚠ 部分可验证
                > - **测试环境**: kind 1.29, 2 节点
                > - **更新日期**: 2026-01-15
                """;
        assertEquals(
                want,
                apply(
                        note,
                        7,
                        new Verification(
                                VerificationStatus.PARTIALLY_VERIFIABLE,
                                null,
                                "kind 1.29, 2 节点",
                                LocalDate.of(2026, 1, 15),
                                DAY)));
    }

    @Test
    void blockWithoutTheFieldBeingWritten() {
        String note = """
                # T

                WasmEdge 冷启动 6 ms。

                <!-- 来源标注 -->

                > **性能数据**：冷启动 6 ms
                >
                > **验证性**：⚠️ 待验证
                >
                > **备注**：待补充测试环境
                """;
        // fields separated by blank quote lines stay separated; new fields follow the status line
        String want = """
                # T

                WasmEdge 冷启动 6 ms。

                <!-- 来源标注 -->

                > **性能数据**：冷启动 6 ms
                >
                > **验证性**：✅ 已验证
                >
                > **验证方法**：<https://wasmedge.org/docs/>
                >
                > **更新日期**：2026-12-02
                >
                > **备注**：待补充测试环境
                """;
        assertEquals(want, apply(note, 3, verified("https://wasmedge.org/docs/", null)));
    }

    @Test
    void insertedLinesReportTheLineReferencesTheyMove() {
        String note = """
                # T

                WasmEdge 冷启动 6 ms。

                <!-- 来源标注 -->

                > **性能数据**：冷启动 6 ms
                > **验证性**：⚠️ 待验证

                参考第 3 行的冷启动数据。

                参考第 14 行的结论。

                结论：冷启动快。
                """;
        Outcome o = WriteBack.apply("note.md", note, 3, verified("https://wasmedge.org/docs/", null));
        Outcome.Edited e = assertInstanceOf(Outcome.Edited.class, o, () -> o.toString());
        // two field lines go in after the status line on line 8 (method, date): line 3 stays where it
        // was, the conclusion on line 14 is now on line 16, so only the reference to line 14 (written
        // on line 12, now 14) is reported; the note's text is not changed outside the block
        assertEquals(2, e.after().lines().count() - note.lines().count(), e.diff());
        assertEquals(1, e.movedReferences().size(), e.movedReferences() + "\n" + e.diff());
        String moved = e.movedReferences().get(0);
        assertTrue(moved.startsWith("L14: ") && moved.contains("第 14 行"), moved);
        assertTrue(e.after().contains("参考第 14 行的结论。"), e.after());
        Outcome same = WriteBack.apply("note.md", e.after(), 3, verified("https://wasmedge.org/docs/", null));
        assertEquals(java.util.List.of(), ((Outcome.Edited) same).movedReferences(), "nothing inserted, nothing moved");
    }

    @Test
    void claimWithoutBlockGetsOneInTheNotesStyle() {
        String note = """
                # T

                Docker 镜像 100 MB。

                <!-- 来源标注 -->

                > **性能数据**：Docker 镜像 100 MB
                >
                > - **验证性**：⚠️ 部分可验证
                > - **更新日期**：2025-11-01

                K3s 二进制 70 MB。
                """;
        String want = """
                # T

                Docker 镜像 100 MB。

                <!-- 来源标注 -->

                > **性能数据**：Docker 镜像 100 MB
                >
                > - **验证性**：⚠️ 部分可验证
                > - **更新日期**：2025-11-01

                K3s 二进制 70 MB。

                <!-- 来源标注 -->

                > - **验证性**：✅ 已验证
                > - **验证方法**：<https://github.com/k3s-io/k3s/releases>
                > - **更新日期**：2026-12-02
                """;
        assertEquals(want, apply(note, 12, verified("https://github.com/k3s-io/k3s/releases", null)));
    }

    @Test
    void sameValuesChangeNothingAndStatusKeepsTheNotesPhrase() {
        String note = """
                # T

                Docker 镜像 100 MB。

                <!-- 来源标注 -->

                > **性能数据**：Docker 镜像 100 MB
                >
                > - **验证性**：⚠️部分可验证
                > - **更新日期**：2025-11-01
                """;
        Outcome.Edited same = assertInstanceOf(
                Outcome.Edited.class,
                WriteBack.apply(
                        "n.md",
                        note,
                        9,
                        new Verification(
                                VerificationStatus.PARTIALLY_VERIFIABLE, null, null, LocalDate.of(2025, 11, 1), DAY)));
        assertEquals(note, same.after());
        assertEquals("", same.diff());
        // no space after the emoji in this note: none in the new phrase either
        assertTrue(apply(note, 9, new Verification(VerificationStatus.PENDING, null, null, null, null))
                .contains("> - **验证性**：⚠️待验证\n"));
    }

    @Test
    void lineNamingNothingListsTheNearestClaims() {
        String note = """
                # T

                Docker 镜像 100 MB。

                ---

                K3s 二进制 70 MB。
                """;
        Outcome.Rejected r = assertInstanceOf(
                Outcome.Rejected.class, WriteBack.apply("n.md", note, 5, Verification.of(VerificationStatus.VERIFIED)));
        assertEquals(Outcome.Reason.NO_CLAIM, r.reason());
        assertTrue(
                r.nearest().stream().anyMatch(s -> s.startsWith("L3: ")),
                r.nearest().toString());
        assertTrue(
                r.nearest().stream().anyMatch(s -> s.startsWith("L7: ")),
                r.nearest().toString());
        Outcome.Rejected outside = assertInstanceOf(
                Outcome.Rejected.class,
                WriteBack.apply("n.md", note, 99, Verification.of(VerificationStatus.VERIFIED)));
        assertTrue(outside.message().contains("outside the note"), outside.message());
    }

    @Test
    void blockWithSeveralAssessmentsWantsOneOfThemNamed() {
        String note = """
                # T

                2011 Jenkins 分叉，2019 GitHub Actions 发布。

                <!-- 来源标注 -->

                > **历史事件标注**：
                >
                > - **2011 – Jenkins 从 Hudson 分叉**：✅ 公开可验证
                > - **2019 – GitHub Actions 正式发布**：⚠️ 待验证
                """;
        Outcome.Rejected r = assertInstanceOf(
                Outcome.Rejected.class, WriteBack.apply("n.md", note, 5, Verification.of(VerificationStatus.VERIFIED)));
        assertEquals(Outcome.Reason.AMBIGUOUS, r.reason());
        String want = note.replace("GitHub Actions 正式发布**：⚠️ 待验证", "GitHub Actions 正式发布**：✅ 已验证");
        assertEquals(want, apply(note, 10, Verification.of(VerificationStatus.VERIFIED)));
    }
}
