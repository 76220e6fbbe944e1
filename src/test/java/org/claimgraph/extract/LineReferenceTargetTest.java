package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * "第 N 行" points at line N and at the block that starts there: a table whose figure sits in a row
 * below its first line, a provenance block whose subject is two lines below its marker. A reference
 * naming a kind (表格, 标注, 图) without a figure resolves when a target of that kind is there.
 */
class LineReferenceTargetTest {
    static final Path NOTE = Path.of("src/test/resources/notes/fidelity/references.md");

    @Test
    void referencesResolveAgainstTheBlockStartingOnTheCitedLine() throws IOException {
        Model.Note n = NoteExtractor.extract("references.md", Files.readString(NOTE, StandardCharsets.UTF_8));
        Map<Integer, Model.LineReference> byLine = new TreeMap<>();
        for (Model.LineReference r : n.lineReferences()) byLine.put(r.fromLine(), r);
        assertEquals(6, byLine.size(), byLine.toString());
        // line 15: table starts on line 3, "13 MB … 0.9 MB" is in its row on line 5
        assertRef(byLine.get(15), true, 5, "13 MB vs 0.9 MB", "table");
        // line 17: marker on line 8, "Redis 7.2" on line 10 of the block; "版本" names the kind, not the thing
        assertRef(byLine.get(17), true, 10, "Redis 7.2", "annotation");
        // line 19: "第 3 行表格", no figure: a table starts on line 3
        assertRef(byLine.get(19), true, 3, null, "table");
        // line 21: "第 15 行表格": line 15 is a paragraph
        assertRef(byLine.get(21), false, -1, null, "table");
        // line 23: line 1 is the heading; the figure is on line 6
        assertRef(byLine.get(23), false, 6, "1.2 s vs 6 ms", "table");
        // line 25: the figure is nowhere in the note
        assertRef(byLine.get(25), false, -1, "55 MB vs 2.1 MB", "table");
    }

    private static void assertRef(Model.LineReference r, boolean resolved, int actual, String quoted, String kind) {
        assertEquals(resolved, r.resolved(), r.toString());
        assertEquals(actual, r.actualLine(), r.toString());
        assertEquals(quoted, r.quoted(), r.toString());
        assertEquals(kind, r.targetKind(), r.toString());
    }
}
