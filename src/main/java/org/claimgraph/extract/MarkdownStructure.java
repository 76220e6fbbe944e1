package org.claimgraph.extract;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
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
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

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

    /**
     * Chars of text per parsed piece, about (see {@link #MarkdownStructure(SourceText, BitSet, int)}). A piece's
     * tree is walked right after its parse: with pieces of 16 K chars its nodes and strings (≈ 90 bytes per char
     * of text) are still in the core's cache, and extraction took 2–3 % less CPU at 1 MB than with 64 K pieces
     * (8 K: 1 % less again, with 1 % more allocation for the parsers' set-up per piece).
     */
    static final int PIECE_CHARS = 16 * 1024;

    final List<Unit> units = new ArrayList<>();
    /** How many pieces the text was parsed in (for tests). */
    int pieces;
    /** Added to the parser's 0-based line indexes of the piece being walked: its first line, 1-based. */
    private int lineBase = 1;
    /** Units of the piece being walked start before this line (1-based): the next piece's probe line is dropped. */
    private int dropFrom = Integer.MAX_VALUE;

    /** The units of the note's lines, {@code masked} lines read as empty. */
    MarkdownStructure(SourceText src, BitSet masked) {
        this(src, masked, PIECE_CHARS);
    }

    /**
     * Parses the note in pieces of about {@code pieceChars} chars, each walked as soon as it is parsed, so that
     * only one piece's CommonMark tree is alive at a time (a whole large note's tree was ≈ 10× its size, and
     * every young collection copied it while it grew). A piece ends before an ATX heading at the start of a
     * line after a blank one, and only where the parser, reading up to that heading, has nothing but the
     * document open when the heading starts (a {@link Probe} watches for it): a fenced code block or an HTML
     * block that runs on past the blank line keeps the lines together. The tree of such a prefix is the
     * tree the whole text gives for those lines, because no block stays open across the cut and inline
     * parsing reads one block at a time; the exception is link reference definitions, which apply to the
     * whole document, so a text with {@code "]:"} anywhere is parsed in one piece. If the probe fails,
     * the rest is parsed in one piece.
     */
    MarkdownStructure(SourceText src, BitSet masked, int pieceChars) {
        int size = src.size();
        boolean pieces = pieceChars < Integer.MAX_VALUE && !src.occurs("]:");
        Probe probe = new Probe();
        Parser parser = pieces ? parser(probe) : PARSER;
        int from = 1;
        while (from <= size) {
            int cut = pieces ? nextCut(src, masked, from, pieceChars) : -1;
            if (cut < 0) {
                walkPiece(parse(PARSER, src.joined(masked, from, size)), from, Integer.MAX_VALUE);
                break;
            }
            probe.line = cut - from; // the parser's 0-based index of the heading line in this piece
            probe.seen = false;
            Node doc = parse(parser, src.joined(masked, from, cut));
            if (!probe.seen) {
                walkPiece(parse(PARSER, src.joined(masked, from, size)), from, Integer.MAX_VALUE);
                break;
            }
            walkPiece(doc, from, cut);
            from = cut;
        }
        units.sort((a, b) ->
                a.first() != b.first() ? Integer.compare(a.first(), b.first()) : Integer.compare(a.last(), b.last()));
    }

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();

    private static Parser parser(Probe probe) {
        return Parser.builder()
                .extensions(List.of(TablesExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS)
                .customBlockParserFactory(probe)
                .build();
    }

    private static Node parse(Parser parser, Reader text) {
        try {
            return parser.parseReader(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a reader over a string in memory: cannot happen
        }
    }

    /**
     * The first line after {@code from} where a piece may end (the line is not part of it): at least
     * {@code pieceChars} chars after {@code from}, an unmasked ATX heading ({@code #} to {@code ######}, then a
     * space, a tab or the line's end) at column 0 after a blank or masked line; -1 when there is none.
     */
    private static int nextCut(SourceText src, BitSet masked, int from, int pieceChars) {
        long chars = 0;
        for (int n = from + 1; n <= src.size(); n++) {
            chars += src.length(n - 1) + 1;
            if (chars < pieceChars || masked.get(n) || src.charAt(n, 0) != '#') continue;
            if (!masked.get(n - 1) && !src.isBlank(n - 1)) continue;
            int i = 0;
            while (i < 7 && src.charAt(n, i) == '#') i++;
            int after = src.charAt(n, i);
            if (i <= 6 && (after == ' ' || after == '\t' || after == -1)) return n;
        }
        return -1;
    }

    /**
     * A block parser factory that starts nothing: it notes whether the parser tries block starts on the
     * probe line with only the document matched, i.e. with every block of the lines before it closed.
     */
    private static final class Probe extends AbstractBlockParserFactory {
        int line = -1;
        boolean seen;

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (!seen && matched.getMatchedBlockParser().getBlock() instanceof Document) {
                SourceSpan span = state.getLine().getSourceSpan();
                if (span != null && span.getLineIndex() == line) seen = true;
            }
            return BlockStart.none();
        }
    }

    /** The units of one parsed piece whose first line is {@code base} (1-based), those before {@code end}. */
    private void walkPiece(Node doc, int base, int end) {
        pieces++;
        lineBase = base;
        dropFrom = end;
        walk(doc, false);
    }

    private void walk(Node node, boolean inList) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            List<SourceSpan> spans = c.getSourceSpans();
            int first = first(spans), last = last(spans);
            if (first >= dropFrom) continue; // the next piece's probe heading
            if (c instanceof Heading h) {
                units.add(new Unit(Kind.HEADING, first, last, inline(h), inList, h.getLevel(), "", null, null, null));
            } else if (c instanceof Paragraph p) {
                units.add(new Unit(Kind.PARAGRAPH, first, last, inline(p), inList, 0, "", null, null, null));
            } else if (c instanceof BlockQuote q) {
                units.add(new Unit(Kind.QUOTE, first, last, quoteText(q), inList, 0, "", null, null, null));
            } else if (c instanceof TableBlock t) {
                table(t, first, last, inList);
            } else if (c instanceof FencedCodeBlock f) {
                String info = f.getInfo() == null ? "" : f.getInfo().strip();
                int sp = info.indexOf(' ');
                if (sp > 0) info = info.substring(0, sp);
                units.add(new Unit(Kind.CODE, first, last, f.getLiteral(), inList, 0, info, null, null, null));
            } else if (c instanceof IndentedCodeBlock ic) {
                units.add(new Unit(Kind.CODE, first, last, ic.getLiteral(), inList, 0, "", null, null, null));
            } else if (c instanceof HtmlBlock hb) {
                units.add(new Unit(Kind.HTML, first, last, hb.getLiteral(), inList, 0, "", null, null, null));
            } else if (c instanceof ThematicBreak) {
                units.add(new Unit(Kind.BREAK, first, last, "", inList, 0, "", null, null, null));
            } else if (c instanceof LinkReferenceDefinition) {
                units.add(new Unit(Kind.LINK_DEFINITION, first, last, "", inList, 0, "", null, null, null));
            } else if (c instanceof ListItem) {
                walk(c, true);
            } else {
                walk(c, inList);
            }
        }
    }

    private void table(TableBlock t, int first, int last, boolean inList) {
        List<String> header = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        for (Node part = t.getFirstChild(); part != null; part = part.getNext()) {
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) continue;
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) cells.add(inlineStripped(cell));
                }
                if (part instanceof TableHead) {
                    header.addAll(cells);
                } else if (part instanceof TableBody) {
                    rows.add(cells);
                    rowLines.add(first(row.getSourceSpans()));
                }
            }
        }
        // rows without source spans: count from the delimiter row
        for (int i = 0; i < rowLines.size(); i++) if (rowLines.get(i) <= 0) rowLines.set(i, first + 2 + i);
        units.add(new Unit(Kind.TABLE, first, last, "", inList, 0, "", header, rows, rowLines));
    }

    /** The first line (1-based) of a node's source spans, or -1 without spans. */
    private int first(List<SourceSpan> spans) {
        return spans == null || spans.isEmpty() ? -1 : spans.get(0).getLineIndex() + lineBase;
    }

    /** The last line (1-based) of a node's source spans, or -1 without spans. */
    private int last(List<SourceSpan> spans) {
        return spans == null || spans.isEmpty()
                ? -1
                : spans.get(spans.size() - 1).getLineIndex() + lineBase;
    }

    /**
     * The text a unit's inline content or quote is built in, reused for every unit (a builder per unit, grown
     * and inflated to UTF-16 again each time, and a second one per soft break pass, were ≈ 6 % of extraction's
     * allocation). Never held past the call that fills it: each text leaves as its own string.
     */
    private final StringBuilder buf = new StringBuilder();

    /**
     * The quote's paragraphs and headings, nested ones too, each as {@link #inline} makes it, the blank ones left
     * out, joined with newlines.
     */
    private String quoteText(Node q) {
        buf.setLength(0);
        appendQuote(q, buf);
        return buf.toString();
    }

    private static void appendQuote(Node q, StringBuilder sb) {
        for (Node c = q.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Paragraph || c instanceof Heading) {
                int before = sb.length();
                if (before > 0) sb.append('\n');
                int from = sb.length();
                appendText(c, sb);
                if (isBlank(sb, from)) sb.setLength(before);
            } else {
                appendQuote(c, sb);
            }
        }
    }

    /** As {@code sb.substring(from).isBlank()}, without the substring. */
    private static boolean isBlank(StringBuilder sb, int from) {
        for (int i = from, n = sb.length(); i < n; i++) if (!Character.isWhitespace(sb.charAt(i))) return false;
        return true;
    }

    /**
     * Plain text of inline content with emphasis markers kept as {@code **} so field keys
     * ({@code **来源类型**}) stay visible; soft breaks joined the way prettier wrapped them.
     */
    private String inline(Node n) {
        buf.setLength(0);
        appendText(n, buf);
        return buf.toString();
    }

    /** As {@code inline(n).strip()}, with one string made. */
    private String inlineStripped(Node n) {
        buf.setLength(0);
        appendText(n, buf);
        int s = 0, e = buf.length();
        while (s < e && Character.isWhitespace(buf.charAt(s))) s++;
        while (e > s && Character.isWhitespace(buf.charAt(e - 1))) e--;
        return buf.substring(s, e);
    }

    /** Appends the inline text of {@code n} to {@code sb}, its soft breaks resolved. */
    private static void appendText(Node n, StringBuilder sb) {
        int from = sb.length();
        appendInline(n, sb);
        // resolve soft breaks in one pass, in place: CJK on either side → nothing, else a space (the char before
        // is the output so far, the char after the next input char, as when resolving them one at a time); the
        // output never gets ahead of the input, as a break becomes at most one char
        int z = sb.indexOf("\u0000", from);
        if (z < 0) return;
        int w = z;
        for (int i = z, end = sb.length(); i < end; i++) {
            char c = sb.charAt(i);
            if (c != '\u0000') {
                sb.setCharAt(w++, c);
                continue;
            }
            char a = w > from ? sb.charAt(w - 1) : ' ';
            char b = i + 1 < end ? sb.charAt(i + 1) : ' ';
            boolean wide = org.claimgraph.extract.Text.isWide(a)
                    || org.claimgraph.extract.Text.isWide(b)
                    || a == ' '
                    || b == ' ';
            if (!wide) sb.setCharAt(w++, ' ');
        }
        sb.setLength(w);
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
                String dest = l.getDestination();
                if (dest != null && !equals(sb, before, dest))
                    sb.append(" (").append(dest).append(')');
            } else {
                appendInline(c, sb);
            }
        }
    }

    /** As {@code sb.substring(from).equals(s)}, without the substring. */
    private static boolean equals(StringBuilder sb, int from, String s) {
        if (sb.length() - from != s.length()) return false;
        for (int i = 0; i < s.length(); i++) if (sb.charAt(from + i) != s.charAt(i)) return false;
        return true;
    }
}
