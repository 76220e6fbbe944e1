package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.claimgraph.extract.NoteExtractor;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every hand-written test note and bundled example maps to RDF: extraction accepting a note is not
 * enough, the mapper must too. A half-written block (a key with nothing after it, such as
 * {@code 验证性：}) once made the whole note fail with "object cannot be null".
 */
class EveryTestNoteMapsTest {

    @TestFactory
    Stream<DynamicTest> everyNoteMaps() throws IOException {
        List<Path> notes;
        try (Stream<Path> a = Files.walk(Path.of("src/test/resources/notes"));
                Stream<Path> b = Files.walk(Path.of("examples"))) {
            notes = Stream.concat(a, b)
                    .filter(p -> p.toString().endsWith(".md"))
                    .sorted()
                    .toList();
        }
        assertTrue(notes.size() >= 8, "test notes found: " + notes.size());
        return notes.stream()
                .map(p -> DynamicTest.dynamicTest(p.toString(), () -> {
                    Graph g =
                            NoteMapper.map(NoteExtractor.extract(p.getFileName().toString(), Files.readString(p)));
                    assertFalse(g.isEmpty(), p + " mapped to an empty graph");
                }));
    }
}
