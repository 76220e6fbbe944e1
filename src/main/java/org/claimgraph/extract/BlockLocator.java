package org.claimgraph.extract;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.extract.MarkdownStructure.Kind;
import org.claimgraph.extract.MarkdownStructure.Unit;

/**
 * Where a note's provenance blocks are: the marker blocks {@link BlockFinder} finds, then quotes
 * that read as provenance, then single inline lines in paragraphs, each line in at most one block.
 *
 * @param blocks in order of their first line
 * @param lines every line of a block, its marker line included: no claim is read from them
 */
record BlockLocator(List<RawBlock> blocks, Set<Integer> lines) {
    private static final Pattern OUTER_PARENS = Pattern.compile("^[（(]|[）)]$");

    static BlockLocator find(SourceText src, List<Unit> units) {
        List<RawBlock> raw = new ArrayList<>(BlockFinder.markerBlocks(src, units));
        BitSet covered =
                new BitSet(src.size() + 2); // lines, as bits (a set of boxed lines was 2 % of extract's allocation)
        for (RawBlock b : raw) {
            set(covered, b.markerLine);
            for (RawBlock.QLine q : b.lines) set(covered, q.line());
        }
        for (Unit u : units) {
            if (u.kind() != Kind.QUOTE || has(covered, u.first())) continue;
            if (!BlockFinder.isProvenanceQuote(u, src)) continue;
            RawBlock b = new RawBlock(u.inList() ? BlockForm.INDENTED : BlockForm.QUOTE, -1);
            for (int l = u.first(); l <= u.last(); l++) b.lines.add(new RawBlock.QLine(l, src.unquoted(l)));
            raw.add(b);
            for (int l = u.first(); l <= u.last(); l++) set(covered, l);
        }
        BitSet keyed = BlockFinder.inlineKeyLines(src);
        for (Unit u : units) {
            if (u.kind() != Kind.PARAGRAPH) continue;
            for (int l = u.first(); l <= u.last(); l++) {
                if (has(covered, l) || !keyed.get(l) || !BlockFinder.isInlineLine(src.line(l))) continue;
                RawBlock b = new RawBlock(BlockForm.INLINE, -1);
                b.lines.add(new RawBlock.QLine(
                        l, OUTER_PARENS.matcher(src.line(l).strip()).replaceAll("")));
                raw.add(b);
                set(covered, l);
            }
        }
        raw.sort((a, b) -> Integer.compare(a.firstLine(), b.firstLine()));
        BitSet lines = new BitSet(src.size() + 2);
        for (RawBlock b : raw) {
            for (RawBlock.QLine q : b.lines) set(lines, q.line());
            if (b.markerLine > 0) set(lines, b.markerLine);
        }
        return new BlockLocator(List.copyOf(raw), new LineSet(lines));
    }

    /** Block and marker lines are 1..size (a block without a marker has none: -1, never added). */
    private static void set(BitSet lines, int line) {
        if (line >= 0) lines.set(line);
    }

    private static boolean has(BitSet lines, int line) {
        return line >= 0 && lines.get(line);
    }

    /** An unmodifiable set of lines held as bits: {@code contains} without hashing a boxed line. */
    static final class LineSet extends AbstractSet<Integer> {
        private final BitSet bits;
        private final int size;

        LineSet(BitSet bits) {
            this.bits = bits;
            this.size = bits.cardinality();
        }

        @Override
        public boolean contains(Object o) {
            return o instanceof Integer i && i >= 0 && bits.get(i);
        }

        @Override
        public Iterator<Integer> iterator() {
            return bits.stream().iterator();
        }

        @Override
        public int size() {
            return size;
        }
    }
}
