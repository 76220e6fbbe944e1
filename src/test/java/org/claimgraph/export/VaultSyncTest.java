package org.claimgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-exporting over an existing vault: in place, and never at the expense of the user's files. */
class VaultSyncTest {
    static Dataset ds;

    @TempDir
    Path vault;

    @BeforeAll
    static void load() {
        ds = Fixtures.load("two-notes.trig");
    }

    private Exporters.Result export() throws IOException {
        return Exporters.write(ExportFormat.OBSIDIAN, ds, NodeKind.all(), vault);
    }

    @Test
    void secondExportChangesNothing() throws IOException {
        Exporters.Result first = export();
        assertEquals(20, first.vault().written().size(), "18 notes + 2 canvases");
        Exporters.Result second = export();
        assertEquals(0, second.vault().written().size());
        assertEquals(20, second.vault().unchanged().size());
    }

    @Test
    void userFilesAreNeverOverwrittenOrDeleted() throws IOException {
        Path k3s = vault.resolve("Tools/K3s.md");
        Path mine = vault.resolve("Tools/my own tool.md");
        Path canvas = vault.resolve("Canvas/Other note.canvas");
        Files.createDirectories(k3s.getParent());
        Files.writeString(k3s, "# K3s\nmy own K3s note, no frontmatter\n");
        Files.writeString(mine, "---\ntags: [mine]\n---\nkeep me\n");
        Exporters.Result r = export();
        assertEquals(List.of("Tools/K3s.md"), r.vault().skipped());
        assertEquals("# K3s\nmy own K3s note, no frontmatter\n", Files.readString(k3s));
        assertEquals("---\ntags: [mine]\n---\nkeep me\n", Files.readString(mine));

        // the user rearranges a canvas: it is theirs now, the next export leaves it alone
        Files.writeString(canvas, Files.readString(canvas).replace("\"x\": 0", "\"x\": 5"));
        String edited = Files.readString(canvas);
        Exporters.Result again = export();
        assertTrue(again.vault().skipped().contains("Canvas/Other note.canvas"));
        assertEquals(edited, Files.readString(canvas));

        // a smaller projection removes our stale notes, never the user's
        Exporters.Result fewer =
                Exporters.write(ExportFormat.OBSIDIAN, ds, EnumSet.of(NodeKind.NOTE, NodeKind.SECTION), vault);
        assertTrue(fewer.vault().deleted().contains("Tools/Kubernetes.md"));
        assertFalse(Files.exists(vault.resolve("Tools/Kubernetes.md")));
        assertTrue(Files.exists(mine) && Files.exists(k3s) && Files.exists(canvas));
    }

    @Test
    void canvasExportIntoTheVaultLeavesTheNotesAlone() throws IOException {
        export();
        Exporters.Result r = Exporters.write(ExportFormat.CANVAS, ds, NodeKind.all(), vault);
        assertEquals(List.of(), r.vault().deleted());
        assertEquals(2, r.vault().unchanged().size(), "the two canvases");
        assertTrue(Files.exists(vault.resolve("Tools/Kubernetes.md")));
        assertEquals(0, export().vault().written().size(), "the vault export still sees everything as its own");
    }

    @Test
    void textBelowTheUserLineSurvivesReExport() throws IOException {
        export();
        Path note = vault.resolve("Tools/Kubernetes.md");
        Files.writeString(note, Files.readString(note).replace("claim-count: 2", "claim-count: 99") + "我的补充：先试 K3s。\n");
        Exporters.Result r = export();
        assertTrue(r.vault().written().contains("Tools/Kubernetes.md"));
        String text = Files.readString(note);
        assertTrue(text.contains("claim-count: 2"), "our part is regenerated");
        assertTrue(text.endsWith(ObsidianVaultWriter.USER_LINE + "\n我的补充：先试 K3s。\n"), "the user's part is kept");

        // stale, but written in by the user: kept
        Exporters.Result fewer = Exporters.write(ExportFormat.OBSIDIAN, ds, EnumSet.of(NodeKind.NOTE), vault);
        assertTrue(fewer.vault().kept().contains("Tools/Kubernetes.md"));
        assertTrue(Files.exists(note));
    }
}
