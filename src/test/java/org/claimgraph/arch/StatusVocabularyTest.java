package org.claimgraph.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.claimgraph.export.NodeKind;
import org.claimgraph.export.PropertyGraph;
import org.claimgraph.extract.VerificationStatus;
import org.claimgraph.rdf.CGM;
import org.claimgraph.rdf.Concepts;
import org.claimgraph.sparql.MatrixParameters;
import org.junit.jupiter.api.Test;

/**
 * Every status-dependent table is read from {@link VerificationStatus}: each table equals the
 * projection of the vocabulary it needs (so a sixth constant appears in all of them), and no other
 * main source spells a notation or a status colour (so no table can be typed a second time).
 */
class StatusVocabularyTest {
    private static final List<VerificationStatus> ALL = List.of(VerificationStatus.values());

    @Test
    void matrixWeightsAreTheVocabularysDefaultsAndTheParametersFileAgrees() {
        Map<String, Double> expected = new TreeMap<>();
        ALL.forEach(s -> expected.put(s.notation(), s.defaultWeight()));
        assertEquals(expected, new TreeMap<>(MatrixParameters.DEFAULT_STATUS_WEIGHTS));
        Graph params = MatrixParameters.defaultsGraph();
        for (VerificationStatus s : ALL) {
            List<Double> w = params.find(Concepts.status(s), CGM.statusWeight, Node.ANY)
                    .mapWith(t -> ((Number) t.getObject().getLiteralValue()).doubleValue())
                    .toList();
            assertEquals(
                    List.of(s.defaultWeight()), w, "cgm:statusWeight of " + s + " in ontology/matrix-parameters.trig");
        }
    }

    @Test
    void auditChartColoursAndCountsAreTheVocabularys() throws ReflectiveOperationException {
        Map<String, String> expected = new LinkedHashMap<>();
        ALL.forEach(s -> expected.put(s.notation(), s.colour()));
        expected.put("other", VerificationStatus.NO_STATUS_COLOUR);
        assertEquals(expected, staticField("org.claimgraph.validate.HtmlReport", "COLOURS"));
        assertEquals(
                ALL.stream().map(VerificationStatus::notation).toList(),
                staticField("org.claimgraph.validate.Audit$Statuses", "NOTATIONS"));
    }

    @Test
    void corpusNotationsAreTheVocabularys() throws ReflectiveOperationException {
        assertEquals(ALL.stream().map(VerificationStatus::notation).toList(), Arrays.asList((String[])
                staticField("org.claimgraph.corpus.CorpusGenerator", "STATUS_NOTATIONS")));
    }

    @Test
    void exportColoursAreTheVocabularysAndAClaimWithoutStatusIsGrey() throws ReflectiveOperationException {
        Method color =
                Class.forName("org.claimgraph.export.Styles").getDeclaredMethod("color", PropertyGraph.Node.class);
        color.setAccessible(true);
        for (VerificationStatus s : ALL) {
            assertEquals(s.colour(), color.invoke(null, node(NodeKind.STATUS, s.notation())), s.toString());
            assertEquals(s.colour(), color.invoke(null, node(NodeKind.CLAIM, s.notation())), s.toString());
        }
        assertEquals(VerificationStatus.NO_STATUS_COLOUR, color.invoke(null, node(NodeKind.CLAIM, null)));
    }

    @Test
    void conceptsAreTheVocabularysNamesAndMapBack() {
        for (VerificationStatus s : ALL) {
            Node c = Concepts.status(s);
            assertEquals("https://w3id.org/claimgraph/ontology#" + s.conceptName(), c.getURI());
            assertEquals(s, Concepts.status(c).orElseThrow());
        }
        assertTrue(Concepts.status(NodeFactory.createURI("https://w3id.org/claimgraph/ontology#Nonsense"))
                .isEmpty());
    }

    @Test
    void ranksOrderTheStatusesFromWeakestToStrongestWithoutTies() {
        List<VerificationStatus> byRank = VerificationStatus.byRank();
        assertEquals(VerificationStatus.UNVERIFIABLE, byRank.get(0));
        assertEquals(VerificationStatus.VERIFIED, byRank.get(byRank.size() - 1));
        assertEquals(
                ALL.size(),
                byRank.stream().mapToInt(VerificationStatus::rank).distinct().count());
    }

    /** The literals that would make a second table: notations and colours, as Java string literals. */
    @Test
    void noOtherMainSourceSpellsANotationOrAStatusColour() throws IOException {
        List<String> literals = new ArrayList<>();
        for (VerificationStatus s : ALL) {
            literals.add('"' + s.notation() + '"');
            literals.add('"' + s.colour() + '"');
        }
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (f.endsWith("VerificationStatus.java")) continue;
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                boolean inRules =
                        false; // a RULES declaration (to its ';') lists SHACL rule names such as "partially-verifiable"
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).contains("RULES")) inRules = true;
                    if (inRules) {
                        inRules = !lines.get(i).contains(";");
                        continue;
                    }
                    for (String l : literals) {
                        String line =
                                l.startsWith("\"#") ? lines.get(i).toLowerCase(java.util.Locale.ROOT) : lines.get(i);
                        if (line.contains(l)) found.add(f + ":" + (i + 1) + ": " + l);
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    /** Every keyword of every status, behind its emoji (with and without U+FE0F), is read as that status. */
    @Test
    void theParserReadsEveryKeywordOfTheVocabulary() throws ReflectiveOperationException {
        Method find =
                Class.forName("org.claimgraph.extract.StatusParser").getDeclaredMethod("findWithEmoji", String.class);
        find.setAccessible(true);
        for (VerificationStatus s : ALL) {
            for (String kw : s.keywords()) {
                for (String emoji : List.of(s.emoji(), s.bareEmoji())) {
                    List<?> found = (List<?>) find.invoke(null, emoji + " " + kw);
                    assertEquals(1, found.size(), emoji + " " + kw);
                    Method status = found.get(0).getClass().getDeclaredMethod("status");
                    status.setAccessible(true);
                    assertEquals(s, status.invoke(found.get(0)), emoji + " " + kw);
                }
            }
        }
    }

    @Test
    void gitCorpusEditsAndWriteBackPhrasesCoverEveryStatus() throws ReflectiveOperationException {
        java.util.regex.Pattern edit =
                (java.util.regex.Pattern) staticField("org.claimgraph.corpus.GitCorpus", "STATUS");
        Method render = Class.forName("org.claimgraph.writeback.StatusPhrase")
                .getDeclaredMethod("render", VerificationStatus.class, String.class);
        render.setAccessible(true);
        for (VerificationStatus s : ALL) {
            assertTrue(edit.matcher(s.phrase()).matches(), s.phrase());
            assertTrue(edit.matcher(s.bareEmoji() + s.zh()).matches(), s.bareEmoji() + s.zh());
            assertEquals(s.phrase(), render.invoke(null, s, null));
            assertEquals(s.zh(), render.invoke(null, s, "待验证"));
        }
    }

    /**
     * No other main source spells a status keyword as a string literal of its own ({@code "待确认"}),
     * behind an emoji ({@code "✅ 已验证"}) or as a regex alternative ({@code |无法验证}): the parser,
     * the corpus generators and the write-back read them from the vocabulary.
     */
    @Test
    void noOtherMainSourceSpellsAStatusKeyword() throws IOException {
        List<String> spellings = new ArrayList<>();
        for (VerificationStatus s : ALL) {
            for (String kw : s.keywords()) {
                spellings.add('"' + kw + '"');
                spellings.add('|' + kw);
                spellings.add(kw + '|');
                spellings.add('(' + kw);
                for (String emoji : List.of(s.emoji(), s.bareEmoji())) {
                    spellings.add(emoji + kw);
                    spellings.add(emoji + " " + kw);
                }
            }
        }
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (f.endsWith("VerificationStatus.java")) continue;
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String code = code(lines.get(i));
                    for (String sp : spellings) if (code.contains(sp)) found.add(f + ":" + (i + 1) + ": " + sp);
                }
            }
        }
        assertEquals(List.of(), found);
    }

    /** The line without comments: the part before {@code //}, nothing of a Javadoc or block comment line. */
    private static String code(String line) {
        String t = line.strip();
        if (t.startsWith("*") || t.startsWith("/*") || t.startsWith("//")) return "";
        int c = line.indexOf("// ");
        return c < 0 ? line : line.substring(0, c);
    }

    private static PropertyGraph.Node node(NodeKind kind, String status) {
        java.util.SortedMap<String, Object> a = new TreeMap<>();
        if (status != null) a.put("status", status);
        return new PropertyGraph.Node("x/1", kind, "x", a);
    }

    private static Object staticField(String cls, String name) throws ReflectiveOperationException {
        Field f = Class.forName(cls).getDeclaredField(name);
        f.setAccessible(true);
        return f.get(null);
    }
}
