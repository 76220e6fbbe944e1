package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The checks that skip a provenance regex ({@link BlockLines#mayEndIn}, {@link BlockLines#mayHoldInlineField},
 * {@link StatusParser#singleSpaced}, the {@code "**"} and {@code 次} tests) skip it only for texts on which it
 * finds or changes nothing: on the examples' lines and 20 000 random texts of the chars that matter.
 */
class RegexGuardTest {
    private static final String[] ATOMS = {
        " ",
        "  ",
        "\t",
        "\n",
        "\r\n",
        "\u000B",
        "\f",
        "\u0085",
        "\u2028",
        "\u2029",
        "\u00A0",
        "\u3000",
        "，",
        ",",
        "；",
        ";",
        "：",
        ":",
        ">",
        "**",
        "*",
        "a",
        "中",
        "来源类型",
        "验证性",
        "备注",
        "来",
        "测",
        "更",
        "次",
        "每次运行",
        "单次测试",
        "备注：",
        "验证状态 :",
        "**k**：",
        " **更新日期**:"
    };

    private static List<String> texts() throws IOException {
        return ScanCorpus.texts(List.of("", "x，", "x\u2028", "x；\u2028", "a > b", "来源类型：内部 "), ATOMS, 9);
    }

    @Test
    void trailingClassesAreSkippedOnlyWhereTheyChangeNothing() throws IOException {
        Object[][] cases = {
            {BlockLines.TRAILING_SEPARATORS, BlockLines.SEPARATOR_CHARS},
            {ProvenanceParser.TRAILING_SEPARATORS, BlockLines.SEPARATOR_CHARS},
            {BlockLines.TRAILING_QUOTE, BlockLines.QUOTE_CHARS},
            {ProvenanceParser.TRAILING_PUNCTUATION, ProvenanceParser.PUNCTUATION_CHARS}
        };
        for (Object[] c : cases) {
            Pattern p = (Pattern) c[0];
            int changed = 0;
            for (String t : texts()) {
                boolean changes = !p.matcher(t).replaceAll("").equals(t);
                if (changes) {
                    assertTrue(BlockLines.mayEndIn(t, (String) c[1]), c[0] + " on " + t);
                    changed++;
                }
            }
            assertTrue(changed > 2000, c[0] + " changed " + changed);
        }
        // the one case that is not a char of the class: '$' before a final line terminator
        assertEquals(
                "x\u2028", BlockLines.TRAILING_SEPARATORS.matcher("x；\u2028").replaceAll(""));
        assertTrue(BlockLines.mayEndIn("x；\u2028", BlockLines.SEPARATOR_CHARS));
    }

    @Test
    void inlineFieldCheckNeverSkipsATextTheRegexFindsAKeyIn() throws IOException {
        int found = 0;
        for (String t : texts()) {
            if (BlockLines.INLINE_FIELD.matcher(t).find()) {
                assertTrue(BlockLines.mayHoldInlineField(t), t);
                found++;
            }
        }
        assertTrue(found > 2000, "texts with a field: " + found);
    }

    @Test
    void singleSpacedIsExactlyWhenTheWhitespaceRunsStayAsTheyAre() throws IOException {
        Pattern run = StatusParser.WHITESPACE_RUN;
        int kept = 0, changed = 0;
        for (String t : texts()) {
            boolean same = run.matcher(t).replaceAll(" ").equals(t);
            assertEquals(same, StatusParser.singleSpaced(t), t);
            if (same) kept++;
            else changed++;
        }
        assertTrue(kept > 1000 && changed > 1000, "kept " + kept + ", changed " + changed);
    }

    @Test
    void boldAndRunCostChecksNeverSkipATextTheRegexFindsSomethingIn() throws IOException {
        Pattern extraBold = BlockLines.EXTRA_BOLD;
        Pattern runCost = ClaimClassifier.RUN_COST;
        int bold = 0, cost = 0;
        for (String t : texts()) {
            if (extraBold.matcher(t).find()) {
                assertTrue(BlockLines.mayHoldExtraBold(t), t);
                bold++;
            }
            if (runCost.matcher(t).find()) {
                assertTrue(ClaimClassifier.mayHoldRunCost(t), t);
                cost++;
            }
        }
        assertTrue(bold > 200 && cost > 200, "bold " + bold + ", run cost " + cost);
    }

    @Test
    void bracketCheckNeverSkipsATextTheRegexFindsABracketIn() throws IOException {
        String[] atoms = {"<", ">", "(", ")", "（", "）", "[", "]", "【", "「", "a", " ", "中"};
        int found = 0;
        for (String t : ScanCorpus.texts(List.of("", "x(y)"), atoms, 6)) {
            boolean want = AssessmentDraft.BRACKETS.matcher(t).find();
            assertEquals(want, AssessmentDraft.mayHoldBracket(t), t);
            if (want) found++;
        }
        assertTrue(found > 2000, "texts with a bracket " + found);
        // methodOrSource skips its whitespace pass with the check made for StatusParser's: the same regex
        assertEquals(StatusParser.WHITESPACE_RUN.pattern(), AssessmentDraft.SPACES.pattern());
    }
}
