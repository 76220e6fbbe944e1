package org.claimgraph.server;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.sparql.util.Symbol;

/**
 * What SPARQL Update {@code LOAD <iri>} may read on this server. Off by default: LOAD reads local
 * files and makes outbound requests with the rights of the server process, which the write
 * password should not grant. {@code --allow-load file:DIR,http,https} allows files under DIR (which
 * must lie inside the notes folder: a file elsewhere is never readable) and/or the named URL schemes.
 *
 * @param folders allowed folders (real paths), each inside the notes folder
 * @param schemes allowed URL schemes ("http", "https")
 */
record LoadPolicy(List<Path> folders, Set<String> schemes) {
    /** Context key under which a served dataset carries its policy ({@link LoadGuard} reads it). */
    static final Symbol SYMBOL = Symbol.create("https://w3id.org/claimgraph/server#loadPolicy");

    static final LoadPolicy NONE = new LoadPolicy(List.of(), Set.of());

    /**
     * Parses {@code file:DIR,http,https}.
     *
     * @param notesFolder the served notes folder, or null (then no {@code file:} entry is accepted)
     * @throws IllegalArgumentException for an unknown entry or a folder outside the notes folder
     */
    static LoadPolicy parse(String spec, Path notesFolder) {
        if (spec == null || spec.isBlank()) return NONE;
        List<Path> folders = new ArrayList<>();
        Set<String> schemes = new TreeSet<>();
        for (String raw : spec.split(",")) {
            String entry = raw.strip();
            String lower = entry.toLowerCase(Locale.ROOT);
            if (lower.equals("http") || lower.equals("https")) {
                schemes.add(lower);
            } else if (lower.equals("http(s)")) {
                schemes.add("http");
                schemes.add("https");
            } else if (lower.startsWith("file:")) {
                folders.add(folder(entry.substring(5), notesFolder));
            } else if (!entry.isEmpty()) {
                throw new IllegalArgumentException(
                        "--allow-load: unknown entry '" + entry + "' (use file:DIR, http, https)");
            }
        }
        return new LoadPolicy(List.copyOf(folders), Set.copyOf(schemes));
    }

    private static Path folder(String dir, Path notesFolder) {
        if (notesFolder == null)
            throw new IllegalArgumentException("--allow-load file:" + dir
                    + ": LOAD may read files only inside the notes folder, and there is none (--docs DIR)");
        try {
            Path real = Path.of(dir.startsWith("//") ? dir.substring(2) : dir).toRealPath();
            Path notes = notesFolder.toRealPath();
            if (!Files.isDirectory(notes)) notes = notes.getParent();
            if (!real.startsWith(notes))
                throw new IllegalArgumentException("--allow-load file:" + dir + " is outside the notes folder " + notes
                        + ": LOAD never reads files there");
            return real;
        } catch (IOException | InvalidPathException e) {
            throw new IllegalArgumentException(
                    "--allow-load file:" + dir + ": not a readable folder (" + e.getMessage() + ")");
        }
    }

    /** Null when LOAD may read {@code source}, else the reason it may not. */
    String refusal(String source) {
        if (folders.isEmpty() && schemes.isEmpty())
            return "LOAD is off on this server (it would read files or URLs with the server's rights); start it with --allow-load file:DIR,https to allow";
        String scheme;
        try {
            scheme = new URI(source).getScheme();
        } catch (URISyntaxException e) {
            scheme = null;
        }
        scheme = scheme == null ? "file" : scheme.toLowerCase(Locale.ROOT);
        if (scheme.equals("file"))
            return fileAllowed(source)
                    ? null
                    : "LOAD <" + source + "> refused: files are readable only under " + folders;
        if (schemes.contains(scheme)) return null;
        return "LOAD <" + source + "> refused: scheme '" + scheme + "' not allowed (allowed: "
                + (schemes.isEmpty() ? "none" : schemes) + ")";
    }

    private boolean fileAllowed(String source) {
        if (folders.isEmpty()) return false;
        try {
            Path p = source.regionMatches(true, 0, "file:", 0, 5) ? Path.of(new URI(source)) : Path.of(source);
            Path real = p.toAbsolutePath().toRealPath(); // symbolic links resolved: no way out of the folder
            return folders.stream().anyMatch(real::startsWith);
        } catch (IOException
                | URISyntaxException
                | IllegalArgumentException
                | java.nio.file.FileSystemNotFoundException e) {
            return false;
        }
    }
}
