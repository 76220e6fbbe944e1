package org.claimgraph.extract;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The block structure of a note from CommonMark (+ GFM tables), flattened into {@link Unit}s with
 * 1-based line ranges: headings, paragraphs, whole block quotes, tables, code blocks, HTML blocks,
 * thematic breaks. Paragraphs inside list items are units of their own; a block quote is one unit.
 */
final class MarkdownStructure {

    enum Kind {
        HEADING,
        PARAGRAPH,
        QUOTE,
        TABLE,
        CODE,
        HTML,
        BREAK,
        LINK_DEFINITION
    }

    /**
     * @param text     plain text of the unit (quote: all its paragraphs joined with newlines)
     * @param inList   inside a list item
     * @param level    heading level, or 0
     * @param info     code block info string (language), "" otherwise
     * @param header   table header cells
     * @param rows     table body rows (cells), with {@code rowLines}
     */
    record Unit(
            Kind kind,
            int first,
            int last,
            String text,
            boolean inList,
            int level,
            String info,
            List<String> header,
            List<List<String>> rows,
            List<Integer> rowLines) {}

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();

    final List<Unit> units = new ArrayList<>();

    /** @param maskedText the note's lines joined with newlines, read as a stream (no copy of the text) */
    MarkdownStructure(Reader maskedText) {
        Node doc;
        try {
            doc = PARSER.parseReader(maskedText);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a reader over a string in memory: cannot happen
        }
        walk(doc, false);
        units.sort((a, b) ->
                a.first() != b.first() ? Integer.compare(a.first(), b.first()) : Integer.compare(a.last(), b.last()));
    }

    private void walk(Node node, boolean inList) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            int[] r = range(c);
            if (c instanceof Heading h) {
                units.add(new Unit(Kind.HEADING, r[0], r[1], inline(h), inList, h.getLevel(), "", null, null, null));
            } else if (c instanceof Paragraph p) {
                units.add(new Unit(Kind.PARAGRAPH, r[0], r[1], inline(p), inList, 0, "", null, null, null));
            } else if (c instanceof BlockQuote q) {
                units.add(new Unit(Kind.QUOTE, r[0], r[1], quoteText(q), inList, 0, "", null, null, null));
            } else if (c instanceof TableBlock t) {
                table(t, r, inList);
            } else if (c instanceof FencedCodeBlock f) {
                String info = f.getInfo() == null ? "" : f.getInfo().strip();
                int sp = info.indexOf(' ');
                if (sp > 0) info = info.substring(0, sp);
                units.add(new Unit(Kind.CODE, r[0], r[1], f.getLiteral(), inList, 0, info, null, null, null));
            } else if (c instanceof IndentedCodeBlock ic) {
                units.add(new Unit(Kind.CODE, r[0], r[1], ic.getLiteral(), inList, 0, "", null, null, null));
            } else if (c instanceof HtmlBlock hb) {
                units.add(new Unit(Kind.HTML, r[0], r[1], hb.getLiteral(), inList, 0, "", null, null, null));
            } else if (c instanceof ThematicBreak) {
                units.add(new Unit(Kind.BREAK, r[0], r[1], "", inList, 0, "", null, null, null));
            } else if (c instanceof LinkReferenceDefinition) {
                units.add(new Unit(Kind.LINK_DEFINITION, r[0], r[1], "", inList, 0, "", null, null, null));
            } else if (c instanceof ListItem) {
                walk(c, true);
            } else {
                walk(c, inList);
            }
        }
    }

    private void table(TableBlock t, int[] r, boolean inList) {
        List<String> header = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        for (Node part = t.getFirstChild(); part != null; part = part.getNext()) {
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) continue;
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) cells.add(inline(cell).strip());
                }
                if (part instanceof TableHead) {
                    header.addAll(cells);
                } else if (part instanceof TableBody) {
                    rows.add(cells);
                    int[] rr = range(row);
                    rowLines.add(rr[0]);
                }
            }
        }
        // rows without source spans: count from the delimiter row
        for (int i = 0; i < rowLines.size(); i++) if (rowLines.get(i) <= 0) rowLines.set(i, r[0] + 2 + i);
        units.add(new Unit(Kind.TABLE, r[0], r[1], "", inList, 0, "", header, rows, rowLines));
    }

    private static int[] range(Node n) {
        List<SourceSpan> spans = n.getSourceSpans();
        if (spans == null || spans.isEmpty()) return new int[] {-1, -1};
        return new int[] {
            spans.get(0).getLineIndex() + 1, spans.get(spans.size() - 1).getLineIndex() + 1
        };
    }

    private static String quoteText(Node q) {
        StringBuilder sb = new StringBuilder();
        for (Node c = q.getFirstChild(); c != null; c = c.getNext()) {
            String t = c instanceof Paragraph || c instanceof Heading ? inline(c) : quoteText(c);
            if (t.isBlank()) continue;
            if (sb.length() > 0) sb.append('\n');
            sb.append(t);
        }
        return sb.toString();
    }

    /**
     * Plain text of inline content with emphasis markers kept as {@code **} so field keys
     * ({@code **来源类型**}) stay visible; soft breaks joined the way prettier wrapped them.
     */
    static String inline(Node n) {
        StringBuilder sb = new StringBuilder();
        appendInline(n, sb);
        // resolve soft breaks in one pass: CJK on either side → nothing, else a space (the char before is
        // the output so far, the char after the next input char, as when resolving them one at a time)
        int z = sb.indexOf("\u0000");
        if (z < 0) return sb.toString();
        StringBuilder out = new StringBuilder(sb.length());
        out.append(sb, 0, z);
        for (int i = z; i < sb.length(); i++) {
            char c = sb.charAt(i);
            if (c != '\u0000') {
                out.append(c);
                continue;
            }
            char a = out.length() > 0 ? out.charAt(out.length() - 1) : ' ';
            char b = i + 1 < sb.length() ? sb.charAt(i + 1) : ' ';
            boolean wide = org.claimgraph.extract.Text.isWide(a)
                    || org.claimgraph.extract.Text.isWide(b)
                    || a == ' '
                    || b == ' ';
            if (!wide) out.append(' ');
        }
        return out.toString();
    }

    private static void appendInline(Node n, StringBuilder sb) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (c instanceof Code code) {
                sb.append('`').append(code.getLiteral()).append('`');
            } else if (c instanceof SoftLineBreak) {
                sb.append('\u0000');
            } else if (c instanceof HardLineBreak) {
                sb.append(' ');
            } else if (c instanceof HtmlInline h) {
                String lit = h.getLiteral();
                sb.append(lit.toLowerCase(java.util.Locale.ROOT).startsWith("<br") ? " " : lit);
            } else if (c instanceof org.commonmark.node.StrongEmphasis) {
                sb.append("**");
                appendInline(c, sb);
                sb.append("**");
            } else if (c instanceof org.commonmark.node.Link l) {
                int before = sb.length();
                appendInline(c, sb);
                String label = sb.substring(before);
                if (!label.equals(l.getDestination()) && l.getDestination() != null)
                    sb.append(" (").append(l.getDestination()).append(')');
            } else {
                appendInline(c, sb);
            }
        }
    }
}
