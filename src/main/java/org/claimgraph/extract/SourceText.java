package org.claimgraph.extract;

import java.io.Reader;
import java.util.Arrays;
import java.util.BitSet;

/**
 * The lines of a note, 1-based, split the way CommonMark splits them ({@code \n}, {@code \r\n}
 * or {@code \r}). A leading byte-order mark is dropped.
 *
 * <p>Keeps the note's text once, with the start and end of every line: a line is cut out when it
 * is asked for. Holding every line as a string of its own doubled the text in memory (a 4 MB note's
 * extraction peaked at 20× the file, most of it while the markdown parser ran).
 */
final class SourceText {
    private final String text;
    private final int[] start; // line n (1-based) is text[start[n - 1], end[n - 1])
    private final int[] end;
    private final int size;

    SourceText(String text) {
        String t = text == null ? "" : text;
        int from = t.startsWith("\uFEFF") ? 1 : 0;
        int n = t.length();
        int[] s = new int[16];
        int[] e = new int[16];
        int count = 0;
        int lineStart = from;
        // without a '\r' in the text, the line ends are found with indexOf('\n') (a fast scan) instead of a look at
        // every char
        boolean cr = t.indexOf('\r', from) >= 0;
        for (int i = cr ? from : t.indexOf('\n', from); i >= 0 && i < n; i = cr ? i + 1 : t.indexOf('\n', i + 1)) {
            char c = t.charAt(i);
            if (c == '\n' || c == '\r') {
                if (count == s.length) {
                    s = Arrays.copyOf(s, count * 2);
                    e = Arrays.copyOf(e, count * 2);
                }
                s[count] = lineStart;
                e[count++] = i;
                if (c == '\r' && i + 1 < n && t.charAt(i + 1) == '\n') i++;
                lineStart = i + 1;
            }
        }
        if (lineStart < n) {
            if (count == s.length) {
                s = Arrays.copyOf(s, count + 1);
                e = Arrays.copyOf(e, count + 1);
            }
            s[count] = lineStart;
            e[count++] = n;
        }
        this.text = t;
        this.start = count == s.length ? s : Arrays.copyOf(s, count);
        this.end = count == e.length ? e : Arrays.copyOf(e, count);
        this.size = count;
    }

    /** Number of lines (a trailing newline does not open a new line). */
    int size() {
        return size;
    }

    /** Line {@code n}, 1-based; "" outside the note. */
    String line(int n) {
        return n >= 1 && n <= size ? text.substring(start[n - 1], end[n - 1]) : "";
    }

    /** As {@code Text.unquote(line(n))}, cutting the line out once. */
    String unquoted(int n) {
        if (n < 1 || n > size) return "";
        int e = end[n - 1];
        return text.substring(Text.unquoteFrom(text, start[n - 1], e), e);
    }

    /** The length of line {@code n} in chars (0 outside the note), without cutting it out. */
    int length(int n) {
        return n >= 1 && n <= size ? end[n - 1] - start[n - 1] : 0;
    }

    /** As {@code line(n).isBlank()}, without cutting the line out. */
    boolean isBlank(int n) {
        if (n < 1 || n > size) return true;
        for (int i = start[n - 1], e = end[n - 1]; i < e; i++)
            if (!Character.isWhitespace(text.charAt(i))) return false;
        return true;
    }

    /**
     * The lines that contain {@code s} (no line break in it), as bits 1..size: as {@code line(n).contains(s)} on every line,
     * found with one {@code indexOf} pass over the text (per-line scans of every line cost ≈ 2 % of extraction).
     */
    BitSet linesWith(String s) {
        BitSet out = new BitSet(size + 1);
        if (size == 0) return out;
        if (s.isEmpty()) {
            out.set(1, size + 1);
            return out;
        }
        int line = 0; // 0-based index of the line being searched
        int at = text.indexOf(s, start[0]);
        while (at >= 0 && line < size) {
            while (line < size && end[line] < at + s.length()) line++;
            if (line == size) break;
            if (at >= start[line]) {
                out.set(line + 1);
                if (++line == size) break;
                at = text.indexOf(s, start[line]);
            } else {
                at = text.indexOf(s, at + 1); // runs over a line break: not in one line
            }
        }
        return out;
    }

    /** Char {@code i} of line {@code n}, or -1 past the line's end or outside the note. */
    int charAt(int n, int i) {
        if (n < 1 || n > size || i < 0) return -1;
        int at = start[n - 1] + i;
        return at < end[n - 1] ? text.charAt(at) : -1;
    }

    /** As {@code line(n).startsWith(s, i)}, without cutting the line out. */
    boolean regionIs(int n, int i, String s) {
        if (n < 1 || n > size || i < 0) return false;
        int at = start[n - 1] + i;
        return at + s.length() <= end[n - 1] && text.startsWith(s, at);
    }

    /** Whether {@code s} occurs anywhere in the note's text. */
    boolean occurs(String s) {
        return text.indexOf(s) >= 0;
    }

    private String[] squashed;

    /** Line {@code n} without whitespace and emphasis marks (cached), for figure look-ups. */
    String squashed(int n) {
        if (n < 1 || n > size) return "";
        if (squashed == null) squashed = new String[size + 1];
        String s = squashed[n];
        if (s == null) squashed[n] = s = Text.squash(line(n));
        return s;
    }

    /**
     * The lines joined with {@code \n} as a stream of chars, the lines in {@code blank} left empty:
     * what the markdown parser reads, without a second copy of the text.
     */
    Reader joined(BitSet blank) {
        return joined(blank, 1, size);
    }

    /** As {@link #joined(BitSet)}, lines {@code from} to {@code to} (1-based, inclusive) only. */
    Reader joined(BitSet blank, int from, int to) {
        int last = Math.min(to, size);
        return new Reader() {
            private int line = Math.max(1, from); // the line being read
            private int pos = -1; // offset in the text, -1: line not started

            @Override
            public int read(char[] buf, int off, int len) {
                if (len == 0) return 0;
                int done = 0;
                while (done < len && line <= last) {
                    if (pos < 0) pos = blank.get(line) ? end[line - 1] : start[line - 1];
                    int e = end[line - 1];
                    if (pos < e) {
                        int k = Math.min(e - pos, len - done);
                        text.getChars(pos, pos + k, buf, off + done);
                        pos += k;
                        done += k;
                    } else {
                        if (line < last) buf[off + done++] = '\n';
                        line++;
                        pos = -1;
                    }
                }
                return done == 0 ? -1 : done;
            }

            @Override
            public void close() {}
        };
    }
}
