package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link MarkdownStructure} parses a note in pieces cut before headings: the units must be exactly those
 * of one parse of the whole text, whatever the lines around a cut (fences and HTML blocks running past
 * it, lists, quotes, tables, masked lines), and a text with link reference definitions stays whole.
 */
class MarkdownPiecesTest {
    /** Line atoms that open, continue or close blocks around a heading after a blank line. */
    private static final String[] ATOMS = {
        "# h",
        "## h2 *x*",
        "#",
        "####### seven",
        "#tag",
        "",
        "",
        "  ",
        "```",
        "```js",
        "~~~",
        "````",
        "    indented code",
        "\tcode",
        "- item",
        "  - sub",
        "1. one",
        "2) two",
        "> quote",
        "> # quoted heading",
        ">",
        "<!-- comment",
        "-->",
        "<!-- one line -->",
        "<pre>",
        "</pre>",
        "<div>",
        "</div>",
        "<script>",
        "</script>",
        "| a | b |",
        "|---|---|",
        "| 1 | 2 |",
        "text **bold** `code`",
        "lazy line",
        "***",
        "---",
        "===",
        "a  ",
        "see [a] and [b][c]",
        "<https://x.org>",
    };

    @Test
    void piecesGiveTheUnitsOfOneParse() throws IOException {
        List<String> texts = new ArrayList<>(ScanCorpus.notes());
        Path seeds = Seeds.dir();
        if (seeds != null) {
            try (Stream<Path> s = Files.list(seeds)) {
                for (Path p : s.sorted().toList()) texts.add(Files.readString(p));
            }
        }
        String all = String.join("\n\n", texts);
        texts.add(all + "\n\n" + all);
        Random r = new Random(18);
        for (int t = 0; t < 2000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(60); i > 0; i--)
                sb.append(ATOMS[r.nextInt(ATOMS.length)]).append('\n');
            texts.add(sb.toString());
        }
        int cutTexts = 0;
        for (String text : texts) {
            SourceText src = new SourceText(text);
            BitSet masked = new BitSet();
            for (int i = 1; i <= src.size(); i += 7) masked.set(i); // lines the parser sees as empty
            for (BitSet m : List.of(new BitSet(), masked)) {
                MarkdownStructure whole = new MarkdownStructure(src, m, Integer.MAX_VALUE);
                MarkdownStructure pieces = new MarkdownStructure(src, m, 1);
                assertTrue(whole.pieces <= 1, text);
                assertEquals(whole.units, pieces.units, text);
                if (pieces.pieces > 1) cutTexts++;
            }
        }
        assertTrue(cutTexts > 250, "texts parsed in more than one piece: " + cutTexts);
    }

    /**
     * Material nobody here wrote: every CommonMark and GFM spec example alone, and each joined to the next by a
     * heading after a blank line (so a cut is tried right after whatever the example leaves open), parsed in
     * pieces as small as allowed, gives the units of one parse.
     */
    @Test
    void specExamplesGiveTheUnitsOfOneParse() {
        List<SpecExamples.Example> all = SpecExamples.all();
        int cutTexts = 0;
        for (int i = 0; i < all.size(); i++) {
            String one = all.get(i).markdown();
            String two = one + "\n# joined\n\n" + all.get((i + 1) % all.size()).markdown();
            for (String text : List.of(one, two)) {
                SourceText src = new SourceText(text);
                MarkdownStructure pieces = new MarkdownStructure(src, new BitSet(), 1);
                assertEquals(
                        new MarkdownStructure(src, new BitSet(), Integer.MAX_VALUE).units,
                        pieces.units,
                        all.get(i).name() + ":\n" + text);
                if (pieces.pieces > 1) cutTexts++;
            }
        }
        assertTrue(all.size() > 600, "spec examples read: " + all.size());
        assertTrue(cutTexts > 300, "spec texts parsed in more than one piece: " + cutTexts);
    }

    @Test
    void fencesAndHtmlBlocksKeepTheirLinesTogether() {
        for (String text : List.of(
                "# a\n\n```\n\n# not a heading\n\n```\n\n# b\n",
                "# a\n\n<!-- c\n\n# still comment\n-->\n\n# b\n",
                "# a\n\n<pre>\n\n# pre\n</pre>\n\n# b\n")) {
            MarkdownStructure pieces = new MarkdownStructure(new SourceText(text), new BitSet(), 1);
            assertEquals(
                    new MarkdownStructure(new SourceText(text), new BitSet(), Integer.MAX_VALUE).units,
                    pieces.units,
                    text);
            assertEquals(
                    2,
                    pieces.units.stream()
                            .filter(u -> u.kind() == MarkdownStructure.Kind.HEADING)
                            .count(),
                    text);
        }
        String plain = "# a\n\ntext\n\n# b\n\nmore\n\n# c\n";
        assertEquals(3, new MarkdownStructure(new SourceText(plain), new BitSet(), 1).pieces);
    }

    @Test
    void linkReferenceDefinitionsKeepTheTextWhole() {
        String text = "# a\n\nsee [x]\n\n# b\n\n[x]: https://example.org\n";
        MarkdownStructure pieces = new MarkdownStructure(new SourceText(text), new BitSet(), 1);
        assertEquals(1, pieces.pieces);
        assertEquals(new MarkdownStructure(new SourceText(text), new BitSet(), Integer.MAX_VALUE).units, pieces.units);
    }
}
