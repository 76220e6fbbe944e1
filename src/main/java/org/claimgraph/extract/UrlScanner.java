package org.claimgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** URLs ({@code <https://…>}, bare or in markdown links) and ISO dates in text. */
final class UrlScanner {
    private UrlScanner() {}

    private static final Pattern URL =
            Pattern.compile("https?://[^\\s<>()\\[\\]{}\"'`（）【】，。；！？、|\\u3000-\\u303F\\uFF00-\\uFFEF\\u4E00-\\u9FFF]+");
    private static final Pattern DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");

    static List<String> urls(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || !text.contains("http")) return out;
        Matcher m = URL.matcher(text);
        while (m.find()) {
            String u = m.group();
            while (!u.isEmpty() && ".,;:!?*".indexOf(u.charAt(u.length() - 1)) >= 0) u = u.substring(0, u.length() - 1);
            if (u.length() > "https://".length()) out.add(u);
        }
        return out;
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
