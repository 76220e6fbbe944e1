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
        return out;
    }
}
