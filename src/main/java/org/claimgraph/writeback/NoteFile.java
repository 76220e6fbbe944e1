package org.claimgraph.writeback;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Reading and replacing a note file: strict UTF-8, its sha-256, an atomic replace (a temporary
 * file in the same folder, flushed, given the old file's permissions, renamed over it) that
 * refuses when the file changed since it was read, and one lock per file per JVM so that
 * read–check–write sequences of concurrent writers do not interleave.
 */
public final class NoteFile {
    private NoteFile() {}

    private static final ConcurrentHashMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    /** The file's text and the sha-256 of its bytes (lower-case hex). */
    public record Snapshot(Path file, String text, String sha256) {}

    /** Thrown when the file changed between read and replace. */
    public static final class ChangedException extends IOException {
        private final String currentSha256;

        ChangedException(Path file, String currentSha256) {
            super(file + " changed since it was read (sha-256 now " + currentSha256 + ")");
            this.currentSha256 = currentSha256;
        }

        public String currentSha256() {
            return currentSha256;
        }
    }

    /** Held while one writer reads, checks and replaces a file. */
    public interface Lock extends AutoCloseable {
        @Override
        void close();
    }

    /** Takes the JVM-wide lock of {@code file} (by its absolute, normalised path). */
    public static Lock lock(Path file) {
        ReentrantLock l = LOCKS.computeIfAbsent(file.toAbsolutePath().normalize(), p -> new ReentrantLock());
        l.lock();
        return l::unlock;
    }

    /** Reads the file; a malformed UTF-8 file is an IOException naming the byte offset. */
    public static Snapshot read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new Snapshot(file, text, sha256(bytes));
        } catch (CharacterCodingException e) {
            throw new IOException(file + " is not UTF-8 text (" + e + "); it is never rewritten", e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Replaces the file read as {@code read} with {@code text}: refuses (nothing written) when the
     * file's bytes no longer hash to {@code read.sha256()}. Returns the new sha-256.
     */
    public static String replace(Snapshot read, String text) throws IOException {
        Path file = read.file();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".verify.tmp");
        try {
            try (FileChannel ch =
                    FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) ch.write(buf);
                ch.force(true);
            }
            keepPermissions(file, tmp);
            String now = sha256(Files.readAllBytes(file));
            if (!now.equals(read.sha256())) throw new ChangedException(file, now);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        return sha256(bytes);
    }

    private static void keepPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (view == null) return;
        Set<PosixFilePermission> perms = view.readAttributes().permissions();
        Files.setPosixFilePermissions(to, perms);
    }
}
