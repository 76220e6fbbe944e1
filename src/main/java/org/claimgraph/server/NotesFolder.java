package org.claimgraph.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The notes folder the server was started with ({@code serve --docs DIR}, {@code cgsrv:notesFolder}),
 * the only place {@code POST /kg/verify} writes. A request's path is resolved against it and
 * refused unless the real file (symlinks followed) lies inside the folder's real path.
 *
 * @param root the folder's real path, or null when the server has no writable notes folder
 * @param why  why there is none (for the 405), null when there is one
 */
record NotesFolder(Path root, String why) {

    /** From the configured folder ("" = none). */
    static NotesFolder of(String configured) {
        if (configured == null || configured.isEmpty()) {
            return new NotesFolder(
                    null,
                    "this server has no notes folder: start it with 'claimgraph serve --docs DIR' to record verifications");
        }
        Path p = Path.of(configured);
        if (!Files.isDirectory(p))
            return new NotesFolder(null, "the notes given with --docs (" + p + ") are not a folder");
        if (!Files.isWritable(p))
            return new NotesFolder(null, "the notes folder " + p + " is not writable by the server");
        try {
            return new NotesFolder(p.toRealPath(), null);
        } catch (IOException e) {
            return new NotesFolder(null, "the notes folder " + p + " cannot be read: " + e.getMessage());
        }
    }

    boolean writable() {
        return root != null;
    }

    /** A note file inside the folder, for a path relative to it; IllegalArgumentException saying why not. */
    Path resolve(String relative) {
        if (relative == null || relative.isBlank()) throw new IllegalArgumentException("'file' is required");
        if (relative.indexOf('\0') >= 0) throw new IllegalArgumentException("'file' holds a NUL character");
        Path rel = Path.of(relative);
        if (rel.isAbsolute())
            throw new IllegalArgumentException("'file' must be relative to the notes folder: " + relative);
        Path file = root.resolve(rel).normalize();
        if (!file.startsWith(root)) throw new IllegalArgumentException("'file' leaves the notes folder: " + relative);
        if (!Files.isRegularFile(file))
            throw new IllegalArgumentException("no such note in the notes folder: " + relative);
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(root))
                throw new IllegalArgumentException("'file' is a link out of the notes folder: " + relative);
            if (Files.isSymbolicLink(file))
                throw new IllegalArgumentException("'file' is a symbolic link; name the note itself: " + relative);
            if (!NoteIngest.isNote(real))
                throw new IllegalArgumentException("not a note (.md, .markdown, .txt): " + relative);
            return real;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + relative + ": " + e.getMessage());
        }
    }

    /** The note's path relative to the folder, '/' separated: its graph name at ingest. */
    String relative(Path file) {
        return org.claimgraph.store.NoteFiles.relativePath(root, file);
    }
}
