package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/**
 * {@link SourceText} keeps the text once and cuts lines out on demand; the markdown parser reads the
 * masked lines as a stream. Both must see exactly what the former per-line strings and the joined
 * masked string gave.
 */
class SourceTextTest {
    private static final List<String> EDGES = List.of(
            "",
            "\n",
            "\n\n",
            "a",
            "a\n",
            "a\n\n",
            "a\r\nb\rc\n",
            "\uFEFF# t\n\n  \n",
            "  \t\n> q\n> r\n\n- x\n  - y\n\n   ",
            "```\nopen fence\n\n",
            "| a | b |\n|---|---|\n| 1 | 2 |",
            "para\nlazy\n> quote\nlazy\n\n1. one\n\n2. two\n\n\n",
            "<!-- 来源标注 -->\n> 来源类型：x\n\n中文　\u3000\n\u00A0\n");

    /** The former implementation: a string per line. */
    private static List<String> oldLines(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(t.substring(start, i));
                if (c == '\r' && i + 1 < t.length() && t.charAt(i + 1) == '\n') i++;
                start = i + 1;
            }
        }
        if (start < t.length()) out.add(t.substring(start));
        return out;
    }

    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>(EDGES);
        for (String f : List.of("examples/ci-pipeline.md", "examples/postgres-ha.md"))
            texts.add(Files.readString(Path.of(f)));
        Random r = new Random(18);
        String alphabet = "ab 中\t\u3000\u00A0>-*|`#\n\r<!-";
        for (int k = 0; k < 300; k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(60); i > 0; i--) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            texts.add(sb.toString());
        }
        return texts;
    }

    @Test
    void linesAsTheFormerPerLineStrings() throws IOException {
        for (String text : texts()) {
            List<String> expected = oldLines(text);
            SourceText src = new SourceText(text);
            assertEquals(expected.size(), src.size(), text);
            for (int n = 0; n <= src.size() + 1; n++) {
                String line = n >= 1 && n <= expected.size() ? expected.get(n - 1) : "";
                assertEquals(line, src.line(n), text);
                assertEquals(line.length(), src.length(n), text);
                assertEquals(line.isBlank(), src.isBlank(n), text);
            }
        }
    }

    /** {@link SourceText#linesWith} finds, in one pass over the text, the lines whose text contains the string. */
    @Test
    void linesWithAreTheLinesThatContain() throws IOException {
        int hits = 0;
        for (String text : texts()) {
            SourceText src = new SourceText(text);
            for (String s : List.of("<!--", "a", "ab", "--", "中", "\n", "a\nb", "-\r", "b ", "")) {
                BitSet want = new BitSet();
                for (int n = 1; n <= src.size(); n++) if (src.line(n).contains(s)) want.set(n);
                assertEquals(want, src.linesWith(s), s + " in " + text);
                hits += want.cardinality();
            }
        }
        assertTrue(hits > 2000, "lines found: " + hits);
    }

    @Test
    void joinedReaderGivesTheMaskedLinesJoinedByNewlines() throws IOException {
        Random r = new Random(3);
        for (String text : texts()) {
            SourceText src = new SourceText(text);
            BitSet masked = new BitSet();
            List<String> lines = new ArrayList<>();
            for (int n = 1; n <= src.size(); n++) {
                boolean m = r.nextInt(4) == 0;
                if (m) masked.set(n);
                lines.add(m ? "" : src.line(n));
            }
            String expected = String.join("\n", lines);
            for (int chunk : new int[] {1, 3, 8192}) assertEquals(expected, readAll(src.joined(masked), chunk), text);
        }
    }

    /** commonmark-java reads a stream to the same document as the string (what MarkdownStructure relies on). */
    @Test
    void parserReadsTheStreamAsTheString() throws IOException {
        Parser parser = Parser.builder()
                .extensions(List.of(TablesExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS)
                .build();
        HtmlRenderer html = HtmlRenderer.builder().build();
        for (String text : texts()) {
            String joined = String.join("\n", oldLines(text));
            Node fromString = parser.parse(joined);
            Node fromStream = parser.parseReader(new SourceText(text).joined(new BitSet()));
            assertEquals(html.render(fromString), html.render(fromStream), text);
            assertEquals(spans(fromString), spans(fromStream), text);
        }
    }

    private static String spans(Node doc) {
        StringBuilder sb = new StringBuilder();
        doc.accept(new AbstractVisitor() {
            @Override
            protected void visitChildren(Node parent) {
                sb.append(parent.getClass().getSimpleName())
                        .append(parent.getSourceSpans())
                        .append('\n');
                super.visitChildren(parent);
            }
        });
        return sb.toString();
    }

    private static String readAll(Reader r, int chunk) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[chunk];
        for (int k; (k = r.read(buf, 0, chunk)) >= 0; ) sb.append(buf, 0, k);
        return sb.toString();
    }

    @Test
    void unusedReaderOfAnEmptyNoteEnds() throws IOException {
        assertEquals(-1, new SourceText("").joined(new BitSet()).read(new char[4], 0, 4));
        assertEquals("", readAll(new StringReader(""), 2));
    }
}
