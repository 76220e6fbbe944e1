package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.claimgraph.extract.Model;
import org.claimgraph.extract.NoteExtractor;
import org.claimgraph.extract.SpecExamples;
import org.claimgraph.testing.LargeNotes;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The mapping with ordinal scopes (a block's or a claim's owned items counted apart and let go after it) writes
 * the same triples, with the same IRIs, as the mapping that keeps every key to the end of the note: on the
 * examples, the test notes, the examples with every line written twice (so that one owner mints the same key
 * twice), the CommonMark and GFM spec examples after an annotated note, and a generated 1 MB note.
 */
class OrdinalScopesTest {

    static Set<Triple> triples(Model.Note note, boolean scopes) {
        Graph g = GraphFactory.createDefaultGraph();
        NoteMapper.map(note, g, scopes);
        return g.find().toSet();
    }

    static void assertSame(String name, String text) {
        Model.Note note = NoteExtractor.extract(name, text);
        Set<Triple> kept = triples(note, false);
        assertEquals(kept, triples(note, true), name);
    }

    static Map<String, String> notes() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Stream<Path> a = Files.walk(Path.of("src/test/resources/notes"));
                Stream<Path> b = Files.walk(Path.of("examples"))) {
            for (Path p : Stream.concat(a, b)
                    .filter(p -> p.toString().endsWith(".md"))
                    .sorted()
                    .toList()) {
                String text = Files.readString(p);
                out.put(p.toString(), text);
                out.put(p + " (lines twice)", twice(text));
            }
        }
        return out;
    }

    static String twice(String text) {
        return Arrays.stream(text.split("\n", -1)).map(l -> l + "\n" + l).collect(Collectors.joining("\n"));
    }

    @TestFactory
    Stream<DynamicTest> examplesAndTestNotes() throws IOException {
        Map<String, String> notes = notes();
        assertTrue(notes.size() >= 16, "notes found: " + notes.size());
        return notes.entrySet().stream()
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> assertSame(e.getKey(), e.getValue())));
    }

    @Test
    void specExamplesAfterAnAnnotatedNote() {
        String host = LargeNotes.examples().get(0);
        List<SpecExamples.Example> all = SpecExamples.all();
        assertEquals(1324, all.size());
        List<String> failed = new ArrayList<>();
        for (SpecExamples.Example e : all) {
            try {
                assertSame(e.name(), host + "\n\n" + e.markdown() + "\n\n" + host);
            } catch (AssertionError x) {
                failed.add(e.name());
            }
        }
        assertEquals(List.of(), failed);
    }

    @Test
    void generatedOneMegabyteNote() {
        assertSame("big.md", LargeNotes.of(LargeNotes.examples(), 1_000_000));
    }
}
