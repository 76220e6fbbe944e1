package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link BlockLines#mayBeBullet} skips the bullet regex only for lines it cannot match. */
class BulletCheckTest {
    @Test
    void neverSkipsALineTheRegexMatches() throws IOException {
        String[] atoms = {" ", "\t", "\u000B", "\u3000", "-", "*", "+", "1", "23", ".", ")", "a", "中", "**", "\n", "•"};
        for (String text : ScanCorpus.texts(List.of("", "- a", "  1. x", "\t* y", "+", "10) z"), atoms, 8))
            if (!BlockLines.mayBeBullet(text))
                assertFalse(BlockLines.BULLET.matcher(text).matches(), text);
    }

    /** The bold-key checks skip the regexes only for texts they cannot match. */
    @Test
    void boldKeyChecksNeverSkipATextTheRegexMatches() throws IOException {
        String[] atoms = {
            "**", "*", "来源", "key", " ", "\t", "\n", "\r\n", "\u000B", "\f", "\u2028", "：", ":", "✅", "a", "中"
        };
        List<String> cases =
                List.of("**验证性：**✅", "**k**", "**k** ：\n", "**a:**", "**k\n：**x", "**k**\u2028", "**k** \u000B:\f");
        int inner = 0, only = 0;
        for (String body : ScanCorpus.texts(cases, atoms, 9)) {
            String text = body.startsWith("**") ? body : "**" + body;
            if (BlockLines.BOLD_KEY_INNER_COLON.matcher(text).matches()) {
                assertTrue(BlockLines.mayHaveInnerColon(text), text);
                inner++;
            }
            if (BlockLines.BOLD_ONLY.matcher(text).matches()) {
                assertTrue(BlockLines.mayBeBoldOnly(text), text);
                only++;
            }
        }
        assertTrue(inner > 200 && only > 200, "matches: inner colon " + inner + ", bold only " + only);
    }

    /** {@link BlockLines#startsWithInlineField} answers as the regex, and knows the first char of every key. */
    @Test
    void inlineFieldCheckAnswersAsTheRegex() throws IOException {
        String re = BlockLines.INLINE_FIELD.pattern();
        assertTrue(re.startsWith("(") && re.indexOf(')') > 0, re);
        String[] keys = re.substring(1, re.indexOf(')')).split("\\|");
        assertTrue(keys.length >= 7, re);
        for (String k : keys) assertTrue(BlockLines.INLINE_FIELD_FIRST.indexOf(k.charAt(0)) >= 0, k);
        String[] atoms = {"来源类型", "验证性", "验证状态", "验证方法", "更新日期", "测试环境", "备注", "：", ":", " ", "来", "a"};
        int hits = 0;
        for (String text : ScanCorpus.texts(List.of("", "备注：x"), atoms, 6)) {
            boolean want = BlockLines.INLINE_FIELD.matcher(text).lookingAt();
            assertEquals(want, BlockLines.startsWithInlineField(text), text);
            if (want) hits++;
        }
        assertTrue(hits > 1000, "texts starting with a field: " + hits);
    }
}
