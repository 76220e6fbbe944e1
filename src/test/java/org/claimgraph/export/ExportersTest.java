package org.claimgraph.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExportersTest {
    static Dataset ds;

    @BeforeAll
    static void load() {
        ds = Fixtures.load("two-notes.trig");
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void sameGraphSameBytes(ExportFormat f) throws IOException {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        Exporters.write(f, ds, NodeKind.all(), a);
        Exporters.write(f, Fixtures.load("two-notes.trig"), NodeKind.all(), b); // a fresh load: new blank node ids
        assertTrue(a.size() > 100, f + " wrote " + a.size() + " bytes");
        assertArrayEquals(a.toByteArray(), b.toByteArray(), f + " is not deterministic");
    }

    @Test
    void everyFormatWritesToDisk(@TempDir Path tmp) throws IOException {
        for (ExportFormat f : ExportFormat.values()) {
            Path out = tmp.resolve(f.cliName());
            if (!f.isDirectory()) {
                Files.createDirectories(out);
            }
            Exporters.Result r = Exporters.write(f, ds, NodeKind.all(), out);
            assertTrue(r.summary().startsWith(f.cliName()));
            try (Stream<Path> s = Files.walk(out)) {
                assertTrue(s.anyMatch(Files::isRegularFile), f + " wrote nothing");
            }
        }
        assertEquals(
                List.of("nodes.csv", "relationships.csv"),
                Files.list(tmp.resolve("neo4j"))
                        .map(p -> p.getFileName().toString())
                        .sorted()
                        .toList());
        assertTrue(Files.isRegularFile(tmp.resolve("graphml/claimgraph.graphml")));
    }

    @Test
    void anEmptyDatasetGivesValidEmptyExports(@TempDir Path tmp) throws IOException {
        Dataset empty = org.claimgraph.store.Stores.inMemory(); // holds only the ontology graph
        PropertyGraph g = Projector.project(empty);
        assertEquals(0, g.nodes().size());
        for (ExportFormat f : ExportFormat.values()) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            Exporters.write(f, empty, NodeKind.all(), b);
            assertTrue(b.size() > 0, f.cliName());
        }
        Exporters.Result r = Exporters.write(ExportFormat.OBSIDIAN, empty, NodeKind.all(), tmp.resolve("v"));
        assertEquals(
                List.of("Index/claimgraph 索引.md", "Index/工具索引 Tools.md"),
                r.vault().written());
    }

    /** Writes every format of the fixture under target/export-fixture for the node interop tests and for eyes. */
    static Path writeAll(Dataset dataset, Path root) throws IOException {
        for (ExportFormat f : ExportFormat.values()) {
            Path out = root.resolve(f.cliName());
            Files.createDirectories(out);
            Exporters.write(f, dataset, NodeKind.all(), out);
        }
        return root;
    }

    @Test
    void fixtureOutputsForInspection() throws IOException {
        Path root = writeAll(ds, Path.of("target", "export-fixture"));
        assertTrue(Files.isDirectory(root.resolve("obsidian/Claims")));
    }
}
