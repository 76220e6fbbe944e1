package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.extract.MarkdownStructure.Kind;
import org.claimgraph.extract.MarkdownStructure.Unit;

/**
 * The first pass over a note, what every later reader asks about: the frontmatter, the markdown
 * units (with frontmatter, too-long lines and block markers masked so that the markdown parser
 * never sees them), the title and the sections. Marks frontmatter and headings in the ledger and
 * reports too-long lines as unparsed.
 *
 * @param tooLong lines longer than {@link NoteExtractorLimits#MAX_LINE}: no reader looks at them
 */
record NoteOutline(
        SourceText src,
        MarkdownStructure md,
        UnitLookup lookup,
        List<Model.Field> frontmatter,
        String title,
        List<Model.Section> sections,
        Set<Integer> tooLong) {

    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
    static final int MAX_LINE = NoteExtractorLimits.MAX_LINE;

    static NoteOutline read(String path, SourceText src, LineLedger ledger) {
        BitSet masked = new BitSet(src.size() + 1); // lines the markdown parser sees as empty
        List<Model.Field> frontmatter = new ArrayList<>();
        FrontmatterReader.Result fm = FrontmatterReader.read(src);
        if (fm != null) {
            frontmatter.addAll(fm.fields());
            ledger.mark(1, fm.lastLine(), "frontmatter");
            for (int bad : fm.unparsed())
                ledger.unparsed(bad, bad, "frontmatter line is not 'key: value' or a list item");
            masked.set(1, fm.lastLine() + 1);
        }
        Set<Integer> tooLong = new HashSet<>();
        BitSet comments = src.linesWith("<!--");
        for (int i = 1; i <= src.size(); i++) {
            if (src.length(i) > MAX_LINE) {
                tooLong.add(i);
                masked.set(i);
                ledger.unparsed(
                        i,
                        i,
                        "line of " + src.length(i) + " characters is longer than the " + MAX_LINE
                                + " the extractor reads");
            } else if (comments.get(i) && BlockFinder.isMarker(src, i)) {
                masked.set(i);
            }
        }
        MarkdownStructure md = new MarkdownStructure(src, masked);
        return new NoteOutline(
                src,
                md,
                new UnitLookup(md.units, src.size()),
                List.copyOf(frontmatter),
                title(path, md, frontmatter),
                sections(src, md, ledger),
                Collections.unmodifiableSet(tooLong));
    }

    /** The first level-1 heading, else the frontmatter's title, else the file name. */
    private static String title(String path, MarkdownStructure md, List<Model.Field> frontmatter) {
        String title = null;
        for (Unit u : md.units)
            if (u.kind() == Kind.HEADING && u.level() == 1) {
                title = Text.plain(u.text());
                break;
            }
        for (Model.Field f : frontmatter) if (title == null && f.key().equals("title")) title = f.value();
        return title == null || title.isEmpty() ? NoteExtractor.fileName(path) : title;
    }

    /** A section per heading, reaching to the line before the next heading of its level or higher. */
    private static List<Model.Section> sections(SourceText src, MarkdownStructure md, LineLedger ledger) {
        List<Unit> heads =
                md.units.stream().filter(u -> u.kind() == Kind.HEADING).toList();
        List<Model.Section> sections = new ArrayList<>();
        List<Model.Section> open = new ArrayList<>();
        for (int i = 0; i < heads.size(); i++) {
            Unit h = heads.get(i);
            int last = src.size();
            for (int j = i + 1; j < heads.size(); j++) {
                if (heads.get(j).level() <= h.level()) {
                    last = heads.get(j).first() - 1;
                    break;
                }
            }
            while (!open.isEmpty() && open.get(open.size() - 1).level() >= h.level()) open.remove(open.size() - 1);
            List<String> p = new ArrayList<>();
            for (Model.Section s : open) p.add(s.heading());
            String heading = Text.plain(h.text());
            p.add(heading);
            Model.Section s = new Model.Section(
                    sections.size(), h.level(), heading, List.copyOf(p), h.first(), Math.max(h.first(), last));
            sections.add(s);
            open.add(s);
            ledger.mark(h.first(), h.last(), "heading");
        }
        return List.copyOf(sections);
    }

    List<Unit> units() {
        return md.units;
    }

    /** The last section starting on or before {@code line}, or -1 (sections are in line order: binary search). */
    int sectionAt(int line) {
        int lo = 0, hi = sections.size() - 1, idx = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sections.get(mid).firstLine() <= line) {
                idx = sections.get(mid).index();
                lo = mid + 1;
            } else hi = mid - 1;
        }
        return idx;
    }

    /** Test environment stated in the governing heading: "性能对比（同硬件 4C8G，100 并发冷启动）", or null. */
    String environmentFor(int line) {
        int s = sectionAt(line);
        if (s < 0) return null;
        String h = sections.get(s).heading();
        int open = h.indexOf('（');
        if (open < 0) open = h.indexOf('(');
        if (open < 0) return null;
        int close = StatusParser.closing(h, open);
        String env = h.substring(open + 1, Math.min(close, h.length())).strip();
        return HAS_DIGIT.matcher(env).matches() ? env : null;
    }

    /** The governing heading and the six lines above {@code line}. */
    String contextAbove(int line) {
        StringBuilder sb = new StringBuilder();
        int s = sectionAt(line);
        if (s >= 0) sb.append(sections.get(s).heading()).append('\n');
        for (int l = Math.max(1, line - 6); l < line; l++)
            sb.append(src.line(l)).append('\n');
        return sb.toString();
    }
}
