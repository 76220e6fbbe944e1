package org.claimgraph.extract;

import java.util.regex.Pattern;

/** Small text helpers shared by the readers. */
final class Text {
    private Text() {}

    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|(?<![\\w*])\\*(?=\\S)|(?<=\\S)\\*(?![\\w*])|`");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]+");
    private static final Pattern SQUASH = Pattern.compile("[\\s\\u00A0*`]+");
    private static final Pattern BR = Pattern.compile("(?i)<br\\s*/?>");

    /** Removes markdown emphasis and code ticks, turns {@code <br>} into a space, collapses spaces. */
    static String plain(String s) {
        if (s == null) return "";
        String t = BR.matcher(s).replaceAll(" ");
        t = EMPHASIS.matcher(t).replaceAll("");
        return SPACES.matcher(t).replaceAll(" ").strip();
    }

    /** Joins two wrapped lines: no space between CJK characters, one space between Latin words. */
    static String joinWrapped(String a, String b) {
        if (a.isEmpty()) return b;
        if (b.isEmpty()) return a;
        char x = a.charAt(a.length() - 1);
        char y = b.charAt(0);
        if (isWide(x) || isWide(y) || x == ' ' || y == ' ') return a + b;
        return a + " " + b;
    }

    static boolean isWide(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF');
    }

    static String clip(String s, int max) {
        if (s == null) return "";
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }

    /** Removes all whitespace, for figure comparisons ("13 MB" == "13MB"). */
    static String squash(String s) {
        return s == null ? "" : SQUASH.matcher(s).replaceAll("");
    }

    /** Strips a markdown quote prefix ({@code >}, possibly nested and indented) from a line. */
    static String unquote(String line) {
        String t = line.stripLeading();
        while (t.startsWith(">")) {
            t = t.substring(1);
            if (t.startsWith(" ")) t = t.substring(1);
            String s = t.stripLeading();
            if (s.startsWith(">") && t.length() - s.length() <= 1) t = s; else break;
        }
        return t;
    }

    static int indent(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') n++;
            else if (c == '\t') n += 4;
            else break;
        }
        return n;
    }
}
