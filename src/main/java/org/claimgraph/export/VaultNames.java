package org.claimgraph.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.claimgraph.extract.VerificationStatus;

/**
 * File names of the vault. Every note gets a base name (what {@code [[wikilinks]]} use) that is
 * unique in the whole vault, compared case-insensitively because Obsidian resolves links by base
 * name and macOS/Windows file systems ignore case. Names keep Chinese text and never contain
 * {@code * " \ / < > : | ? # ^ [ ]} or control characters; {@code / \ |} become {@code -}, the
 * others a space. Claims always end in a short stable hash of their IRI (two claims often share
 * their first words); any other name that two different things would share gets that hash too.
 */
final class VaultNames {
    static final String TOOLS = "Tools";
    static final String CLAIMS = "Claims";
    static final String SOURCES = "Sources";
    static final String INDEX = "Index";
    static final String CANVAS = "Canvas";

    static final String HOME = "claimgraph 索引";
    static final String TOOL_INDEX = "工具索引 Tools";

    private static final Pattern FORBIDDEN = Pattern.compile("[*\"<>:?#^\\[\\]]");
    private static final Pattern SLASHES = Pattern.compile("[/\\\\|]");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\p{Cf}&&[^\\u200d]]");
    private static final Set<String> WINDOWS_RESERVED = Set.of(
            "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9", "lpt1",
            "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");
    private static final int MAX_NAME = 60;
    private static final int CLAIM_WORDS = 36;

    private final Map<String, String> baseById; // node id → base name (no folder, no .md)
    private final Map<String, String> folderById;

    private VaultNames(Map<String, String> baseById, Map<String, String> folderById) {
        this.baseById = baseById;
        this.folderById = folderById;
    }

    /** Names for every note the vault writes for {@code g} (notes, tools, claims, status indexes). */
    static VaultNames of(PropertyGraph g) {
        Map<String, String> desired = new LinkedHashMap<>();
        Map<String, String> folder = new HashMap<>();
        Map<String, Boolean> alwaysHash = new HashMap<>();
        desired.put("index/home", HOME);
        folder.put("index/home", INDEX);
        desired.put("index/tools", TOOL_INDEX);
        folder.put("index/tools", INDEX);
        for (VerificationStatus s : VerificationStatus.byRank()) {
            desired.put(Projector.statusNodeId(s), "状态 " + s.zh());
            folder.put(Projector.statusNodeId(s), INDEX);
        }
        for (PropertyGraph.Node n : g.nodes()) {
            switch (n.type()) {
                case NOTE -> {
                    desired.put(n.id(), sanitize(n.label()));
                    folder.put(n.id(), SOURCES);
                }
                case TOOL -> {
                    desired.put(n.id(), sanitize(n.label()));
                    folder.put(n.id(), TOOLS);
                }
                case CLAIM -> {
                    desired.put(
                            n.id(), sanitize(Projector.shorten(n.string("text").orElse(n.label()), CLAIM_WORDS)));
                    folder.put(n.id(), CLAIMS);
                    alwaysHash.put(n.id(), true);
                }
                default -> {}
            }
        }
        // claims carry their hash from the start; then a name shared by two ids (case-folded)
        // gets the hash on every member that shares it
        Map<String, String> candidate = new LinkedHashMap<>();
        desired.forEach((id, name) -> candidate.put(id, alwaysHash.containsKey(id) ? name + " " + hash(id, 6) : name));
        Map<String, List<String>> byName = new TreeMap<>();
        candidate.forEach((id, name) -> byName.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                .add(id));
        Map<String, String> out = new TreeMap<>();
        candidate.forEach((id, name) -> {
            boolean clash = byName.get(name.toLowerCase(Locale.ROOT)).size() > 1;
            out.put(id, clash && !alwaysHash.containsKey(id) ? name + " " + hash(id, 6) : name);
        });
        // a hashed name could, in theory, equal another name: lengthen hashes until unique
        Map<String, String> seen = new HashMap<>();
        for (Map.Entry<String, String> e : out.entrySet()) {
            String key = e.getValue().toLowerCase(Locale.ROOT);
            String other = seen.putIfAbsent(key, e.getKey());
            if (other != null) {
                e.setValue(desired.get(e.getKey()) + " " + hash(e.getKey(), 16));
                seen.put(e.getValue().toLowerCase(Locale.ROOT), e.getKey());
            }
        }
        return new VaultNames(out, folder);
    }

    /** Base name (link target) of a node's note, or null when the vault writes no note for it. */
    String base(String id) {
        return baseById.get(id);
    }

    /** Vault-relative path, e.g. {@code Tools/Kubernetes.md}, or null. */
    String path(String id) {
        String b = baseById.get(id);
        return b == null ? null : folderById.get(id) + "/" + b + ".md";
    }

    /** A file-name-safe version of {@code s}: see the class comment. Never empty. */
    static String sanitize(String s) {
        String t = CONTROL.matcher(s).replaceAll(" ");
        t = SLASHES.matcher(t).replaceAll("-");
        t = FORBIDDEN.matcher(t).replaceAll(" ");
        t = t.replaceAll("\\s+", " ").strip();
        if (t.codePointCount(0, t.length()) > MAX_NAME) {
            t = t.substring(0, t.offsetByCodePoints(0, MAX_NAME)).strip();
        }
        t = t.replaceAll("^[.\\s-]+", "").replaceAll("[.\\s]+$", ""); // no hidden files, no "--option" names
        if (t.isEmpty()) {
            t = "untitled";
        }
        if (WINDOWS_RESERVED.contains(t.toLowerCase(Locale.ROOT))) {
            t = t + "_";
        }
        return t;
    }

    /** Heading text that Obsidian can link to with {@code [[Note#Heading]]}: no {@code # | ^ : [ ] %}. */
    static String heading(String s) {
        String t = CONTROL.matcher(s).replaceAll(" ");
        t = t.replaceAll("[#|^:\\[\\]%\\\\]", " ").replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? "untitled" : t;
    }

    /** First {@code n} hex digits of SHA-256 of {@code id}: stable across runs and machines. */
    static String hash(String id, int n) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, n);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
