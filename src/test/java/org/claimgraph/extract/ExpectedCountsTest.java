package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Data-driven extractor tests: every {@code NAME.md} under {@code src/test/resources/notes/} and
 * {@code examples/} has a {@code NAME.expected.properties} (beside it, or under
 * {@code src/test/resources/notes/examples/} for the examples) listing counts counted by hand.
 */
class ExpectedCountsTest {

    @TestFactory
    Stream<DynamicTest> notesMatchTheirExpectedCounts() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        collect(Path.of("src/test/resources/notes"), Path.of("src/test/resources/notes"), tests);
        collect(Path.of("examples"), Path.of("src/test/resources/notes/examples"), tests);
        assertFalse(tests.isEmpty(), "no notes with expected counts found");
        return tests.stream();
    }

    private static void collect(Path notes, Path expectations, List<DynamicTest> out) throws IOException {
        if (!Files.isDirectory(notes)) return;
        try (Stream<Path> s = Files.list(notes)) {
            for (Path md : s.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String name = md.getFileName().toString().replaceFirst("\\.md$", "");
                Path exp = expectations.resolve(name + ".expected.properties");
                out.add(DynamicTest.dynamicTest(md.toString(), () -> check(md, exp)));
            }
        }
    }

    private static void check(Path md, Path exp) throws IOException {
        assertNotNull(Files.exists(exp) ? exp : null, "missing expected counts " + exp);
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(exp, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Model.Note n =
                NoteExtractor.extract(md.toString().replace('\\', '/'), Files.readString(md, StandardCharsets.UTF_8));
        Map<String, Integer> actual = NoteCounts.of(n);
        List<String> wrong = new ArrayList<>();
        for (String key : p.stringPropertyNames().stream().sorted().toList()) {
            Integer a = actual.get(key);
            int e = Integer.parseInt(p.getProperty(key).strip());
            if (a == null || a != e) wrong.add(key + ": expected " + e + " but was " + a);
        }
        assertEquals(List.of(), wrong, md + " (unparsed: " + n.unparsed() + ")");
    }
}
