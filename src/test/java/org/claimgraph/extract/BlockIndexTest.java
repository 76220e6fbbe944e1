package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link BlockFinder.UnitIndex} and {@link BlockLocator#lines()} answer as the scans and the set of boxed lines
 * they replaced, on the examples, the test notes and notes with nested quotes.
 */
class BlockIndexTest {
    private static final String NESTED = "# t\n\n<!-- 来源标注 -->\n> **验证性**：✅ 已验证\n> > quoted\n> > more\nlazy\n> end\n\n"
            + "> a\n> > b\n> > > c\nlazy\n\n- item\n  <!-- 来源标注 -->\n  > **来源类型**：x\n  > > y\n\n"
            + "```\n<!-- 来源标注 -->\n> **验证性**：⚠️ 待验证\n```\n来源类型：内部测试，验证性：✅ 已验证\n";

    private static List<String> notes() throws IOException {
        List<String> out = new ArrayList<>(List.of(NESTED, NESTED.repeat(3)));
        List<Path> files =
                new ArrayList<>(List.of(Path.of("examples/ci-pipeline.md"), Path.of("examples/postgres-ha.md")));
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources"))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        for (Path p : files) out.add(Files.readString(p));
        return out;
    }

    @Test
    void unitIndexAnswersAsAScanOfTheUnits() throws IOException {
        int quoted = 0;
        for (String text : notes()) {
            SourceText src = new SourceText(text);
            quoted += check(NoteOutline.read("n.md", src, new LineLedger(src)).units(), src.size())[0];
        }
        assertTrue(quoted > 100, "quoted lines " + quoted);
    }

    /** Units the parser does not make (quotes overlapping quotes and code), so that a line has several quotes. */
    @Test
    void unitIndexAnswersAsAScanOfOverlappingUnits() {
        Random r = new Random(18);
        MarkdownStructure.Kind[] kinds = {
            MarkdownStructure.Kind.QUOTE, MarkdownStructure.Kind.CODE, MarkdownStructure.Kind.PARAGRAPH
        };
        int nested = 0;
        for (int k = 0; k < 2_000; k++) {
            int lines = 1 + r.nextInt(30);
            List<MarkdownStructure.Unit> units = new ArrayList<>();
            for (int u = r.nextInt(8); u > 0; u--) {
                int first = 1 + r.nextInt(lines), last = Math.min(lines, first + r.nextInt(6)); // within the note
                units.add(new MarkdownStructure.Unit(
                        kinds[r.nextInt(kinds.length)], first, last, "", false, 0, null, null, null, null));
            }
            nested += check(units, lines)[1];
        }
        assertTrue(nested > 200, "lines in several quotes " + nested);
    }

    /** Compares the index with the scans on every line; returns {lines in a quote, lines in several}. */
    private static int[] check(List<MarkdownStructure.Unit> units, int lines) {
        BlockFinder.UnitIndex index = new BlockFinder.UnitIndex(units, lines);
        int quoted = 0, nested = 0;
        for (int l = -1; l <= lines + 2; l++) {
            assertEquals(BlockFinder.codeUnitAround(units, l), index.codeAround(l), "line " + l);
            List<MarkdownStructure.Unit> want = new ArrayList<>();
            for (MarkdownStructure.Unit u : units)
                if (u.kind() == MarkdownStructure.Kind.QUOTE && u.first() <= l && l < u.last()) want.add(u);
            assertEquals(want, index.quotesContinuingAfter(l), "line " + l + " of " + units);
            if (!want.isEmpty()) quoted++;
            if (want.size() > 1) nested++;
        }
        return new int[] {quoted, nested};
    }

    @Test
    void blockLinesAreTheLinesOfTheBlocksAndTheirMarkers() throws IOException {
        for (String text : notes()) {
            SourceText src = new SourceText(text);
            List<MarkdownStructure.Unit> units =
                    NoteOutline.read("n.md", src, new LineLedger(src)).units();
            BlockLocator located = BlockLocator.find(src, units);
            Set<Integer> want = new HashSet<>();
            for (RawBlock b : located.blocks()) {
                for (RawBlock.QLine q : b.lines) want.add(q.line());
                if (b.markerLine > 0) want.add(b.markerLine);
            }
            assertEquals(want, located.lines());
            assertEquals(want.size(), located.lines().size());
            for (int l = -2; l <= src.size() + 2; l++)
                assertEquals(want.contains(l), located.lines().contains(l), "line " + l);
            assertTrue(!located.lines().contains("1") && !located.lines().contains(null));
        }
    }

    @Test
    void lineSetAnswersAsASetOfBoxedLines() {
        Random r = new Random(18);
        for (int k = 0; k < 2_000; k++) {
            java.util.BitSet bits = new java.util.BitSet();
            Set<Integer> want = new HashSet<>();
            for (int n = r.nextInt(12); n > 0; n--) {
                int l = r.nextInt(20);
                bits.set(l);
                want.add(l);
            }
            BlockLocator.LineSet lines = new BlockLocator.LineSet(bits);
            for (int l = -2; l < 23; l++) assertEquals(want.contains(l), lines.contains(l), "line " + l);
            assertEquals(want.size(), lines.size());
            assertEquals(want, new HashSet<>(lines));
        }
    }

    @Test
    void quoteLineCheckAnswersAsStrippingTheLine() throws IOException {
        String[] atoms = {" ", "\t", "\u000B", "\u00A0", "\u3000", "\u2028", "\u001C", ">", "> ", "a", "中", "\n", "\r"};
        List<String> texts = ScanCorpus.texts(List.of("", ">", "  > a", "\u3000>", "a>"), atoms, 8);
        SourceText src = new SourceText(String.join("\n", texts));
        int quotes = 0;
        for (int n = 0; n <= src.size() + 1; n++) {
            boolean want = src.line(n).strip().startsWith(">");
            assertEquals(want, BlockFinder.isQuoteLine(src, n), "line " + n + ": " + src.line(n));
            if (want) quotes++;
        }
        assertTrue(quotes > 2000, "quote lines " + quotes);
    }
}
