package org.claimgraph.rdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;

/**
 * Graphs the mapping produces for the test notes: the hand-built ones, and (once the extractor
 * works) every note under {@code examples/}. Used to check the mapping's vocabulary.
 */
final class MappedExamples {
    private MappedExamples() {}

    static List<Graph> graphs() {
        List<Graph> out = new ArrayList<>();
        out.add(NoteMapper.map(TestNotes.small("demo/small.md")));
        out.add(NoteMapper.map(TestNotes.structured("demo/structured.md")));
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("examples"))) {
            for (var p : files.sorted().toList()) {
                String text = java.nio.file.Files.readString(p);
                out.add(NoteMapper.map(org.claimgraph.extract.NoteExtractor.extract(
                        p.getFileName().toString(), text)));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }
}
