package org.claimgraph.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Texts for checking a hand-written scanner against the regex or plain scan it replaced: the given cases,
 * every line of the bundled example notes, and 20 000 random concatenations of atoms (seed 18), each of
 * fewer than {@code maxAtoms} atoms.
 */
final class ScanCorpus {
    private static final List<String> EXAMPLES = List.of("examples/ci-pipeline.md", "examples/postgres-ha.md");

    private ScanCorpus() {}

    /** The bundled example notes and the test notes directly under {@code src/test/resources/notes}, whole. */
    static List<String> notes() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String f : EXAMPLES) texts.add(Files.readString(Path.of(f)));
        try (Stream<Path> notes = Files.list(Path.of("src/test/resources/notes"))) {
            for (Path p :
                    notes.filter(f -> f.toString().endsWith(".md")).sorted().toList()) texts.add(Files.readString(p));
        }
        return texts;
    }

    static List<String> texts(List<String> cases, String[] atoms, int maxAtoms) throws IOException {
        List<String> texts = new ArrayList<>(cases);
        for (String f : EXAMPLES) texts.addAll(Files.readAllLines(Path.of(f)));
        Random r = new Random(18);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(maxAtoms); i > 0; i--) sb.append(atoms[r.nextInt(atoms.length)]);
            texts.add(sb.toString());
        }
        return texts;
    }
}
