package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A provenance block as found in the lines, before its fields are read: the marker line (or -1),
 * the quote lines with their line numbers, and where it sits.
 */
final class RawBlock {
    record QLine(int line, String content) {}

    final BlockForm form;
    final int markerLine;
    final List<QLine> lines = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    /** For code-fence blocks: index into the structure's units of the code block, else -1. */
    int codeUnit = -1;

    RawBlock(BlockForm form, int markerLine) {
        this.form = form;
        this.markerLine = markerLine;
    }

    int firstLine() {
        return markerLine > 0 ? markerLine : lines.isEmpty() ? -1 : lines.get(0).line();
    }

    int lastLine() {
        return lines.isEmpty() ? markerLine : lines.get(lines.size() - 1).line();
    }
}
