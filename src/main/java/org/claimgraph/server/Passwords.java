package org.claimgraph.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The write password: a Jetty realm file ({@code user: password} per line), generated when absent. */
final class Passwords {
    private static final Logger LOG = LoggerFactory.getLogger(Passwords.class);
    static final String USER = "admin";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private Passwords() {}

    /** Result of {@link #ensure}: the file, and the new password when it was generated just now. */
    record Realm(Path file, String generatedPassword) {}

    /** Returns the realm file, generating one (user {@value #USER}, random password, mode 0600) when absent. */
    static Realm ensure(Path file) throws IOException {
        file = file.toAbsolutePath().normalize();
        if (Files.exists(file)) {
            if (!Files.isReadable(file)) throw new IOException("password file is not readable: " + file);
            warnIfOpen(file);
            checkNoEmptyPassword(file);
            return new Realm(file, null);
        }
        PrivateDirs.create(file.getParent());
        String password = generate(24);
        String content =
                "# claimgraph write password (Jetty realm format: user: password). Generated; keep it private.\n" + USER
                        + ": " + password + "\n";
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file); // non-POSIX file system
        }
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return new Realm(file, password);
    }

    /**
     * Refuses a realm with a user whose password is empty ({@code admin:}): Jetty would let
     * {@code curl -u admin:} write.
     *
     * @throws IllegalArgumentException naming the file, line and user
     */
    static void checkNoEmptyPassword(Path file) throws IOException {
        java.util.List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            int colon = line.indexOf(':');
            if (line.isEmpty() || line.startsWith("#") || colon < 0) continue;
            String credential = line.substring(colon + 1).split(",", 2)[0].strip();
            if (credential.isEmpty())
                throw new IllegalArgumentException("password file " + file + ":" + (i + 1) + ": user '"
                        + line.substring(0, colon).strip()
                        + "' has an empty password; anyone could write with it. Set a password or remove the line.");
        }
    }

    static String generate(int length) {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        return sb.toString();
    }

    private static void warnIfOpen(Path file) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ))
                LOG.warn("Password file {} is readable by other users (chmod 600 it)", file);
        } catch (IOException | UnsupportedOperationException ignored) {
            // not POSIX: nothing to check
        }
    }
}
