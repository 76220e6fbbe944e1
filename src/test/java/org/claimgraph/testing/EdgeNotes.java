package org.claimgraph.testing;

/**
 * One small note, written by hand, in the variants the audit and guard tests need: a single claim
 * annotated by a complete provenance block, with or without its status line.
 */
public final class EdgeNotes {
    private EdgeNotes() {}

    /** The claim marked ❌ in a complete block: one unverifiable-claim warning, no violation. */
    public static final String UNVERIFIABLE = note("  > - **验证性**：❌ 无法验证（口头分享）\n");

    /** The same block with no 验证性 line: a claim-without-status violation. */
    public static final String WITHOUT_STATUS = note("");

    private static String note(String statusLine) {
        return "# 边缘节点\n\n"
                + "- 某厂商在 10 万台边缘节点上运行 K3s。\n\n"
                + "  <!-- 来源标注 -->\n\n"
                + "  > **案例**：某厂商 10 万台边缘节点\n"
                + "  >\n"
                + "  > - **来源类型**：内部资料\n"
                + statusLine
                + "  > - **更新日期**：2025-09-30\n";
    }
}
