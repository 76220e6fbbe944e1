package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.extract.MarkdownStructure.Unit;

/**
 * The whole-note scan, line by line (too-long lines skipped): URLs anywhere, wikilinks outside
 * code, and "第 N 行" references resolved against the note's units and provenance blocks.
 */
record LineScanner(List<Model.UrlMention> urls, List<Model.LineReference> refs, List<Model.Wikilink> wikilinks) {
    private static final Pattern ITEM_OR_BOLD_START = Pattern.compile("^([-*+]|\\*\\*).*");

    static LineScanner scan(NoteOutline outline, Set<Integer> blockLines, List<Model.ProvenanceBlock> blocks) {
        SourceText src = outline.src();
        List<Model.UrlMention> urls = new ArrayList<>();
        List<Model.LineReference> refs = new ArrayList<>();
        List<Model.Wikilink> wikilinks = new ArrayList<>();
        LineReferenceResolver.Targets targets = null;
        // a line is cut out only when it may hold a URL, a wikilink or a reference (few lines do)
        BitSet candidates = src.linesWith("http");
        candidates.or(src.linesWith("[["));
        candidates.or(src.linesWith("行"));
        for (int i = candidates.nextSetBit(1); i >= 1 && i <= src.size(); i = candidates.nextSetBit(i + 1)) {
            if (outline.tooLong().contains(i)) continue;
            String line = src.line(i);
            for (String u : UrlScanner.urls(line)) urls.add(new Model.UrlMention(u, i));
            if (!outline.lookup().inCode(i)) wikilinks.addAll(WikilinkReader.find(line, i));
            if (mayReferToLines(line)) {
                String own = Text.unquote(line).strip();
                String next = Text.unquote(src.line(i + 1)).strip();
                String ctx = own + (ITEM_OR_BOLD_START.matcher(next).matches() ? "" : next);
                // built once, when the first line that may hold a reference comes: one scan budget for the note
                if (targets == null) targets = referenceTargets(outline, blocks);
                refs.addAll(LineReferenceResolver.find(ctx, own.length(), i, src, blockLines, targets));
            }
        }
        return new LineScanner(List.copyOf(urls), unique(refs), List.copyOf(wikilinks));
    }

    /**
     * Whether a "第 N 行" reference may start on {@code line}: the line has a '第' and a '行'. A reference that
     * {@link LineReferenceResolver#find} reports starts in the line's own text, so a line without '第' has none
     * (most lines with 行 hold words such as 运行, 执行), and no context is cut out for it.
     */
    static boolean mayReferToLines(String line) {
        return line.indexOf('第') >= 0 && line.contains("行");
    }

    /** References that start on a line and continue on the next would be found twice: keep the first. */
    private static List<Model.LineReference> unique(List<Model.LineReference> refs) {
        List<Model.LineReference> unique = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Model.LineReference r : refs) {
            if (seen.add(r.fromLine() + ":" + r.targetFirst() + ":" + r.targetLast() + ":" + r.raw())) unique.add(r);
        }
        return List.copyOf(unique);
    }

    /** What "第 N 行" can point at: the units of the note and its provenance blocks (marker line included). */
    private static LineReferenceResolver.Targets referenceTargets(
            NoteOutline outline, List<Model.ProvenanceBlock> blocks) {
        List<LineReferenceResolver.Target> targets = new ArrayList<>();
        for (Unit u : outline.units()) {
            String kind = switch (u.kind()) {
                case TABLE -> "table";
                case CODE -> u.info().equalsIgnoreCase("mermaid") ? "figure" : "code";
                case QUOTE -> "quote";
                case PARAGRAPH -> "paragraph";
                case HEADING -> "heading";
                default -> null;
            };
            if (kind != null) targets.add(new LineReferenceResolver.Target(kind, u.first(), u.last()));
        }
        for (Model.ProvenanceBlock b : blocks)
            targets.add(new LineReferenceResolver.Target("annotation", b.firstLine(), b.lastLine()));
        return new LineReferenceResolver.Targets(targets, LineReferenceResolver.SCAN_BUDGET);
    }
}
