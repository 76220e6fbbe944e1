package org.claimgraph.writeback;

import java.util.ArrayList;
import java.util.List;

/**
 * A note as physical lines, each with its own line ending ("\n", "\r\n", "\r" or "" for a last
 * line without one), so that joining them gives back the exact text. Line numbers are 1-based.
 */
final class NoteLines {
    record Line(String content, String eol) {
        Line withContent(String c) {
            return new Line(c, eol);
        }
    }

    private final List<Line> lines;

    private NoteLines(List<Line> lines) {
        this.lines = lines;
    }

    static NoteLines of(String text) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                int end = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                out.add(new Line(text.substring(start, i), text.substring(i, end)));
                start = end;
                i = end;
            } else {
                i++;
            }
        }
        if (start < text.length()) out.add(new Line(text.substring(start), ""));
        return new NoteLines(out);
    }

    NoteLines copy() {
        return new NoteLines(new ArrayList<>(lines));
    }

    int size() {
        return lines.size();
    }

    String content(int line) {
        return lines.get(line - 1).content();
    }

    String eol(int line) {
        return lines.get(line - 1).eol();
    }

    void set(int line, String content) {
        lines.set(line - 1, lines.get(line - 1).withContent(content));
    }

    /** Inserts {@code contents} after {@code line} (0 = at the top) with the line ending {@code eol}. */
    void insertAfter(int line, List<String> contents, String eol) {
        List<Line> add = new ArrayList<>();
        for (String c : contents) add.add(new Line(c, eol));
        if (line >= 1 && lines.get(line - 1).eol().isEmpty()) {
            // the line we insert after was the last one, without an ending: give it one
            lines.set(line - 1, new Line(lines.get(line - 1).content(), eol));
            add.set(add.size() - 1, new Line(contents.get(contents.size() - 1), ""));
        }
        lines.addAll(line, add);
    }

    void remove(int line) {
        lines.remove(line - 1);
    }

    /** The ending most lines use ("\n" when none has one). */
    String dominantEol() {
        int crlf = 0, lf = 0;
        for (Line l : lines) {
            if (l.eol().equals("\r\n")) crlf++;
            else if (l.eol().equals("\n")) lf++;
        }
        return crlf > lf ? "\r\n" : "\n";
    }

    /** Contents only, for the diff. */
    List<String> contents() {
        List<String> out = new ArrayList<>(lines.size());
        for (Line l : lines) out.add(l.content());
        return out;
    }

    String text() {
        StringBuilder sb = new StringBuilder();
        for (Line l : lines) sb.append(l.content()).append(l.eol());
        return sb.toString();
    }
}
