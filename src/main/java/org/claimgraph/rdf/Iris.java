package org.claimgraph.rdf;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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

    /** One {@link Hasher} per thread: looking the algorithm up for every IRI was a hot spot of large notes. */
    private static final ThreadLocal<Hasher> HASHER = ThreadLocal.withInitial(Hasher::new);

    /**
     * Hex of the first 64 bits of SHA-256 over the parts (UTF-8, as {@code getBytes} encodes them, a null part
     * as "null") joined by U+001F.
     */
    public static String hash(String... parts) {
        return HASHER.get().digest(parts, null).toString();
    }

    /**
     * A SHA-256 digest with the buffers it reuses for every IRI: the parts are encoded into a small byte buffer
     * and the hex written into a reused builder (after the IRI's prefix for {@link #item}). Encoding each part
     * with {@code getBytes}, the digest's own array, {@code HexFormat}'s strings and the concatenation were
     * ≈ 50 MB per call on a 4 MB note (≈ 7 % of what extract + map allocates; session 24).
     */
    private static final class Hasher {
        private static final char[] HEX = "0123456789abcdef".toCharArray();
        private final MessageDigest md;
        private final byte[] buf = new byte[1024];
        private final byte[] digest = new byte[32];
        private final StringBuilder out = new StringBuilder(128);
        private int n;

        Hasher() {
            try {
                md = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 missing from the JVM", e);
            }
        }

        /** The reused builder holding the hex of the parts' hash, after {@code ID + kind + "/"} unless kind is null. */
        StringBuilder digest(String[] parts, String kind) {
            md.reset();
            n = 0;
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) put(0x1f);
                encode(String.valueOf(parts[i]));
            }
            md.update(buf, 0, n);
            try {
                md.digest(digest, 0, digest.length);
            } catch (DigestException e) {
                throw new IllegalStateException(e); // 32 bytes for SHA-256: cannot happen
            }
            out.setLength(0);
            if (kind != null) out.append(ID).append(kind).append('/');
            for (int i = 0; i < 8; i++) out.append(HEX[(digest[i] >> 4) & 0xf]).append(HEX[digest[i] & 0xf]);
            return out;
        }

        /** {@code s} as UTF-8, an unpaired surrogate as '?' (what {@code String.getBytes(UTF_8)} writes). */
        private void encode(String s) {
            for (int i = 0, len = s.length(); i < len; i++) {
                char c = s.charAt(i);
                if (c < 0x80) put(c);
                else if (c < 0x800) {
                    put(0xc0 | (c >> 6));
                    put(0x80 | (c & 0x3f));
                } else if (!Character.isSurrogate(c)) {
                    put(0xe0 | (c >> 12));
                    put(0x80 | ((c >> 6) & 0x3f));
                    put(0x80 | (c & 0x3f));
                } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    put(0xf0 | (cp >> 18));
                    put(0x80 | ((cp >> 12) & 0x3f));
                    put(0x80 | ((cp >> 6) & 0x3f));
                    put(0x80 | (cp & 0x3f));
                } else put('?');
            }
        }

        private void put(int b) {
            if (n == buf.length) {
                md.update(buf, 0, n);
                n = 0;
            }
            buf[n++] = (byte) b;
        }
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
        return HASHER.get().digest(parts, String.valueOf(parts[1])).toString();
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
