package org.claimgraph.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of one note being written, with the line number each one gets. Line numbers are
 * 1-based, as in an editor; {@link #next()} is the number the next {@link #add} will receive.
 */
final class NoteBuffer {
    private final List<String> lines = new ArrayList<>();

    /** Appends one line and returns its line number. */
    int add(String line) {
        if (line.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("one line at a time: " + line);
        }
        lines.add(line);
        return lines.size();
    }

    void blank() {
        add("");
    }

    int next() {
        return lines.size() + 1;
    }

    /** The text of line {@code n} (1-based). */
    String line(int n) {
        return lines.get(n - 1);
    }

    int size() {
        return lines.size();
    }

    /** The whole note, every line terminated by '\n'. */
    String text() {
        StringBuilder sb = new StringBuilder(lines.size() * 40);
        for (String l : lines) {
            sb.append(l).append('\n');
        }
        return sb.toString();
    }
}
