package org.claimgraph.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.corpus.CorpusGenerator.Corpus;
import org.claimgraph.corpus.CorpusGenerator.GeneratedNote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator is deterministic and its counts agree with a plain, independent count of the
 * text (grep-like regexes written here, not the generator's own bookkeeping).
 */
class CorpusGeneratorTest {
    private static final Corpus CORPUS = CorpusGenerator.generate(120, 20251125L);

    @Test
    void sameSeedGivesSameBytes(@TempDir Path a, @TempDir Path b) throws IOException {
        CorpusGenerator.write(CorpusGenerator.generate(25, 99), a);
        CorpusGenerator.write(CorpusGenerator.generate(25, 99), b);
        List<Path> files;
        try (var s = Files.walk(a)) {
            files = s.filter(Files::isRegularFile).map(a::relativize).sorted().toList();
        }
        assertEquals(26, files.size(), "25 notes + counts file");
        for (Path f : files) {
            assertEquals(-1L, Files.mismatch(a.resolve(f), b.resolve(f)), f.toString());
        }
    }

    @Test
    void differentSeedsDiffer() {
        Corpus x = CorpusGenerator.generate(5, 1);
        Corpus y = CorpusGenerator.generate(5, 2);
        for (int i = 0; i < 5; i++) {
            assertNotEquals(x.notes().get(i).text(), y.notes().get(i).text());
        }
    }

    @Test
    void notesAreNotOneNoteRepeated() {
        long distinctLines = CORPUS.notes().stream()
                .flatMap(n -> n.text().lines())
                .distinct()
                .count();
        long allLines =
                CORPUS.notes().stream().mapToLong(n -> n.text().lines().count()).sum();
        assertTrue(distinctLines > allLines / 4, distinctLines + " distinct of " + allLines);
    }

    @Test
    void emojiLessStatusesOnlyAfterAStatusKey() {
        Pattern bare = Pattern.compile("(?<!验证性)(?<!验证状态)\\*\\*[：:] ?(?:部分可验证|待验证|待确认)");
        assertEquals(0, count(bare));
    }

    @Test
    void smallerCorpusIsPrefixOfLarger() {
        Corpus small = CorpusGenerator.generate(10, 20251125L);
        assertEquals(small.notes(), CORPUS.notes().subList(0, 10));
    }

    @Test
    void commentMarkersMatchBlockForms() {
        long markers = count(Pattern.compile("<!-- 来源标注 -->"));
        ExpectedCounts c = CORPUS.counts();
        assertEquals(
                c.get(ExpectedCounts.FORM_PREFIX + "comment-quote")
                        + c.get(ExpectedCounts.FORM_PREFIX + "indented")
                        + c.get(ExpectedCounts.FORM_PREFIX + "code-fence"),
                markers);
        long inline = count(Pattern.compile("(?m)^来源类型：.*验证性[：:]"));
        assertEquals(c.get(ExpectedCounts.FORM_PREFIX + "inline"), inline);
        assertEquals(
                c.get(ExpectedCounts.PROVENANCE_BLOCKS),
                c.asMap().entrySet().stream()
                        .filter(e -> e.getKey().startsWith(ExpectedCounts.FORM_PREFIX))
                        .mapToLong(e -> e.getValue())
                        .sum());
        for (String form : List.of("comment-quote", "quote", "inline", "indented", "code-fence")) {
            assertTrue(c.get(ExpectedCounts.FORM_PREFIX + form) > 0, "form " + form + " present");
        }
    }

    @Test
    void statusPhrasesMatchPerStatusCounts() {
        // a status is written right after a colon (full or half width) or inside a bold subject line
        String lead = "(?:[：:] ?)";
        assertEquals(CORPUS.counts().get("status.verified"), count(Pattern.compile(lead + "✅ ?已验证")));
        assertEquals(CORPUS.counts().get("status.publicly-verifiable"), count(Pattern.compile(lead + "✅ 公开可验证")));
        assertEquals(
                CORPUS.counts().get("status.partially-verifiable"), count(Pattern.compile(lead + "(?:⚠️ |⚠ )?部分可验证")));
        assertEquals(
                CORPUS.counts().get("status.pending"),
                count(Pattern.compile(lead + "(?:⚠️ |⚠ )?(?:待验证|待确认)|" + lead + "(?:⚠️ |⚠ )需要验证")));
        assertEquals(CORPUS.counts().get("status.unverifiable"), count(Pattern.compile(lead + "❌ ?无法验证")));
        long total = 0;
        for (String s : CorpusGenerator.STATUS_NOTATIONS) {
            long n = CORPUS.counts().get(ExpectedCounts.STATUS_PREFIX + s);
            assertTrue(n > 0, s + " present");
            total += n;
        }
        assertEquals(CORPUS.counts().get(ExpectedCounts.STATUS_ASSERTIONS), total);
        assertTrue(CORPUS.counts().get(ExpectedCounts.STATUS_WITHOUT_EMOJI) > 0);
        assertTrue(CORPUS.counts().get(ExpectedCounts.STATUS_WITHOUT_VS16) > 0);
        assertTrue(CORPUS.counts().get(ExpectedCounts.HALF_WIDTH_COLONS) > 0);
    }

    @Test
    void urlsSectionsAndUpdateDatesMatch() {
        ExpectedCounts c = CORPUS.counts();
        assertEquals(c.get(ExpectedCounts.URL_OCCURRENCES), count(Pattern.compile("(?:<|\\]\\()https://")));
        long perNote = CORPUS.notes().stream()
                .mapToLong(n -> Pattern.compile("https://[^>)\\s]+")
                        .matcher(n.text())
                        .results()
                        .map(java.util.regex.MatchResult::group)
                        .distinct()
                        .count())
                .sum();
        assertEquals(c.get(ExpectedCounts.URLS_PER_NOTE), perNote);
        long distinct = CORPUS.notes().stream()
                .flatMap(n -> Pattern.compile("https://[^>)\\s]+")
                        .matcher(n.text())
                        .results()
                        .map(java.util.regex.MatchResult::group))
                .distinct()
                .count();
        assertEquals(c.get(ExpectedCounts.URLS), distinct);
        assertEquals(c.get(ExpectedCounts.SECTIONS), count(Pattern.compile("(?m)^#{1,6} ")));
        assertEquals(c.get(ExpectedCounts.UPDATE_DATES), count(Pattern.compile("更新日期\\**[：:]\\d{4}-\\d\\d-\\d\\d")));
        assertEquals(c.get(ExpectedCounts.NOTES), CORPUS.notes().size());
    }

    @Test
    void lineReferencesResolveAsCounted() {
        Pattern ref = Pattern.compile("第 (\\d+)(?:-(\\d+))? 行[^（\\n]*（(.+?) vs (.+?)）");
        long resolved = 0;
        long drifted = 0;
        for (GeneratedNote n : CORPUS.notes()) {
            List<String> lines = n.text().lines().toList();
            Matcher m = ref.matcher(n.text());
            while (m.find()) {
                int lo = Integer.parseInt(m.group(1));
                int hi = m.group(2) == null ? lo : Integer.parseInt(m.group(2));
                boolean found = false;
                for (int l = lo; l <= hi; l++) {
                    String t = lines.get(l - 1);
                    found |= t.contains("| " + m.group(3) + " |") && t.contains("| " + m.group(4) + " |");
                }
                if (found) resolved++;
                else drifted++;
            }
        }
        assertEquals(CORPUS.counts().get(ExpectedCounts.LINE_REFERENCES_RESOLVED), resolved);
        assertEquals(CORPUS.counts().get(ExpectedCounts.LINE_REFERENCES_DRIFTED), drifted);
        assertTrue(resolved > 0 && drifted > 0);
    }

    @Test
    void maturityCellsMatch() {
        long numbers = 0;
        long missing = 0;
        for (GeneratedNote n : CORPUS.notes()) {
            boolean inMatrix = false;
            for (String l : n.text().lines().toList()) {
                if (l.startsWith("| e\\s |")) {
                    inMatrix = true;
                    continue;
                }
                if (!l.startsWith("|")) {
                    inMatrix = false;
                    continue;
                }
                if (inMatrix && l.startsWith("| e")) {
                    numbers += Pattern.compile("\\| (?:0\\.\\d|1\\.0) (?=\\|)")
                            .matcher(l)
                            .results()
                            .count();
                    missing += Pattern.compile("\\| … (?=\\|)")
                            .matcher(l)
                            .results()
                            .count();
                }
            }
        }
        assertEquals(CORPUS.counts().get(ExpectedCounts.MATURITY_OBSERVATIONS), numbers);
        assertEquals(CORPUS.counts().get(ExpectedCounts.MATURITY_MISSING_CELLS), missing);
    }

    @Test
    void countsFileIsWrittenBesideNotes(@TempDir Path out) throws IOException {
        CorpusGenerator.write(CorpusGenerator.generate(3, 5), out);
        String json = Files.readString(out.resolve(CorpusGenerator.COUNTS_FILE), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"notes\": 3"), json);
        assertTrue(Files.isRegularFile(out.resolve("notes").resolve(CorpusGenerator.pathOf(2))));
    }

    private static long count(Pattern p) {
        return CORPUS.notes().stream()
                .mapToLong(n -> p.matcher(n.text()).results().count())
                .sum();
    }
}
