package org.claimgraph.rdf;

import static org.claimgraph.rdf.Literals.str;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.extract.Model;

/**
 * For the mappers of one note: the graph they write into, the note's node, the minting of item
 * IRIs and the triples every kind of item shares (location, fields, URLs, tools, versions). Item
 * IRIs hash the note path, the item kind and its key; a per-(kind, key) ordinal separates genuine
 * duplicates, so the order of the {@code mint} calls is part of the IRIs (the mappers keep it).
 */
final class NoteGraph {
    static {
        org.apache.jena.sys.JenaSystem.init();
    } // before any vocabulary constant

    static final Node TYPE = RDF.type.asNode();
    static final Node LABEL = RDFS.label.asNode();
    private static final Node PREF_LABEL = SKOS.prefLabel.asNode();
    private static final Node ALT_LABEL = SKOS.altLabel.asNode();

    final Model.Note note;
    final Node noteNode;
    private final Graph out;
    /** Per (kind, key): how many items were minted with it (a mutable count, no boxed Integer per IRI). */
    private final Map<OrdinalKey, int[]> ordinals = new HashMap<>();
    /** Tool IRIs by canonical name; a tool's labels are written when it is first put here. */
    private final Map<String, Node> tools = new HashMap<>();
    /** Version nodes by (tool, version, constraint): the IRI and literals are the same for every mention. */
    private final Map<VersionKey, VersionNodes> versions = new HashMap<>();
    /** URL text → its IRI node, or {@link #NOT_AN_IRI}: IRIx parses each distinct URL once. */
    private final Map<String, Node> urls = new HashMap<>();
    /** xsd:integer literals of 0 … lineCount + 1 (line numbers, levels, counts), created once each. */
    private final Node[] integers;

    private static final Node NOT_AN_IRI = NodeFactory.createBlankNode("not-an-iri");

    NoteGraph(Model.Note note, Graph out) {
        this.note = note;
        this.out = out;
        this.noteNode = NodeFactory.createURI(Iris.noteIri(note.path()));
        this.integers = new Node[Math.max(0, note.lineCount()) + 2];
    }

    Graph graph() {
        return out;
    }

    // ---------------------------------------------------------------- IRIs

    /** A note-level item IRI; the ordinal separates items with the same kind and key. */
    Node mint(String kind, String... key) {
        int ord = ++ordinals.computeIfAbsent(new OrdinalKey(kind, key), k -> new int[1])[0];
        String[] parts = new String[key.length + 1];
        System.arraycopy(key, 0, parts, 0, key.length);
        parts[key.length] = Integer.toString(ord);
        return NodeFactory.createURI(Iris.item(kind, note.path(), parts));
    }

    /**
     * What the ordinals count by: the kind and the key joined with U+001E, compared as its segments
     * (equal exactly when the joined strings are equal) without building the joined string, and hashed
     * from the parts' cached string hashes. A part holding U+001E itself is split at it, and a null part read as "null", as the join did.
     */
    private static final class OrdinalKey {
        private static final char SEP = '\u001e';
        private final String[] segments;
        private final int hash;

        OrdinalKey(String kind, String[] key) {
            boolean split = kind.indexOf(SEP) >= 0;
            for (int i = 0; i < key.length && !split; i++) split = key[i] == null || key[i].indexOf(SEP) >= 0;
            if (split) {
                segments = (kind + SEP + String.join(String.valueOf(SEP), key)).split(String.valueOf(SEP), -1);
            } else {
                segments = new String[key.length + 1];
                segments[0] = kind;
                System.arraycopy(key, 0, segments, 1, key.length);
            }
            hash = java.util.Arrays.hashCode(segments);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof OrdinalKey k && k.hash == hash && java.util.Arrays.equals(k.segments, segments);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** An item IRI scoped by its owner's IRI (assessment in block, measurement in claim …). */
    Node mintUnder(String kind, Node owner, String... key) {
        String[] k = new String[key.length + 1];
        k[0] = owner == null ? "" : owner.getURI();
        System.arraycopy(key, 0, k, 1, key.length);
        return mint(kind, k);
    }

    // ---------------------------------------------------------------- triples every item shares

    /** {@code n} is a {@code type} of this note: {@code rdf:type} and {@code cg:inNote}. */
    void typedInNote(Node n, Node type) {
        add(n, TYPE, type);
        add(n, CG.inNote, noteNode);
    }

    /** {@code cg:inNote}, {@code cg:inSection} (unless null or the item itself) and the item's lines. */
    void located(Node n, int first, int last, Node section) {
        add(n, CG.inNote, noteNode);
        if (section != null && !section.equals(n)) add(n, CG.inSection, section);
        add(n, CG.firstLine, integer(first));
        add(n, CG.lastLine, integer(last));
    }

    void field(Node owner, Model.Field f) {
        Node n = mintUnder("field", owner, nz(f.key()), nz(f.value()));
        add(owner, CG.field, n);
        add(n, TYPE, CG.Field);
        addIf(n, CG.key, str(f.key()));
        addIf(n, CG.fieldValue, str(f.value())); // a key written with nothing after it ("验证性：") has no value
        if (f.line() > 0) add(n, CG.line, integer(f.line()));
    }

    /** A URL as an IRI object when valid, else kept as a {@code cg:invalidUrl} literal. */
    void url(Node subject, Node property, String url) {
        Node iri = url == null ? null : urls.get(url);
        if (iri == null) {
            iri = Iris.urlOrNull(url);
            if (url != null) urls.put(url, iri == null ? NOT_AN_IRI : iri);
        }
        if (iri != null && iri != NOT_AN_IRI) add(subject, property, iri);
        else addIf(subject, CG.invalidUrl, str(url));
    }

    /** The tool's IRI; its labels are written the first time the note names it. */
    Node tool(String canonical) {
        Node t = tools.get(canonical);
        if (t == null) {
            t = NodeFactory.createURI(Iris.toolIri(canonical));
            tools.put(canonical, t);
            add(t, TYPE, CG.Tool);
            add(t, PREF_LABEL, str(canonical));
            add(t, LABEL, str(canonical));
            for (String alias : ToolAliases.aliases(canonical)) {
                if (!alias.equalsIgnoreCase(canonical)) add(t, ALT_LABEL, str(alias));
            }
        }
        return t;
    }

    Node version(Model.VersionMention v) {
        VersionKey key = new VersionKey(v.tool(), v.version(), v.constraint());
        VersionNodes vn = versions.get(key);
        if (vn == null) {
            String c = v.constraint() == null || v.constraint().isBlank()
                    ? "="
                    : v.constraint().strip();
            vn = new VersionNodes(
                    NodeFactory.createURI(Iris.versionIri(v.tool(), v.version(), v.constraint())),
                    str(v.version()),
                    str(c),
                    str(v.tool() + " " + ("=".equals(c) ? "" : c + " ") + v.version()));
            versions.put(key, vn);
        }
        Node n = vn.iri();
        add(n, TYPE, CG.Version);
        add(n, CG.ofTool, tool(v.tool()));
        add(n, CG.versionString, vn.version());
        add(n, CG.versionConstraint, vn.constraint());
        add(n, LABEL, vn.label());
        return n;
    }

    private record VersionKey(String tool, String version, String constraint) {}

    /** What {@link #version} writes for one (tool, version, constraint). */
    private record VersionNodes(Node iri, Node version, Node constraint, Node label) {}

    /** An xsd:integer literal ({@link Literals#integer}), the same node for every use of a small value. */
    Node integer(long i) {
        if (i < 0 || i >= integers.length) return Literals.integer(i);
        Node n = integers[(int) i];
        if (n == null) integers[(int) i] = n = Literals.integer(i);
        return n;
    }

    // ---------------------------------------------------------------- triples

    void add(Node s, Node p, Node o) {
        out.add(Triple.create(s, p, o));
    }

    void addIf(Node s, Node p, Node o) {
        if (o != null) add(s, p, o);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
