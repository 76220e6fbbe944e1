package org.claimgraph.extract;

import java.util.regex.Pattern;

/** Small text helpers shared by the readers. */
final class Text {
    private Text() {}

    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|(?<![\\w*])\\*(?=\\S)|(?<=\\S)\\*(?![\\w*])|`");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]+");
    private static final Pattern BR = Pattern.compile("(?i)<br\\s*/?>");

    /** Removes markdown emphasis and code ticks, turns {@code <br>} into a space, collapses spaces. */
    static String plain(String s) {
        if (s == null) return "";
        // each pattern runs only when its text can occur: a regex pass per call dominated extraction time.
        // One pass finds out which can (the checks below, made on s, were seven scans of every text).
        boolean lt = false, marks = false, spaces = false;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '<') lt = true;
            else if (c == '*' || c == '_' || c == '`') marks = true;
            else if (c == '\t' || c == '\u00A0' || (c == ' ' && i > 0 && s.charAt(i - 1) == ' ')) spaces = true;
        }
        if (!lt && !marks) return (spaces ? SPACES.matcher(s).replaceAll(" ") : s).strip();
        String t = lt ? BR.matcher(s).replaceAll(" ") : s;
        if (t.indexOf('*') >= 0 || t.indexOf('_') >= 0 || t.indexOf('`') >= 0)
            t = EMPHASIS.matcher(t).replaceAll("");
        if (t.indexOf('\t') >= 0 || t.indexOf('\u00A0') >= 0 || t.contains("  "))
            t = SPACES.matcher(t).replaceAll(" ");
        return t.strip();
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
                || (c >= '\u3000' && c <= '\u303F')
                || (c >= '\uFF00' && c <= '\uFFEF');
    }

    static String clip(String s, int max) {
        if (s == null) return "";
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }

    /** Removes all whitespace, for figure comparisons ("13 MB" == "13MB"). */
    static String squash(String s) {
        if (s == null) return "";
        StringBuilder sb =
                null; // drops whitespace (regex \s), NBSP, * and `, without a regex pass (called for every line of a
        // note)
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean drop = c == ' '
                    || c == '\t'
                    || c == '\n'
                    || c == '\u000B'
                    || c == '\f'
                    || c == '\r'
                    || c == '\u00A0'
                    || c == '*'
                    || c == '`';
            if (drop && sb == null) sb = new StringBuilder(s.length()).append(s, 0, i);
            else if (!drop && sb != null) sb.append(c);
        }
        return sb == null ? s : sb.toString();
    }

    /** Strips a markdown quote prefix ({@code >}, possibly nested and indented) from a line. */
    static String unquote(String line) {
        // as stripping the leading whitespace, then per '>' the '>' and one space, while the next '>' follows
        // after at most one more whitespace char, with one substring at the end instead of one per step
        int n = line.length();
        int i = skipWhitespace(line, 0);
        while (i < n && line.charAt(i) == '>') {
            i++;
            if (i < n && line.charAt(i) == ' ') i++;
            int s = skipWhitespace(line, i);
            if (s < n && line.charAt(s) == '>' && s - i <= 1) i = s;
            else break;
        }
        return line.substring(i);
    }

    /** The index of the first char at or after {@code i} that is not whitespace, as {@code stripLeading} sees it. */
    private static int skipWhitespace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return i;
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
