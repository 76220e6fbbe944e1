package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link Text#plain} decides which passes to run in one scan and removes marks and collapses spaces by hand: the
 * same text as the former regex passes, each guarded by its own check.
 */
class TextPlainTest {
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|(?<![\\w*])\\*(?=\\S)|(?<=\\S)\\*(?![\\w*])|`");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]+");
    private static final Pattern BR = Pattern.compile("(?i)<br\\s*/?>");

    /** The former plain: each pass guarded by its own scans. */
    private static String former(String s) {
        if (s == null) return "";
        String t = s.indexOf('<') >= 0 ? BR.matcher(s).replaceAll(" ") : s;
        if (t.indexOf('*') >= 0 || t.indexOf('_') >= 0 || t.indexOf('`') >= 0)
            t = EMPHASIS.matcher(t).replaceAll("");
        if (t.indexOf('\t') >= 0 || t.indexOf('\u00A0') >= 0 || t.contains("  "))
            t = SPACES.matcher(t).replaceAll(" ");
        return t.strip();
    }

    @Test
    void sameAsEachPassOnItsOwn() throws IOException {
        String[] atoms = {
            "a", "中", " ", "  ", "\t", "\u00A0", "*", "**", "_", "__", "`", "<br>", "<BR />", "<br/>", "<b>", "<",
            "x*y", "\n", "\u3000", "：", "1", "***", "_a_", "Z", "é", "\r", "\f", "\u000B", "😀", "**x**", "*中*", "a *",
            "* b"
        };
        int changed = 0;
        for (String text : ScanCorpus.texts(List.of("", " ", "**a**  b", "a <br> b"), atoms, 12)) {
            assertEquals(former(text), Text.plain(text), text);
            if (!former(text).equals(text.strip())) changed++;
        }
        assertTrue(changed > 10_000, "texts with marks or spaces removed: " + changed);
    }

    /** The former unquote: a substring per step. */
    private static String formerUnquote(String line) {
        String t = line.stripLeading();
        while (t.startsWith(">")) {
            t = t.substring(1);
            if (t.startsWith(" ")) t = t.substring(1);
            String s = t.stripLeading();
            if (s.startsWith(">") && t.length() - s.length() <= 1) t = s;
            else break;
        }
        return t;
    }

    /** {@link Text#unquote} cuts the line once: the same text as the former step-by-step substrings. */
    @Test
    void unquoteAsTheFormerSteps() throws IOException {
        String[] atoms = {">", "> ", ">>", "  ", " ", "\t", "\u3000", "\u00A0", "a", "中", "-", "\n", "\u2028", "😀"};
        int changed = 0;
        for (String text : ScanCorpus.texts(List.of("", ">", "> > a", ">  > a", " >\t>b"), atoms, 10)) {
            assertEquals(formerUnquote(text), Text.unquote(text), text);
            if (!text.equals(Text.unquote(text))) changed++;
        }
        assertTrue(changed > 5000, "texts unquoted: " + changed);
    }
}
