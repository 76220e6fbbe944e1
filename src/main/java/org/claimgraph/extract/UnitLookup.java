package org.claimgraph.extract;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.claimgraph.extract.MarkdownStructure.Kind;
import org.claimgraph.extract.MarkdownStructure.Unit;

/**
 * Per-line answers about a note's units, built once per note in one pass over the units so that
 * the extractor's questions ("is this line in a code block?", "which paragraph holds it?", "which
 * unit ends right before it?") cost O(1) each instead of a scan over every unit. Asked once per
 * line or per block, the scans made extraction quadratic in the note's size.
 */
final class UnitLookup {
    private final BitSet code = new BitSet();
    private final int[] paragraph; // line -> first PARAGRAPH unit (in unit order) containing it, or -1
    private final int[] nearestBefore; // line -> the unit {@link #unitEndingBefore} answers, or -1
    private final List<Unit> units;

    UnitLookup(List<Unit> units, int lines) {
        this.units = units;
        int max = lines + 2;
        for (Unit u : units) max = Math.max(max, u.last() + 2);
        paragraph = new int[max];
        Arrays.fill(paragraph, -1);
        int[] endingAt = new int[max]; // line -> last unit in unit order ending on it (not an HTML comment)
        Arrays.fill(endingAt, -1);
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (u.kind() == Kind.CODE && u.first() <= u.last()) code.set(Math.max(0, u.first()), u.last() + 1);
            if (u.kind() == Kind.PARAGRAPH) {
                for (int l = Math.max(0, u.first()); l <= u.last(); l++) if (paragraph[l] < 0) paragraph[l] = i;
            }
            if (u.last() >= 0 && !(u.kind() == Kind.HTML && u.text().strip().startsWith("<!--")))
                endingAt[u.last()] = i;
        }
        nearestBefore = new int[max + 1];
        int best = -1;
        for (int l = 0; l <= max; l++) {
            nearestBefore[l] = best;
            if (l < max && endingAt[l] >= 0) best = endingAt[l];
        }
    }

    /** Whether {@code line} lies in a code block (fence lines included). */
    boolean inCode(int line) {
        return line >= 0 && code.get(line);
    }

    /** Whether {@code a} lies in a paragraph that also contains {@code b} (the first paragraph holding {@code a}). */
    boolean sameParagraph(int a, int b) {
        if (a < 0 || a >= paragraph.length || paragraph[a] < 0) return false;
        Unit u = units.get(paragraph[a]);
        return u.first() <= b && b <= u.last();
    }

    /**
     * The unit that ends nearest before {@code line} (largest last line below it; of several ending
     * there, the last in unit order), HTML comments left out; null when none.
     */
    Unit unitEndingBefore(int line) {
        int l = Math.min(Math.max(line, 0), nearestBefore.length - 1);
        return nearestBefore[l] < 0 ? null : units.get(nearestBefore[l]);
    }
}
