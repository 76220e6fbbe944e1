package org.claimgraph.writeback;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The one read → check → edit → replace sequence that the CLI and the server share, under the
 * file's lock: refuse when {@code expectSha256} is given and the file's hash differs, compute the
 * edit with {@link WriteBack}, and (unless a dry run) replace the file atomically.
 */
public final class Recorder {
    private Recorder() {}

    /** What happened. */
    public sealed interface Recorded {
        /** The edit (possibly without change) and the file's hashes before and after ({@code after == before} when not written). */
        record Written(Outcome.Edited edit, String sha256Before, String sha256After, boolean dryRun)
                implements Recorded {
            public boolean changed() {
                return edit.changed();
            }
        }

        /** The file's hash is not the expected one: nothing written. */
        record Conflict(String currentSha256) implements Recorded {}

        /** The request cannot be written (see the reason). */
        record Refused(Outcome.Rejected rejected) implements Recorded {}
    }

    /**
     * @param file        the note file
     * @param path        the note's path as shown in the diff and used for extraction
     * @param expectSha256 the hash the reviewer saw, or null
     * @throws IOException the file cannot be read (or is not UTF-8) or written
     */
    public static Recorded record(Path file, String path, int line, Verification v, String expectSha256, boolean dryRun)
            throws IOException {
        try (NoteFile.Lock lock = NoteFile.lock(file)) {
            NoteFile.Snapshot s = NoteFile.read(file);
            if (expectSha256 != null && !expectSha256.strip().equalsIgnoreCase(s.sha256()))
                return new Recorded.Conflict(s.sha256());
            Outcome o = WriteBack.apply(path, s.text(), line, v);
            if (o instanceof Outcome.Rejected r) return new Recorded.Refused(r);
            Outcome.Edited e = (Outcome.Edited) o;
            if (dryRun || !e.changed()) return new Recorded.Written(e, s.sha256(), s.sha256(), dryRun);
            try {
                return new Recorded.Written(e, s.sha256(), NoteFile.replace(s, e.after()), false);
            } catch (NoteFile.ChangedException c) {
                return new Recorded.Conflict(c.currentSha256());
            }
        }
    }
}
