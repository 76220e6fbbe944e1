package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Inputs nobody writes on purpose: the extractor still answers, and says what it skipped. */
class BadInputTest {

    @Test
    void aTenMegabyteLineIsReportedNotAnalysed() {
        String line = "K8s 1.30 13 MB 第 12 行 ✅ 已验证 ".repeat(10_000_000 / 30);
        Model.Note n = NoteExtractor.extract("big.md", "# 标题\n" + line + "\n正文 K3s。\n");
        assertEquals(3, n.lineCount());
        assertEquals(1, n.unparsed().size());
        assertEquals(2, n.unparsed().get(0).line());
        assertTrue(
                n.unparsed().get(0).reason().contains("longer than"),
                n.unparsed().get(0).reason());
        assertEquals(1, n.claims().size());
        ExtractorPropertyTest.check(-1, "# 标题\n" + line + "\n正文 K3s。\n");
    }

    @Test
    void nullEmptyAndBlankNotes() {
        assertEquals(0, NoteExtractor.extract("a.md", null).lineCount());
        assertEquals(0, NoteExtractor.extract("a.md", "").claims().size());
        Model.Note blank = NoteExtractor.extract("a.md", "\n\n   \n\t\n");
        assertEquals(0, blank.unparsed().size());
        assertEquals(0, blank.represented().size());
    }

    @Test
    void binaryAndBrokenTextIsAccountedFor() {
        byte[] bytes = new byte[20_000];
        new Random(7).nextBytes(bytes);
        // decoding with replacement is what a caller does with invalid UTF-8
        ExtractorPropertyTest.check(-2, new String(bytes, StandardCharsets.UTF_8));
        ExtractorPropertyTest.check(-3, "\u0000\u0000<!-- 来源标注\n>\n> **验证性**\n```\n> 未闭合的代码块");
        ExtractorPropertyTest.check(-4, "\r\n\r> **来源类型**：x\r\n\uFEFF# 标题");
    }
}
