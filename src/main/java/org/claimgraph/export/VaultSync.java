package org.claimgraph.export;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a generated file set into a folder that may already be a user's vault, without ever
 * overwriting or deleting a file the user wrote. A file is ours when it is a markdown note whose
 * frontmatter carries {@value FrontMatter#MARKER}, or when it is byte-identical to what the last
 * export wrote there (recorded in {@value #MANIFEST} as SHA-256 — this covers canvases, which
 * have no frontmatter). Then:
 * <ul>
 *   <li>a generated file whose path is free, or holds an unchanged file of ours, is written — only
 *       when its bytes differ, so unchanged notes keep their modification time;</li>
 *   <li>in a note of ours, the text after {@link ObsidianVaultWriter#USER_LINE} is the user's and is
 *       carried over into the new version;</li>
 *   <li>a path held by a user's file is skipped and reported ({@link Report#skipped});</li>
 *   <li>a file of ours that the new export no longer produces is deleted, unless the user wrote
 *       below its user line (then it is kept and reported).</li>
 * </ul>
 */
public final class VaultSync {
    public static final String MANIFEST = ".claimgraph-export.json";
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    /** What one sync did; paths are vault-relative with {@code /}. */
    public record Report(
            List<String> written,
            List<String> unchanged,
            List<String> skipped,
            List<String> deleted,
            List<String> kept) {
        public String summary() {
            return written.size() + " written, " + unchanged.size() + " unchanged, " + deleted.size() + " removed"
                    + (skipped.isEmpty()
                            ? ""
                            : ", " + skipped.size() + " skipped (a file of yours is at that path: "
                                    + String.join(", ", skipped) + ")")
                    + (kept.isEmpty() ? "" : ", " + kept.size() + " stale notes kept because you wrote in them");
        }
    }

    private VaultSync() {}

    /** Folders of a whole vault export. */
    public static final List<String> VAULT_FOLDERS =
            List.of(VaultNames.TOOLS, VaultNames.CLAIMS, VaultNames.SOURCES, VaultNames.INDEX, VaultNames.CANVAS);

    /** Syncs a whole vault: every folder of {@link #VAULT_FOLDERS} is ours to clean up. */
    public static Report apply(Path dir, SortedMap<String, String> files) throws IOException {
        return apply(dir, files, VAULT_FOLDERS);
    }

    /**
     * Syncs {@code files}; only stale files of ours inside {@code owned} folders are removed (so
     * {@code export canvas} into a vault never touches its notes).
     */
    public static Report apply(Path dir, SortedMap<String, String> files, List<String> owned) throws IOException {
        Files.createDirectories(dir);
        Sync sync = new Sync(dir, readManifest(dir));
        for (Map.Entry<String, String> f : files.entrySet()) sync.put(f.getKey(), f.getValue());
        // stale files of ours: in the old manifest or marked, and not produced this time
        for (String rel : candidates(dir, sync.manifest, owned)) if (!files.containsKey(rel)) sync.removeStale(rel);
        // entries of other folders (another format's files) stay recorded
        sync.manifest.forEach((rel, hash) -> {
            if (!inOwned(rel, owned) && !sync.newManifest.containsKey(rel) && Files.isRegularFile(resolve(dir, rel))) {
                sync.newManifest.put(rel, hash);
            }
        });
        writeManifest(dir, sync.newManifest);
        return sync.report();
    }

    /** One sync: the old manifest, the new one as files are written, and what was done with each path. */
    private static final class Sync {
        final Path dir;
        final Map<String, String> manifest;
        final SortedMap<String, String> newManifest = new TreeMap<>();
        final List<String> written = new ArrayList<>(),
                unchanged = new ArrayList<>(),
                skipped = new ArrayList<>(),
                deleted = new ArrayList<>(),
                kept = new ArrayList<>();

        Sync(Path dir, Map<String, String> manifest) {
            this.dir = dir;
            this.manifest = manifest;
        }

        /** Writes a generated file unless a user's file holds its path; a note keeps its user text. */
        void put(String rel, String generated) throws IOException {
            Path target = resolve(dir, rel);
            String content = generated;
            if (Files.exists(target)) {
                byte[] old = Files.readAllBytes(target);
                String oldText = new String(old, StandardCharsets.UTF_8);
                if (!isOurs(rel, oldText, old, manifest)) {
                    skipped.add(rel);
                    return;
                }
                content = carryUserText(oldText, content);
                if (oldText.equals(content)) {
                    unchanged.add(rel);
                    newManifest.put(rel, VaultNames.hash(content, 64));
                    return;
                }
            }
            Files.createDirectories(target.getParent());
            Files.writeString(target, content, StandardCharsets.UTF_8);
            written.add(rel);
            newManifest.put(rel, VaultNames.hash(content, 64));
        }

        /** Deletes a file of ours that this export no longer produces, unless the user wrote in it. */
        void removeStale(String rel) throws IOException {
            Path p = resolve(dir, rel);
            if (!Files.isRegularFile(p)) return;
            byte[] old = Files.readAllBytes(p);
            String oldText = new String(old, StandardCharsets.UTF_8);
            if (!isOurs(rel, oldText, old, manifest)) return;
            if (!userText(oldText).isBlank()) {
                kept.add(rel);
                return;
            }
            Files.delete(p);
            deleted.add(rel);
        }

        Report report() {
            return new Report(
                    List.copyOf(written),
                    List.copyOf(unchanged),
                    List.copyOf(skipped),
                    List.copyOf(deleted),
                    List.copyOf(kept));
        }
    }

    static boolean isOurs(String rel, String text, byte[] bytes, Map<String, String> manifest) {
        if (rel.endsWith(".md") && hasMarker(text)) {
            return true;
        }
        return VaultNames.hash(text, 64).equals(manifest.get(rel))
                && new String(bytes, StandardCharsets.UTF_8).equals(text);
    }

    /** True when the frontmatter (the block between the first two {@code ---} lines) holds our marker. */
    static boolean hasMarker(String text) {
        if (!text.startsWith("---\n") && !text.startsWith("---\r\n")) {
            return false;
        }
        String[] lines = text.split("\\R", -1);
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].equals("---")) {
                return false;
            }
            if (lines[i].startsWith(FrontMatter.MARKER + ":")) {
                return true;
            }
        }
        return false;
    }

    private static String userText(String text) {
        int i = text.indexOf(ObsidianVaultWriter.USER_LINE);
        return i < 0 ? "" : text.substring(i + ObsidianVaultWriter.USER_LINE.length());
    }

    private static String carryUserText(String oldText, String content) {
        String user = userText(oldText);
        if (user.isBlank() || !content.contains(ObsidianVaultWriter.USER_LINE)) {
            return content;
        }
        int i = content.indexOf(ObsidianVaultWriter.USER_LINE) + ObsidianVaultWriter.USER_LINE.length();
        return content.substring(0, i) + user;
    }

    private static boolean inOwned(String rel, List<String> owned) {
        return owned.stream().anyMatch(f -> rel.startsWith(f + "/"));
    }

    private static List<String> candidates(Path dir, Map<String, String> manifest, List<String> owned)
            throws IOException {
        TreeMap<String, Boolean> out = new TreeMap<>();
        manifest.keySet().stream().filter(k -> inOwned(k, owned)).forEach(k -> out.put(k, true));
        for (String folder : owned) {
            Path d = dir.resolve(folder);
            if (Files.isDirectory(d)) {
                try (Stream<Path> s = Files.list(d)) {
                    s.filter(Files::isRegularFile).forEach(p -> out.put(folder + "/" + p.getFileName(), true));
                }
            }
        }
        return new ArrayList<>(out.keySet());
    }

    private static Path resolve(Path dir, String rel) {
        Path p = dir.resolve(rel).normalize();
        if (!p.startsWith(dir.normalize())) {
            throw new IllegalArgumentException("path escapes the vault: " + rel);
        }
        return p;
    }

    private static Map<String, String> readManifest(Path dir) throws IOException {
        Path m = dir.resolve(MANIFEST);
        Map<String, String> out = new TreeMap<>();
        if (!Files.isRegularFile(m)) {
            return out;
        }
        // our own flat {"path": "sha-256 hex", ...}; a manifest that is not that (hand-edited, cut
        // off) counts as empty: then no file is taken for ours by its hash, so nothing of the
        // user's is overwritten or deleted
        try (Reader r = Files.newBufferedReader(m, StandardCharsets.UTF_8)) {
            JsonElement root = JsonParser.parseReader(r);
            if (root.isJsonObject()) {
                for (Map.Entry<String, JsonElement> e : root.getAsJsonObject().entrySet()) {
                    if (e.getValue().isJsonPrimitive()
                            && SHA256_HEX.matcher(e.getValue().getAsString()).matches()) {
                        out.put(e.getKey(), e.getValue().getAsString());
                    }
                }
            }
        } catch (JsonParseException e) {
            out.clear();
        }
        return out;
    }

    private static void writeManifest(Path dir, SortedMap<String, String> manifest) throws IOException {
        Map<String, Object> root = new TreeMap<>(manifest);
        Files.writeString(dir.resolve(MANIFEST), Json.print(root), StandardCharsets.UTF_8);
    }
}
