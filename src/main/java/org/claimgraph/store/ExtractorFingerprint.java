package org.claimgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.claimgraph.extract.NoteExtractor;

/**
 * What makes a note's graph a function of its bytes: the code of {@code org.claimgraph.extract}
 * and {@code org.claimgraph.rdf} (every class file, by name and content) and the packaged
 * ontology ({@link Ontologies#digest()}). Recorded next to each note's content hash, so a store
 * written by an older extractor or mapper re-writes every note on the next ingest instead of
 * calling it unchanged. A version string would not do: a snapshot build keeps its version while
 * the code changes.
 */
final class ExtractorFingerprint {
    private ExtractorFingerprint() {}

    private static final String[] PACKAGES = {"org/claimgraph/extract/", "org/claimgraph/rdf/"};

    /** Hex SHA-256, computed once per process. */
    static String value() {
        return Holder.VALUE;
    }

    private static final class Holder {
        static final String VALUE = compute();
    }

    private static String compute() {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
        for (Map.Entry<String, byte[]> e : classFiles().entrySet()) {
            md.update(e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(e.getValue());
        }
        md.update(Ontologies.digest().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md.digest());
    }

    /** Class files of the two packages, by name, from the jar or the classes folder they were loaded from. */
    private static Map<String, byte[]> classFiles() {
        Map<String, byte[]> out = new TreeMap<>();
        CodeSource cs = NoteExtractor.class.getProtectionDomain().getCodeSource();
        try {
            Path where = Path.of(cs.getLocation().toURI());
            if (Files.isDirectory(where)) {
                for (String pkg : PACKAGES) {
                    Path dir = where.resolve(pkg);
                    if (!Files.isDirectory(dir)) continue;
                    try (Stream<Path> files = Files.walk(dir)) {
                        for (Path f : files.filter(Files::isRegularFile).toList())
                            out.put(where.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
                    }
                }
            } else {
                try (JarFile jar = new JarFile(where.toFile())) {
                    for (JarEntry e : java.util.Collections.list(jar.entries())) {
                        if (e.isDirectory() || !startsWithAny(e.getName())) continue;
                        try (InputStream in = jar.getInputStream(e)) {
                            out.put(e.getName(), in.readAllBytes());
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // cannot read our own code: fall back to the version, which still changes between releases
            String v = NoteExtractor.class.getPackage().getImplementationVersion();
            out.put("version", String.valueOf(v).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return out;
    }

    private static boolean startsWithAny(String name) {
        for (String p : PACKAGES) if (name.startsWith(p)) return true;
        return false;
    }
}
