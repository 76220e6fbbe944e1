package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a note, 1-based, split the way CommonMark splits them ({@code \n}, {@code \r\n}
 * or {@code \r}). A leading byte-order mark is dropped.
 */
final class SourceText {
    private final List<String> lines;

    SourceText(String text) {
        String t = text == null ? "" : text;
        if (t.startsWith("\uFEFF")) t = t.substring(1);
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(t.substring(start, i));
                if (c == '\r' && i + 1 < n && t.charAt(i + 1) == '\n') i++;
                start = i + 1;
            }
        }
        if (start < n) out.add(t.substring(start));
        this.lines = out;
    }

    /** Number of lines (a trailing newline does not open a new line). */
    int size() {
        return lines.size();
    }

    /** Line {@code n}, 1-based; "" outside the note. */
    String line(int n) {
        return n >= 1 && n <= lines.size() ? lines.get(n - 1) : "";
    }

    boolean isBlank(int n) {
        return line(n).isBlank();
    }

    private String[] squashed;

    /** Line {@code n} without whitespace and emphasis marks (cached), for figure look-ups. */
    String squashed(int n) {
        if (n < 1 || n > lines.size()) return "";
        if (squashed == null) squashed = new String[lines.size() + 1];
        String s = squashed[n];
        if (s == null) squashed[n] = s = Text.squash(lines.get(n - 1));
        return s;
    }

    /** The whole text joined with {@code \n}, for the markdown parser. */
    String joined() {
        return String.join("\n", lines);
    }
}
