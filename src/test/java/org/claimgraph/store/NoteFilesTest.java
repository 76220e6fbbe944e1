package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The strict reading of note files: every rejection says where. */
class NoteFilesTest {

    /** An empty or whitespace-only file is a note with no content (issue 11), not a rejected input. */
    @Test
    void emptyFileIsANoteWithNoContent() throws NoteInputException {
        assertEquals("", NoteFiles.decode(new byte[0], "e.md"));
        assertEquals(" \n\t\n", NoteFiles.decode(" \n\t\n".getBytes(StandardCharsets.UTF_8), "w.md"));
        assertEquals(
                "",
                NoteFiles.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "bom.md"),
                "a lone BOM is empty too");
    }

    @Test
    void binaryFileNamesTheNulByte() {
        byte[] bytes = "# t\nline two\nab\0cd".getBytes(StandardCharsets.UTF_8);
        NoteInputException e = assertThrows(NoteInputException.class, () -> NoteFiles.decode(bytes, "b.md"));
        assertEquals("b.md:3", e.location());
        assertTrue(e.getMessage().contains("byte offset 15"), e.getMessage());
    }

    @Test
    void invalidUtf8NamesLineColumnAndOffset() {
        byte[] head = "# 标题\nok\nbad ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3; // a lone lead byte followed by ASCII
        bytes[head.length + 1] = 'x';
        NoteInputException e = assertThrows(NoteInputException.class, () -> NoteFiles.decode(bytes, "u.md"));
        assertEquals("u.md:3", e.location());
        // "# 标题\n" is 9 bytes, "ok\n" 3, "bad " 4 → offset 16, column 5
        assertTrue(e.getMessage().contains("byte 0xC3 at byte offset 16 (line 3, column 5)"), e.getMessage());
    }

    @Test
    void hugeLineIsRefusedWithItsLine() {
        String text = "# t\n" + "x".repeat(10 * 1024 * 1024) + "\nend\n";
        NoteInputException e = assertThrows(
                NoteInputException.class, () -> NoteFiles.decode(text.getBytes(StandardCharsets.UTF_8), "h.md"));
        assertEquals("h.md:2", e.location());
        assertTrue(e.getMessage().contains("10485760 characters"), e.getMessage());
    }

    @Test
    void collectWalksFoldersSortedSkipsHiddenAndReadsEachFileOnce(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws java.io.IOException {
        var notes = java.nio.file.Files.createDirectories(tmp.resolve("vault/sub"));
        java.nio.file.Files.writeString(notes.resolve("b.md"), "# b");
        java.nio.file.Files.writeString(notes.getParent().resolve("a.markdown"), "# a");
        java.nio.file.Files.writeString(notes.getParent().resolve("image.png"), "x");
        java.nio.file.Files.createDirectories(tmp.resolve("vault/.obsidian"));
        java.nio.file.Files.writeString(tmp.resolve("vault/.obsidian/workspace.md"), "# hidden");
        var missing = new java.util.ArrayList<IngestReport.Failure>();
        var vault = tmp.resolve("vault");
        var found = NoteFiles.collect(java.util.List.of(vault, notes.resolve("b.md"), tmp.resolve("nope")), missing);
        assertEquals(
                java.util.List.of("a.markdown", "sub/b.md"),
                found.stream().map(NoteFiles.Source::relativePath).toList());
        assertEquals(1, missing.size());
        assertTrue(missing.get(0).message().contains("no such file"));
    }

    @Test
    void bomIsDroppedAndTextKept() throws NoteInputException {
        byte[] body = "# 标题\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertEquals("# 标题\n", NoteFiles.decode(bytes, "ok.md"));
    }

    @Test
    void noteOverTheSizeLimitRefusedWithSizeAndLimit(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        java.nio.file.Path big = tmp.resolve("big.md");
        byte[] line = "- a line of a very large note\n".getBytes(StandardCharsets.UTF_8);
        try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(big)) {
            for (long n = 0; n <= (8L << 20); n += line.length) out.write(line);
        }
        NoteInputException e = assertThrows(NoteInputException.class, () -> NoteFiles.read(big, "big.md"));
        assertTrue(
                e.getMessage().contains("8388608") && e.getMessage().contains(NoteFiles.MAX_FILE_BYTES_OPTION),
                e.getMessage());
        assertTrue(e.getMessage().contains("note is " + java.nio.file.Files.size(big) + " bytes"), e.getMessage());
        assertEquals("big.md", e.location());
        assertEquals(8L << 20, NoteFiles.MAX_FILE_BYTES, "the default limit");
    }
}
