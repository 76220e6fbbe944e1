package org.claimgraph.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Large notes made of the project's own example notes ({@code examples/*.md}, in name order) repeated, each
 * followed by a blank line, until the text reaches a size in UTF-8 bytes: what the large-note benchmarks and
 * tests read. The same size always gives the same text.
 */
public final class LargeNotes {
    private LargeNotes() {}

    /** The texts of {@code examples/*.md}, sorted by file name. */
    public static List<String> examples() {
        List<String> out = new ArrayList<>();
        try (var files = Files.list(Path.of("examples"))) {
            for (Path p :
                    files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) out.add(Files.readString(p));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the example notes in examples/", e);
        }
        return out;
    }

    /** {@code examples} repeated in order until at least {@code targetBytes} UTF-8 bytes. */
    public static String of(List<String> examples, long targetBytes) {
        StringBuilder sb = new StringBuilder();
        long bytes = 0;
        for (int i = 0; bytes < targetBytes; i++) {
            String piece = examples.get(i % examples.size()) + "\n\n";
            sb.append(piece);
            bytes += piece.getBytes(StandardCharsets.UTF_8).length;
        }
        return sb.toString();
    }
}
