package org.claimgraph.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Folders the server creates for its own data (database, password file): mode 0700, owner only. */
final class PrivateDirs {
    private PrivateDirs() {}

    /** Creates {@code dir} and any missing parents; each folder created here gets mode 0700. Existing ones are left as they are. */
    static void create(Path dir) throws IOException {
        Path abs = dir.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) return;
        if (abs.getParent() != null) create(abs.getParent());
        try {
            Files.createDirectory(
                    abs, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            Files.createDirectory(abs); // not POSIX
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // created meanwhile
        }
    }
}
