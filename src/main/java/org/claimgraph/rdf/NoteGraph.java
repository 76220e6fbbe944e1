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
    /**
     * Per (kind, key): how many items were minted with it. The key is its own count (no boxed Integer or
     * count array per IRI). Sized by the note's lines: notes have 0.6–0.8 items per line (examples, seed and
     * test notes), of which ≈ 0.1 per line (generated notes) are counted here, the rest in {@link #scopeOrdinals};
     * a quarter of the line count holds them without growing (growing from 16 re-hashed every key about once more:
     * 5 % of the map step at 1 MB), and a table per line (4 MB at 16 MB) is not kept alive.
     */
    private final Map<OrdinalKey, OrdinalKey> ordinals;
    /**
     * Between {@link #openScope} and {@link #closeScope}: the keys of items minted under an owner (a block's
     * assessments, an assessment's statuses, a claim's measurements, their fields), dropped at {@code closeScope}
     * so that they die young instead of living to the end of the note (three quarters of the keys).
     */
    private final Map<OrdinalKey, OrdinalKey> scopeOrdinals = new HashMap<>();

    private boolean inScope;
    /** False only for the test that maps with every key kept to the end, as before scopes. */
    private final boolean scopes;
    /** Tool IRIs by canonical name; a tool's labels are written when it is first put here. */
    private final Map<String, Node> tools = new HashMap<>();
    /** Version nodes by (tool, version, constraint): the IRI and literals are the same for every mention. */
    private final Map<VersionKey, VersionNodes> versions = new HashMap<>();
    /** URL text → its IRI node, or {@link #NOT_AN_IRI}: IRIx parses each distinct URL once. */
    private final Map<String, Node> urls = new HashMap<>();
    /** xsd:date literals by date: a note's blocks repeat a few dates. */
    private final Map<java.time.LocalDate, Node> dates = new HashMap<>();
    /**
     * Recent xsd:integer literals (line numbers, levels, counts), direct-mapped by value: an item's lines and its
     * parts' lines share a node. Bounded, so a large note's line numbers do not all stay alive to its end (a cache
     * of every line held ≈ 130 bytes per line); at 4 MB the note's 183 k integer objects make 116 k nodes with
     * 256 to 4 096 slots, against 87 k with one slot per line.
     */
    private final Node[] integers = new Node[INTEGER_SLOTS];

    private final long[] integerValues = new long[INTEGER_SLOTS];
    private static final int INTEGER_SLOTS = 1024;

    private static final Node NOT_AN_IRI = NodeFactory.createBlankNode("not-an-iri");

    NoteGraph(Model.Note note, Graph out) {
        this(note, out, true);
    }

    /** With {@code scopes} false, {@link #openScope} does nothing (every key kept to the end of the note). */
    NoteGraph(Model.Note note, Graph out, boolean scopes) {
        this.scopes = scopes;
        this.note = note;
        this.out = out;
        this.noteNode = NodeFactory.createURI(Iris.noteIri(note.path()));
        this.ordinals = new HashMap<>(Math.max(16, note.lineCount() / 4));
    }

    Graph graph() {
        return out;
    }

    // ---------------------------------------------------------------- IRIs

    /** A note-level item IRI; the ordinal separates items with the same kind and key. */
    Node mint(String kind, String... key) {
        return mint(kind, null, key);
    }

    /** An item IRI scoped by its owner's IRI (assessment in block, measurement in claim …). */
    Node mintUnder(String kind, Node owner, String... key) {
        return mint(kind, owner == null ? "" : owner.getURI(), key);
    }

    /**
     * {@code cgid:<kind>/<hash(note path, kind, [owner,] key…, ordinal)>} ({@link Iris#item}): the parts are
     * put in one array, which the ordinal key reads too (from the kind to the last key part).
     */
    private Node mint(String kind, String owner, String[] key) {
        int o = owner == null ? 0 : 1;
        String[] parts = new String[key.length + o + 3];
        parts[0] = note.path();
        parts[1] = kind;
        if (owner != null) parts[2] = owner;
        System.arraycopy(key, 0, parts, 2 + o, key.length);
        OrdinalKey k = new OrdinalKey(parts, 1, parts.length - 1);
        boolean scoped = inScope && owner != null && !owner.isEmpty(); // "": no owner node, shared by every scope
        OrdinalKey had = (scoped ? scopeOrdinals : ordinals).putIfAbsent(k, k);
        int ord = ++(had == null ? k : had).count;
        parts[parts.length - 1] = ord < ORDINALS.length ? ORDINALS[ord] : Integer.toString(ord);
        return NodeFactory.createURI(Iris.item(parts));
    }

    /**
     * From here to {@link #closeScope}, items minted under an owner count their ordinals apart. The caller
     * promises that every owner it mints under in the scope is minted in the scope and gets no child after it
     * (a provenance block with its assessments, a claim with its measurements). That keeps the IRIs: an owner's
     * IRI holds no U+001E, so a key is equal only to keys under the same owner, which all fall in one scope.
     */
    void openScope() {
        inScope = scopes;
    }

    /** Ends the scope opened by {@link #openScope}: its owners' keys are let go. */
    void closeScope() {
        inScope = false;
        scopeOrdinals.clear();
    }

    /** "0" … "15": most ordinals are 1. */
    private static final String[] ORDINALS = new String[16];

    static {
        for (int i = 0; i < ORDINALS.length; i++) ORDINALS[i] = Integer.toString(i);
    }

    /**
     * What the ordinals count by: the kind and the key, equal exactly when the parts joined with U+001E are
     * equal strings (a null part read as "null"), as when the key was that joined string. The joined string
     * is not built: its {@link String#hashCode} and length come from the parts' own (cached) hashes and
     * lengths, and parts are compared one by one, joining only when they differ but hash and length agree
     * (a part holding U+001E itself, or a hash collision). Holds the number of items minted with it.
     */
    static final class OrdinalKey {
        private static final char SEP = '\u001e';
        private final String[] parts;
        private final int from, to;
        private final int hash, length;
        int count;

        /** The key of {@code parts[from … to)}. */
        OrdinalKey(String[] parts, int from, int to) {
            this.parts = parts;
            this.from = from;
            this.to = to;
            int h = 0, len = 0;
            for (int i = from; i < to; i++) {
                String p = part(i);
                if (i > from) {
                    h = 31 * h + SEP;
                    len++;
                }
                h = h * pow31(p.length()) + p.hashCode();
                len += p.length();
            }
            hash = h;
            length = len;
        }

        private String part(int i) {
            return String.valueOf(parts[i]);
        }

        /** 31^n in int arithmetic (as {@link String#hashCode} multiplies). */
        static int pow31(int n) {
            int r = 1, b = 31;
            for (; n > 0; n >>= 1, b *= b) if ((n & 1) != 0) r *= b;
            return r;
        }

        String joined() {
            StringBuilder b = new StringBuilder(length);
            for (int i = from; i < to; i++) {
                if (i > from) b.append(SEP);
                b.append(part(i));
            }
            return b.toString();
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof OrdinalKey k) || k.hash != hash || k.length != length) return false;
            if (k.to - k.from == to - from) {
                boolean same = true;
                for (int i = from, j = k.from; i < to && same; i++, j++) same = part(i).equals(k.part(j));
                if (same) return true;
            }
            return joined().equals(k.joined());
        }

        @Override
        public int hashCode() {
            return hash;
        }
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

    /** An xsd:integer literal ({@link Literals#integer}), the same node as the last use of the value when still cached. */
    Node integer(long i) {
        if (i < 0) return Literals.integer(i);
        int slot = (int) (i & (INTEGER_SLOTS - 1));
        Node n = integers[slot];
        if (n == null || integerValues[slot] != i) {
            integers[slot] = n = Literals.integer(i);
            integerValues[slot] = i;
        }
        return n;
    }

    /** {@link Literals#date}, the same node for every use of a date in the note; null for null. */
    Node date(java.time.LocalDate d) {
        return d == null ? null : dates.computeIfAbsent(d, Literals::date);
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
