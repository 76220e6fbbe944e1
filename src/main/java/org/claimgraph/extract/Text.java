package org.claimgraph.extract;

import java.util.regex.Pattern;

/** Small text helpers shared by the readers. */
final class Text {
    private Text() {}

    // what plain removes and collapses (read by hand in dropMarks; TextPlainTest checks it against these regexes):
    // EMPHASIS = \*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|`  and  SPACES = [ \t\u00A0]+
    private static final Pattern BR = Pattern.compile("(?i)<br\\s*/?>");

    /** Removes markdown emphasis and code ticks, turns {@code <br>} into a space, collapses spaces. */
    static String plain(String s) {
        if (s == null) return "";
        // each pattern runs only when its text can occur: a regex pass per call dominated extraction time.
        // One pass finds out which can (the checks below, made on s, were seven scans of every text).
        boolean lt = false, marks = false, spaces = false;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c > '`' && c != '\u00A0') continue; // letters, CJK: none of the chars below
            if (c == '<') lt = true;
            else if (c == '*' || c == '_' || c == '`') marks = true;
            else if (c == '\t' || c == '\u00A0' || (c == ' ' && i > 0 && s.charAt(i - 1) == ' ')) spaces = true;
        }
        if (!lt && !marks && !spaces) return s.strip();
        return dropMarks(lt ? BR.matcher(s).replaceAll(" ") : s);
    }

    /**
     * As {@code EMPHASIS}, then {@code SPACES} replaced ("" and " ") and the result stripped, in one pass and one
     * string (the two regex passes were ≈ 2 % of extraction's CPU: {@code EMPHASIS} tries five alternatives with
     * look-arounds at every char). Each {@code *} is decided as the regex's alternatives in their order decide it,
     * looking at the chars around it in {@code t} as written (the look-arounds see chars that an earlier match
     * removed); a run of spaces, tabs and no-break spaces left after the removal becomes one space.
     */
    private static String dropMarks(String t) {
        int n = t.length();
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            boolean hasNext = i + 1 < n;
            char next = hasNext ? t.charAt(i + 1) : ' ';
            if (c == '`') continue;
            if (c == '_' && hasNext && next == '_') {
                i++;
                continue;
            }
            if (c == '*') {
                if (hasNext && next == '*') { // \*\*
                    i++;
                    continue;
                }
                boolean hasPrev = i > 0;
                char prev = hasPrev ? t.charAt(i - 1) : ' ';
                if ((!hasPrev || !isWordOrStar(prev)) && hasNext && !isRegexSpace(next)) continue; // (?<![\w*])\*(?=\S)
                if (hasPrev && !isRegexSpace(prev) && (!hasNext || !isWordOrStar(next))) continue; // (?<=\S)\*(?![\w*])
            }
            if (c == ' ' || c == '\t' || c == '\u00A0') {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') continue; // only a run's space is ' '
                c = ' ';
            }
            sb.append(c);
        }
        int b = 0, e = sb.length();
        while (b < e && Character.isWhitespace(sb.charAt(b))) b++;
        while (e > b && Character.isWhitespace(sb.charAt(e - 1))) e--;
        return sb.substring(b, e);
    }

    /** The chars of the regex class {@code \s} (without UNICODE_CHARACTER_CLASS): {@code [ \t\n\x0B\f\r]}. */
    static final String REGEX_SPACES = " \t\n\u000B\f\r";

    /** Whether {@code c} is one of {@link #REGEX_SPACES}. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The regex class {@code [\w*]}: ASCII letters and digits, {@code _} and {@code *}. */
    private static boolean isWordOrStar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '*';
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
        return line.substring(unquoteFrom(line, 0, line.length()));
    }

    /**
     * Where {@link #unquote} cuts the line {@code s[from, n)}: as stripping the leading whitespace, then per '>' the
     * '>' and one space, while the next '>' follows after at most one more whitespace char, with one substring at
     * the end instead of one per step.
     */
    static int unquoteFrom(String s, int from, int n) {
        int i = skipWhitespace(s, from, n);
        while (i < n && s.charAt(i) == '>') {
            i++;
            if (i < n && s.charAt(i) == ' ') i++;
            int k = skipWhitespace(s, i, n);
            if (k < n && s.charAt(k) == '>' && k - i <= 1) i = k;
            else break;
        }
        return i;
    }

    /** The index of the first char at or after {@code i} (before {@code n}) that is not whitespace, as {@code stripLeading} sees it. */
    private static int skipWhitespace(String s, int i, int n) {
        while (i < n && Character.isWhitespace(s.charAt(i))) i++;
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
