package org.claimgraph.cli;

import static org.claimgraph.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimgraph.store.NoteFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --max-note-size} on ingest, validate and serve: the limit named on the command line, the refusal naming file and both sizes. */
class NoteSizeOptionTest {
    @TempDir
    Path tmp;

    @AfterEach
    void defaultLimitAgain() {
        NoteFiles.setMaxFileBytes(NoteFiles.MAX_FILE_BYTES);
    }

    @Test
    void sizesAreReadWithBinaryUnits() {
        assertEquals(8L << 20, NoteSizeOption.parseSize("8MB"));
        assertEquals(8L << 20, NoteSizeOption.parseSize("8MiB"));
        assertEquals(8L << 20, NoteSizeOption.parseSize("8m"));
        assertEquals(512L << 10, NoteSizeOption.parseSize("512 KB"));
        assertEquals(1L << 30, NoteSizeOption.parseSize("1GB"));
        assertEquals(1536L << 10, NoteSizeOption.parseSize("1.5MB"));
        assertEquals(4096, NoteSizeOption.parseSize("4096"));
        for (String bad : new String[] {"", "0", "-1MB", "8 TB", "lots"})
            assertThrows(IllegalArgumentException.class, () -> NoteSizeOption.parseSize(bad), bad);
    }

    @Test
    void ingestRefusesANoteOverTheLimitNamingFileAndSizes() throws IOException {
        Path notes = notes();
        CliRun r = run("ingest", notes.toString(), "--max-note-size", "1KB", "--no-progress");
        assertEquals(Main.EXIT_PARTIAL, r.exit(), r.out() + r.err());
        assertTrue(
                r.err().contains("big.md: note is 3000 bytes (2.9 KiB), over the limit of 1024 bytes (1.0 KiB)"),
                r.err());
        assertTrue(r.err().contains("--max-note-size"), r.err());
        assertTrue(r.out().contains("notes:              1"), "the small note is stored: " + r.out());

        CliRun raised = run("ingest", notes.toString(), "--max-note-size", "4KB", "--no-progress");
        assertEquals(0, raised.exit(), raised.out() + raised.err());
        assertTrue(raised.out().contains("notes:              2"), raised.out());
    }

    @Test
    void aRunWithoutTheOptionHasTheDefaultAgain() throws IOException {
        Path notes = notes();
        assertEquals(
                Main.EXIT_PARTIAL,
                run("ingest", notes.toString(), "--max-note-size", "1KB", "--no-progress")
                        .exit());
        CliRun r = run("ingest", notes.toString(), "--no-progress");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertEquals(NoteFiles.MAX_FILE_BYTES, NoteFiles.maxFileBytes());
    }

    @Test
    void validateRefusesANoteOverTheLimit() throws IOException {
        Path notes = notes();
        CliRun r = run("validate", "--docs", notes.toString(), "--max-note-size", "1KB", "--as-of", "2025-11-20");
        assertTrue(
                r.err().contains("big.md")
                        && r.err().contains("3000 bytes")
                        && r.err().contains("1024 bytes"),
                r.out() + r.err());
    }

    @Test
    void badSizeIsAUsageErrorSayingWhatIsAccepted() {
        for (String cmd : new String[] {"ingest", "validate", "serve"}) {
            CliRun r = cmd.equals("ingest")
                    ? run(cmd, tmp.toString(), "--max-note-size", "lots")
                    : run(cmd, "--max-note-size", "lots");
            assertEquals(Main.EXIT_USAGE, r.exit(), cmd + ": " + r.err());
            assertTrue(r.err().contains("'lots' is not a size"), cmd + ": " + r.err());
        }
    }

    private Path notes() throws IOException {
        Path notes = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(notes.resolve("small.md"), "# 小\n\n一段文字。\n");
        Files.writeString(notes.resolve("big.md"), "# big\n\n" + "x".repeat(3000 - 8) + "\n");
        assertEquals(3000, Files.size(notes.resolve("big.md")));
        return notes;
    }
}
