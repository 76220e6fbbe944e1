package org.claimgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** URLs ({@code <https://…>}, bare or in markdown links) and ISO dates in text. */
final class UrlScanner {
    private UrlScanner() {}

    /** What a URL is; {@link #urls} finds the same by a scan (a regex pass over every text was a hot spot). */
    static final Pattern URL =
            Pattern.compile("https?://[^\\s<>()\\[\\]{}\"'`（）【】，。；！？、|\\u3000-\\u303F\\uFF00-\\uFFEF\\u4E00-\\u9FFF]+");

    private static final Pattern DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");

    /** The matches of {@link #URL} in text, left to right, each without trailing punctuation. */
    static List<String> urls(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        int at = text.indexOf("http");
        while (at >= 0) {
            int body = text.startsWith("://", at + 4) ? at + 7 : text.startsWith("s://", at + 4) ? at + 8 : -1;
            int end = body;
            while (end >= 0 && end < text.length() && isUrlChar(text.charAt(end))) end++;
            if (end <= body) { // no URL starts here
                at = text.indexOf("http", at + 1);
                continue;
            }
            String u = text.substring(at, end);
            while (!u.isEmpty() && ".,;:!?*".indexOf(u.charAt(u.length() - 1)) >= 0) u = u.substring(0, u.length() - 1);
            if (u.length() > "https://".length()) out.add(u);
            at = text.indexOf("http", end);
        }
        return out;
    }

    /** A char of {@link #URL}'s class: not whitespace, bracket, quote, {@code |}, CJK or full-width. */
    private static boolean isUrlChar(char c) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') return false;
        if ("<>()[]{}\"'`|".indexOf(c) >= 0) return false;
        return !(c >= '\u3000' && c <= '\u303F')
                && !(c >= '\uFF00' && c <= '\uFFEF')
                && !(c >= '\u4E00' && c <= '\u9FFF');
    }

    /** The first ISO date (yyyy-mm-dd) in text, or null. */
    static LocalDate firstDate(String text) {
        if (text == null) return null;
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            try {
                return LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (RuntimeException e) {
                // not a real date (2025-13-40): keep looking
            }
        }
        return null;
    }
}
