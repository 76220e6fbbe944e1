package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
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
        Set<Integer> covered = new HashSet<>();
        for (RawBlock b : raw) {
            covered.add(b.markerLine);
            for (RawBlock.QLine q : b.lines) covered.add(q.line());
        }
        for (Unit u : units) {
            if (u.kind() != Kind.QUOTE || covered.contains(u.first())) continue;
            if (!BlockFinder.isProvenanceQuote(u, src)) continue;
            RawBlock b = new RawBlock(u.inList() ? BlockForm.INDENTED : BlockForm.QUOTE, -1);
            for (int l = u.first(); l <= u.last(); l++) b.lines.add(new RawBlock.QLine(l, Text.unquote(src.line(l))));
            raw.add(b);
            for (int l = u.first(); l <= u.last(); l++) covered.add(l);
        }
        for (Unit u : units) {
            if (u.kind() != Kind.PARAGRAPH) continue;
            for (int l = u.first(); l <= u.last(); l++) {
                if (covered.contains(l) || !BlockFinder.isInlineLine(src.line(l))) continue;
                RawBlock b = new RawBlock(BlockForm.INLINE, -1);
                b.lines.add(new RawBlock.QLine(
                        l, OUTER_PARENS.matcher(src.line(l).strip()).replaceAll("")));
                raw.add(b);
                covered.add(l);
            }
        }
        raw.sort((a, b) -> Integer.compare(a.firstLine(), b.firstLine()));
        Set<Integer> lines = new HashSet<>();
        for (RawBlock b : raw) {
            for (RawBlock.QLine q : b.lines) lines.add(q.line());
            if (b.markerLine > 0) lines.add(b.markerLine);
        }
        return new BlockLocator(List.copyOf(raw), Collections.unmodifiableSet(lines));
    }
}
