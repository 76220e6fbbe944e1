package org.claimgraph.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * Mints the resource IRIs under {@value #ID}. Every IRI is a function of content (note path,
 * structural position, label), never of run order or time, so the same note always yields the
 * same IRIs.
 */
public final class Iris {
    private Iris() {}

    /** Base of all resource IRIs (prefix {@code cgid:}). */
    public static final String ID = "https://w3id.org/claimgraph/id/";
    /** Named graph holding the ontologies and SKOS schemes. */
    public static final String ONTOLOGY_GRAPH = ID + "graph/ontology";
    /** Named graph holding the audit findings (written by the audit command). */
    public static final String AUDIT_GRAPH = ID + "audit";
    /**
     * Named graph holding, per note graph, the SHA-256 of the note's bytes and the extractor
     * fingerprint it was written with ({@code cg:contentSha256}, {@code cg:extractorFingerprint}):
     * how an ingest recognises an unchanged note. Written only by {@code store}.
     */
    public static final String INGEST_GRAPH = ID + "graph/ingest";
    /** Named graph holding the matrix parameters. */
    public static final String PARAMETERS_GRAPH = ID + "graph/parameters";
    /** Prefix of the per-note named graphs. */
    public static final String NOTE_GRAPH_PREFIX = ID + "graph/";

    /** One SHA-256 digest per thread: looking the algorithm up for every IRI was a hot spot of large notes. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    });

    /**
     * Hex of the first 64 bits of SHA-256 over the parts (UTF-8) joined by U+001F. Each part is
     * encoded with {@code getBytes}: a buffer reused across parts measured no faster (the arrays
     * die young), and the JDK's encoder into a reused buffer was twice as slow.
     */
    public static String hash(String... parts) {
        MessageDigest md = SHA256.get();
        md.reset();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) md.update((byte) 0x1f);
            md.update(String.valueOf(parts[i]).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(md.digest(), 0, 8);
    }

    /** {@code cgid:note/<hash of path>}. */
    public static String noteIri(String relativePath) {
        return ID + "note/" + hash(relativePath);
    }

    /** {@code cgid:graph/<hash of path>}: the named graph of one note. */
    public static String graphIri(String relativePath) {
        return NOTE_GRAPH_PREFIX + hash(relativePath);
    }

    /** {@code cgid:tool/<slug>}: tools are shared across notes. */
    public static String toolIri(String canonicalName) {
        return ID + "tool/" + slug(canonicalName);
    }

    /** {@code cgid:version/<tool>/<version>}, with a constraint suffix when it is not "=". */
    public static String versionIri(String tool, String version, String constraint) {
        String c = constraintSlug(constraint);
        return ID + "version/" + slug(tool) + "/" + slug(version) + (c.isEmpty() ? "" : "/" + c);
    }

    /** {@code cgid:environment/<hash>}: one resource per distinct test-environment text. */
    public static String environmentIri(String text) {
        return ID + "environment/" + hash(text.strip());
    }

    /**
     * A per-note item: {@code cgid:<kind>/<hash(parts)>}, {@code parts} being the note's path, the kind, then the
     * item's key (its last part the ordinal that separates items of the same kind and key).
     */
    public static String item(String... parts) {
        return ID + parts[1] + "/" + hash(parts);
    }

    /**
     * Lower-case slug keeping letters and digits of any script (IRIs allow them) and '.';
     * everything else becomes '-'. "Kubernetes" → "kubernetes", "containerd-shim-runwasi" stays.
     */
    public static String slug(String s) {
        String lower = s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length());
        boolean dash = false;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || cp == '.' || cp == '_') {
                b.appendCodePoint(cp);
                dash = false;
            } else if (!dash && b.length() > 0) {
                b.append('-');
                dash = true;
            }
        }
        while (b.length() > 0 && b.charAt(b.length() - 1) == '-') b.setLength(b.length() - 1);
        return b.length() == 0 ? "x" + hash(String.valueOf(s)) : b.toString();
    }

    private static String constraintSlug(String c) {
        if (c == null) return "";
        return switch (c.strip()) {
            case "", "=", "==" -> "";
            case ">=", "≥" -> "ge";
            case ">" -> "gt";
            case "<=", "≤" -> "le";
            case "<" -> "lt";
            case "~", "~>", "^" -> "compatible";
            default -> "c" + hash(c);
        };
    }

    /**
     * The URL as an IRI node when it is a valid absolute IRI with a scheme, else null (the
     * caller keeps the text as a literal and flags it).
     */
    public static Node urlOrNull(String url) {
        if (url == null) return null;
        String u = url.strip();
        if (u.isEmpty()
                || u.chars()
                        .anyMatch(ch -> ch <= 0x20
                                || ch == '<'
                                || ch == '>'
                                || ch == '"'
                                || ch == '{'
                                || ch == '}'
                                || ch == '|'
                                || ch == '\\'
                                || ch == '^'
                                || ch == '`')) {
            return null;
        }
        try {
            IRIx iri = IRIx.create(u);
            if (iri.isRelative() || iri.scheme() == null || iri.hasViolations()) return null; // fragments allowed
            return NodeFactory.createURI(u);
        } catch (IRIException e) {
            return null;
        }
    }
}
