package org.claimgraph.history;

/** Small notes in the annotated style, written for the history tests (not copied from any seed). */
public final class HistoryNotes {
    private HistoryNotes() {}

    /** A note with two annotated claims: Docker memory (status and method given) and a K3s case (left out when null). */
    public static String note(String dockerStatus, String dockerMethod, String k3sText) {
        String full = """
                # 部署笔记

                ## 性能

                Docker 空闲内存约 100 MB，适合边缘节点。

                <!-- 来源标注 -->

                > **性能数据标注**：Docker 内存
                >
                > - **Docker 空闲内存约 100 MB**：
                >   - **来源类型**：内部测试
                >   - **验证性**：%s
                >   - **验证方法**：%s
                >   - **测试环境**：4C8G 虚拟机
                >
                > **更新日期**：2025-01-10

                ## 案例

                %s

                <!-- 来源标注 -->

                > **案例标注**：K3s 案例
                >
                > - **K3s 生产案例**：
                >   - **来源类型**：内部资料
                >   - **验证性**：❌ 无法验证
                >
                > **更新日期**：2025-01-10
                """.formatted(dockerStatus, dockerMethod, k3sText == null ? "" : k3sText);
        return k3sText == null ? full.substring(0, full.indexOf("## 案例")) : full;
    }
}
