package org.claimgraph.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The one place that decides what a note file is ({@link #isNote}), what its path relative to
 * its notes folder is ({@link #relativePath}: the path its graph is named after), finds note files
 * ({@link #collect}) and reads them strictly: UTF-8 only, no NUL bytes, no absurdly long lines,
 * not empty. Every rejection names the file and, where there is one, the line and byte offset.
 * Ingest, the watcher and the server all ask here.
 */
public final class NoteFiles {
    private NoteFiles() {}

    /** File name endings read as notes. */
    public static final List<String> EXTENSIONS = List.of(".md", ".markdown", ".txt");
    /** Longest line accepted, in characters; a longer one is almost surely not a hand-written note. */
    public static final int MAX_LINE_CHARS = 1 << 20;
    /** The system property that sets the default of {@link #maxFileBytes()}. */
    public static final String MAX_FILE_BYTES_PROPERTY = "claimgraph.maxNoteBytes";
    /** The command-line option that sets {@link #maxFileBytes()} (ingest, serve, validate). */
    public static final String MAX_FILE_BYTES_OPTION = "--max-note-size";
    /** Largest note accepted by default, in bytes: 8 MiB, or the system property {@value #MAX_FILE_BYTES_PROPERTY}. */
    public static final long MAX_FILE_BYTES = Long.getLong(MAX_FILE_BYTES_PROPERTY, 8L << 20);

    private static volatile long maxFileBytes = MAX_FILE_BYTES;

    /**
     * Largest note accepted, in bytes, for this process: {@link #MAX_FILE_BYTES} unless a command set
     * it with {@value #MAX_FILE_BYTES_OPTION}. A larger note is refused with its name, its size and
     * the limit; its previous graph, if any, is kept.
     */
    public static long maxFileBytes() {
        return maxFileBytes;
    }

    /** Sets {@link #maxFileBytes()} for this process (the command line's {@value #MAX_FILE_BYTES_OPTION}). */
    public static void setMaxFileBytes(long bytes) {
        if (bytes <= 0) throw new IllegalArgumentException("the note size limit must be positive, not " + bytes);
        maxFileBytes = bytes;
    }

    /** "9437184 bytes (9.0 MiB)", "3000 bytes (2.9 KiB)". */
    public static String describeSize(long bytes) {
        return bytes + " bytes ("
                + (bytes < (1L << 20)
                        ? String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0)
                        : String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20)))
                + ")";
    }

    /** One note file and the root its graph name is relative to. */
    public record Source(Path root, Path file) {
        /** The note's path relative to its root, '/' separated. */
        public String relativePath() {
            return NoteFiles.relativePath(root, file);
        }
    }

    /** A note file by its name: one of {@link #EXTENSIONS}, not hidden ({@code .name}), not an editor backup ({@code name~}). */
    public static boolean isNote(Path p) {
        Path name = p.getFileName();
        if (name == null) return false;
        String n = name.toString();
        if (n.startsWith(".") || n.endsWith("~")) return false;
        String lower = n.toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    /** A note file of the notes folder {@code root}: {@link #isNote} and under no hidden folder ({@code .git}, {@code .obsidian}). */
    public static boolean isNote(Path root, Path file) {
        return isNote(file)
                && !hidden(
                        root.toAbsolutePath().normalize(), file.toAbsolutePath().normalize());
    }

    /** Whether {@code path} lies under a hidden entry ({@code .name}) of {@code root}, or is one. */
    public static boolean hidden(Path root, Path path) {
        Path rel = root.toAbsolutePath()
                .normalize()
                .relativize(path.toAbsolutePath().normalize());
        for (Path part : rel) if (part.toString().startsWith(".")) return true;
        return false;
    }

    /** The note's path relative to {@code root}, '/' separated: what its graph IRI is made from. */
    public static String relativePath(Path root, Path file) {
        Path rel = root.toAbsolutePath()
                .normalize()
                .relativize(file.toAbsolutePath().normalize());
        List<String> parts = new ArrayList<>();
        rel.forEach(p -> parts.add(p.toString()));
        return String.join("/", parts);
    }

    /**
     * The note files under each path: a folder is walked (hidden entries such as {@code .git} or
     * {@code .obsidian} skipped) in sorted order with the folder as root; a file stands for
     * itself with its parent as root. A file reached twice (named twice, or inside two given
     * folders) is read once, under the first path that reached it.
     *
     * @param missing receives "path: why" for paths that do not exist or hold no notes
     */
    public static List<Source> collect(List<Path> paths, List<IngestReport.Failure> missing) throws IOException {
        List<Source> out = new ArrayList<>();
        java.util.Set<Path> seen = new java.util.HashSet<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> files;
                try (Stream<Path> s = Files.walk(p)) {
                    files = s.filter(Files::isRegularFile)
                            .filter(f -> !hidden(p, f))
                            .filter(NoteFiles::isNote)
                            .sorted()
                            .toList();
                }
                if (files.isEmpty()) {
                    missing.add(new IngestReport.Failure(
                            p.toString(), "no notes (" + String.join(", ", EXTENSIONS) + ") in this folder"));
                }
                for (Path f : files) if (seen.add(f.toAbsolutePath().normalize())) out.add(new Source(p, f));
            } else if (Files.isRegularFile(p)) {
                Path parent = p.toAbsolutePath().getParent();
                if (seen.add(p.toAbsolutePath().normalize())) out.add(new Source(parent, p));
            } else {
                missing.add(new IngestReport.Failure(p.toString(), "no such file or folder"));
            }
        }
        return out;
    }

    /**
     * Reads a note as strict UTF-8 (a leading BOM is dropped).
     *
     * @param display the name used in messages (usually the relative path)
     * @throws NoteInputException binary (NUL byte), not UTF-8, too large or a line too long (an empty or
     *         whitespace-only file is a note with no content: it is returned as it is)
     */
    public static String read(Path file, String display) throws NoteInputException {
        return decode(readBytes(file, display), display);
    }

    /** A note's text and the hex SHA-256 of its bytes. */
    public record Content(String text, String sha256) {}

    /** As {@link #read}, with the SHA-256 of the bytes read. */
    public static Content readContent(Path file, String display) throws NoteInputException {
        byte[] bytes = readBytes(file, display);
        return new Content(decode(bytes, display), sha256(bytes));
    }

    /** Hex SHA-256 of {@code bytes}. */
    public static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }

    /** The file's bytes, refused when over {@link #maxFileBytes()}. */
    public static byte[] readBytes(Path file, String display) throws NoteInputException {
        try {
            long size = Files.size(file);
            if (size > maxFileBytes) throw tooLarge(display, size);
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new NoteInputException(display, "cannot read: " + e.getMessage());
        }
    }

    /** The refusal of a note of {@code size} bytes: names the note, its size and the limit, and how to raise it. */
    public static NoteInputException tooLarge(String display, long size) {
        long limit = maxFileBytes;
        return new NoteInputException(
                display,
                "note is " + describeSize(size) + ", over the limit of " + describeSize(limit)
                        + "; not read. Raise the limit with " + MAX_FILE_BYTES_OPTION
                        + " SIZE (e.g. " + MAX_FILE_BYTES_OPTION + " " + Math.max(16, 2 * ((size >> 20) + 1)) + "MB)");
    }

    /** The checks of {@link #read} on bytes already in memory. */
    public static String decode(byte[] bytes, String display) throws NoteInputException {
        if (bytes.length == 0) return ""; // an empty note (Obsidian creates them): a note with no content, not an error
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new NoteInputException(
                        display + ":" + lineAt(bytes, i),
                        "binary file: NUL byte at byte offset " + i + "; notes must be UTF-8 text");
            }
        }
        CharsetDecoder dec = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = dec.decode(in, out, true);
        if (r.isError()) {
            int offset = in.position();
            throw new NoteInputException(
                    display + ":" + lineAt(bytes, offset),
                    String.format(
                            "not valid UTF-8: byte 0x%02X at byte offset %d (line %d, column %d); save the note as UTF-8",
                            bytes[offset] & 0xff, offset, lineAt(bytes, offset), columnAt(bytes, offset)));
        }
        dec.flush(out);
        out.flip();
        String text = out.toString();
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > MAX_LINE_CHARS) {
                    throw new NoteInputException(
                            display + ":" + line,
                            "line " + line + " is " + (i - start) + " characters long (limit " + MAX_LINE_CHARS
                                    + "); is this a generated or binary file?");
                }
                line++;
                start = i + 1;
            }
        }
        return text;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) if (bytes[i] == '\n') line++;
        return line;
    }

    private static int columnAt(byte[] bytes, int offset) {
        int start = offset;
        while (start > 0 && bytes[start - 1] != '\n') start--;
        return offset - start + 1;
    }
}
