package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * {@link MarkdownStructure} builds the texts of headings, paragraphs, quotes and table cells in one reused
 * builder, resolving soft breaks in place: the same texts as the former code (below), which built a string per
 * paragraph, a second builder per soft break pass and a substring per link label.
 */
class MarkdownTextTest {
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();

    /** What the markdown's units read, by the former code: heading, paragraph and quote texts, table cells. */
    private static List<String> former(String markdown) {
        List<String> out = new ArrayList<>();
        formerWalk(PARSER.parse(markdown), out);
        return out.stream().sorted().toList();
    }

    private static void formerWalk(Node node, List<String> out) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Heading || c instanceof Paragraph) out.add(formerInline(c));
            else if (c instanceof BlockQuote) out.add(formerQuoteText(c));
            else if (c instanceof TableBlock) formerCells(c, out);
            else formerWalk(c, out);
        }
    }

    private static void formerCells(Node n, List<String> out) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof TableCell) out.add(formerInline(c).strip());
            else formerCells(c, out);
        }
    }

    private static String formerQuoteText(Node q) {
        StringBuilder sb = new StringBuilder();
        for (Node c = q.getFirstChild(); c != null; c = c.getNext()) {
            String t = c instanceof Paragraph || c instanceof Heading ? formerInline(c) : formerQuoteText(c);
            if (t.isBlank()) continue;
            if (sb.length() > 0) sb.append('\n');
            sb.append(t);
        }
        return sb.toString();
    }

    private static String formerInline(Node n) {
        StringBuilder sb = new StringBuilder();
        formerAppendInline(n, sb);
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

    private static void formerAppendInline(Node n, StringBuilder sb) {
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
            } else if (c instanceof StrongEmphasis) {
                sb.append("**");
                formerAppendInline(c, sb);
                sb.append("**");
            } else if (c instanceof Link l) {
                int before = sb.length();
                formerAppendInline(c, sb);
                String label = sb.substring(before);
                if (!label.equals(l.getDestination()) && l.getDestination() != null)
                    sb.append(" (").append(l.getDestination()).append(')');
            } else {
                formerAppendInline(c, sb);
            }
        }
    }

    /** The same texts, as {@link MarkdownStructure} reads them (one piece, nothing masked). */
    private static List<String> now(String markdown) {
        List<String> out = new ArrayList<>();
        for (MarkdownStructure.Unit u : new MarkdownStructure(new SourceText(markdown), new BitSet()).units) {
            switch (u.kind()) {
                case HEADING, PARAGRAPH, QUOTE -> out.add(u.text());
                case TABLE -> {
                    out.addAll(u.header());
                    u.rows().forEach(out::addAll);
                }
                default -> {}
            }
        }
        return out.stream().sorted().toList();
    }

    @Test
    void textsAsTheFormerCodeBuiltThem() throws IOException {
        List<String> texts = new ArrayList<>(ScanCorpus.notes());
        for (SpecExamples.Example e : SpecExamples.all()) texts.add(e.markdown());
        String[] atoms = {
            "a",
            "b c",
            "中",
            "文。",
            "\u3000",
            "！",
            " ",
            "  ",
            "\t",
            "\n",
            "\n",
            "\n\n",
            "  \n",
            "\\\n",
            "> ",
            ">",
            "> > ",
            "- ",
            "1. ",
            "# ",
            "## ",
            "*",
            "**",
            "_",
            "`",
            "[x](http://x.org)",
            "[http://x.org](http://x.org)",
            "[中\n文](u)",
            "![](i)",
            "<http://x.org>",
            "<br>",
            "<BR />",
            "<span>",
            "| a | b |\n|---|---|\n",
            "|",
            "| 中 |",
            "```\n"
        };
        texts.addAll(ScanCorpus.texts(List.of("> a\n>\n> ![](i)\n> b", "> - a\n> - ![](i)\n>   b"), atoms, 30));
        int quotes = 0, breaks = 0;
        for (String text : texts) {
            List<String> now = now(text);
            assertEquals(former(text), now, text);
            if (text.contains(">")) quotes++;
            if (now.stream().anyMatch(t -> t.contains("\n") || t.contains(" "))) breaks++;
        }
        assertTrue(quotes > 10_000 && breaks > 10_000, "texts with quotes " + quotes + ", with breaks " + breaks);
    }
}
