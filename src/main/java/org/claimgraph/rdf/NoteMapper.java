package org.claimgraph.rdf;

import static org.claimgraph.rdf.Literals.bool;
import static org.claimgraph.rdf.Literals.date;
import static org.claimgraph.rdf.Literals.decimal;
import static org.claimgraph.rdf.Literals.integer;
import static org.claimgraph.rdf.Literals.str;
import static org.claimgraph.rdf.Literals.zh;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.extract.Model;

/**
 * Maps one extracted note ({@link Model.Note}) to the RDF graph of that note, working on
 * {@link Graph}/{@link Node} only. The graph depends on nothing but the note: same note → same
 * IRIs and the same triples; no other note's graph is involved.
 *
 * <p>IRIs of items inside the note hash the note path, the item kind, its structural context
 * (section heading path, owning block …) and its label; a per-key ordinal separates genuine
 * duplicates. Inserting a line above an item therefore does not change its IRI.
 */
public final class NoteMapper {
    static {
        org.apache.jena.sys.JenaSystem.init();
    } // before any vocabulary constant

    private static final Node TYPE = RDF.type.asNode();
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node TITLE = DCTerms.title.asNode();
    private static final Node MODIFIED = DCTerms.modified.asNode();
    private static final Node PREF_LABEL = SKOS.prefLabel.asNode();

    final Model.Note note;
    private final Graph out;
    final Node noteNode;
    private final Map<String, Integer> ordinals = new HashMap<>();
    private final Map<Integer, Node> sectionNodes = new HashMap<>();
    final Map<Integer, Node> tableNodes = new HashMap<>();
    final Map<Integer, Node> codeNodes = new HashMap<>();
    private final Map<Integer, Node> blockNodes = new HashMap<>();
    private final Map<Long, Node> assessmentNodes = new HashMap<>();
    final Map<Integer, Node> claimNodes = new HashMap<>();
    private final Set<String> toolsDone = new LinkedHashSet<>();

    private NoteMapper(Model.Note note, Graph out) {
        this.note = note;
        this.out = out;
        this.noteNode = NodeFactory.createURI(Iris.noteIri(note.path()));
    }

    /** The graph of one note: a fresh in-memory graph holding only that note's triples. */
    public static Graph map(Model.Note note) {
        Graph g = GraphFactory.createDefaultGraph();
        map(note, g);
        return g;
    }

    /** Adds the triples of one note to {@code out}. */
    public static void map(Model.Note note, Graph out) {
        new NoteMapper(note, out).run();
    }

    private void run() {
        mapNote();
        note.sections().forEach(this::mapSection);
        note.tables().forEach(this::mapTable);
        note.codeBlocks().forEach(this::mapCodeBlock);
        // Blocks and assessments first so claims can point at their assessments.
        note.blocks().forEach(this::mapBlock);
        note.claims().forEach(this::mapClaim);
        linkBlocksToClaims();
        StructureMapper structures = new StructureMapper(this);
        structures.mapCoverage();
        note.graphEdges().forEach(structures::mapEdge);
        structures.mapMindmap();
        note.tuples().forEach(structures::mapTuple);
        note.timeline().forEach(structures::mapTimeline);
        note.scenarioMatrix().forEach(structures::mapMatrixCell);
        note.urls().forEach(u -> url(noteNode, CG.mentionsUrl, u.url()));
        note.lineReferences().forEach(structures::mapLineReference);
        note.wikilinks().forEach(w -> add(noteNode, CG.linksTo, str(w.target())));
        note.unparsed().forEach(structures::mapUnparsed);
        MaturityMapper.map(note, noteNode.getURI(), out);
    }

    // ---------------------------------------------------------------- note and structure

    private void mapNote() {
        add(noteNode, TYPE, CG.Note);
        add(noteNode, CG.sourcePath, str(note.path()));
        addIf(noteNode, TITLE, str(note.title()));
        addIf(noteNode, CG.documentDate, date(note.documentDate()));
        add(noteNode, CG.lineCount, integer(note.lineCount()));
        for (Model.Field f : note.frontmatter()) field(noteNode, f);
    }

    private void mapSection(Model.Section s) {
        String headingPath = String.join(" > ", s.path());
        Node n = mint("section", headingPath);
        sectionNodes.put(s.index(), n);
        add(n, TYPE, CG.Section);
        located(n, s.firstLine(), s.lastLine());
        addIf(n, CG.heading, zh(s.heading()));
        addIf(n, CG.headingPath, str(headingPath)); // an empty heading ("#") has no path text
        add(n, CG.level, integer(s.level()));
        Model.Section parent = parentOf(s);
        if (parent != null) add(n, CG.parentSection, sectionNodes.get(parent.index()));
    }

    /** Sections still open at the section being mapped (sections come in line order): the candidates for its parent. */
    private final java.util.ArrayDeque<Model.Section> openSections = new java.util.ArrayDeque<>();

    /**
     * The nearest earlier section of a lower level that contains {@code s}. Called for the sections in
     * order; keeps the chain of sections that contain the current one, so each call is O(depth), not O(sections).
     */
    private Model.Section parentOf(Model.Section s) {
        while (!openSections.isEmpty() && openSections.peekLast().lastLine() < s.lastLine()) openSections.pollLast();
        Model.Section best = null;
        for (java.util.Iterator<Model.Section> it = openSections.descendingIterator(); it.hasNext() && best == null; ) {
            Model.Section c = it.next();
            if (c.level() < s.level() && c.firstLine() <= s.firstLine() && c.lastLine() >= s.lastLine()) best = c;
        }
        openSections.addLast(s);
        return best;
    }

    /** The innermost section containing {@code line}, or null before the first heading. */
    private Node sectionAt(int line) {
        Model.Section s = innermostAt(line);
        return s == null ? null : sectionNodes.get(s.index());
    }

    private String sectionPathAt(int line) {
        Model.Section s = innermostAt(line);
        return s == null ? "" : String.join(" > ", s.path());
    }

    private Model.Section[] innermost;

    /** Innermost section per line, computed once per note (sections nest, so the latest start wins). */
    private Model.Section innermostAt(int line) {
        if (innermost == null) {
            int max = note.lineCount();
            for (Model.Section s : note.sections()) max = Math.max(max, s.lastLine());
            innermost = new Model.Section[max + 2];
            for (Model.Section s : note.sections()) {
                for (int l = Math.max(0, s.firstLine()); l <= s.lastLine() && l < innermost.length; l++) {
                    if (innermost[l] == null || s.firstLine() >= innermost[l].firstLine()) innermost[l] = s;
                }
            }
        }
        return line >= 0 && line < innermost.length ? innermost[line] : null;
    }

    private void mapTable(Model.Table t) {
        Node n = mint("table", sectionPathAt(t.firstLine()), String.join("|", t.header()));
        tableNodes.put(t.index(), n);
        add(n, TYPE, CG.Table);
        located(n, t.firstLine(), t.lastLine());
        add(n, CG.tableKind, str(t.kind().name().toLowerCase().replace('_', '-')));
        addIf(n, CG.header, str(String.join(" | ", t.header()))); // a header of empty cells has no text
    }

    private java.util.TreeMap<Integer, Model.Table> tablesByFirstLine;

    /** The table holding {@code line}, or null (tables do not overlap: the last one starting on or before it). */
    private Node tableAt(int line) {
        if (tablesByFirstLine == null) {
            tablesByFirstLine = new java.util.TreeMap<>();
            for (Model.Table t : note.tables()) tablesByFirstLine.putIfAbsent(t.firstLine(), t);
        }
        var e = tablesByFirstLine.floorEntry(line);
        return e != null && line <= e.getValue().lastLine()
                ? tableNodes.get(e.getValue().index())
                : null;
    }

    private void mapCodeBlock(Model.CodeBlock c) {
        Node n = mint("code", sectionPathAt(c.firstLine()), c.language());
        codeNodes.put(c.index(), n);
        add(n, TYPE, CG.CodeBlock);
        located(n, c.firstLine(), c.lastLine());
        addIf(n, CG.language, str(c.language())); // no info string: no cg:language
    }

    // ---------------------------------------------------------------- provenance

    private void mapBlock(Model.ProvenanceBlock b) {
        StringBuilder subjects = new StringBuilder();
        for (Model.Assessment a : b.assessments()) subjects.append(a.subject()).append('\u001f');
        Node n = mint("block", sectionPathAt(b.firstLine()), nz(b.title()), subjects.toString());
        blockNodes.put(b.index(), n);
        add(n, TYPE, CG.ProvenanceBlock);
        located(n, b.firstLine(), b.lastLine());
        add(n, CG.blockForm, str(b.form().name().toLowerCase().replace('_', '-')));
        addIf(n, CG.title, str(b.title()));
        boolean attached = b.annotatesFirstLine() > 0;
        add(n, CG.attached, bool(attached));
        if (attached) {
            add(n, CG.annotatesFirstLine, integer(b.annotatesFirstLine()));
            add(n, CG.annotatesLastLine, integer(b.annotatesLastLine()));
        }
        addIf(n, MODIFIED, date(b.updated()));
        for (String p : b.problems()) add(n, CG.problem, str(p));
        for (Model.Field f : b.fields()) field(n, f);
        for (Model.Assessment a : b.assessments()) mapAssessment(b, n, a);
    }

    private void mapAssessment(Model.ProvenanceBlock b, Node blockNode, Model.Assessment a) {
        Node n = mintUnder("assessment", blockNode, nz(a.subject()));
        assessmentNodes.put(key(b.index(), a.index()), n);
        add(blockNode, CG.hasAssessment, n);
        add(n, TYPE, CG.Assessment);
        add(n, CG.inNote, noteNode);
        add(n, CG.firstLine, integer(a.firstLine()));
        add(n, CG.lastLine, integer(a.lastLine()));
        addIf(n, CG.subject, zh(a.subject()));
        for (Model.StatusAssertion s : a.statuses()) {
            Node sn = mintUnder("status", n, s.status().notation(), nz(s.phrase()));
            add(n, CG.hasStatusAssertion, sn);
            add(sn, TYPE, CG.StatusAssertion);
            add(sn, CG.inNote, noteNode);
            add(sn, CG.status, Concepts.status(s.status()));
            addIf(sn, CG.statusPhrase, str(s.phrase()));
            addIf(sn, CG.qualifier, str(s.qualifier()));
            if (s.inProse()) add(sn, CG.statusInProse, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
            add(sn, CG.line, integer(s.line()));
        }
        for (String phrase : a.sourceTypes()) {
            if (phrase == null || phrase.isBlank()) continue;
            add(n, CG.sourceTypePhrase, str(phrase.strip()));
            add(n, CG.sourceType, Concepts.sourceType(phrase));
        }
        for (String m : a.methods()) addIf(n, CG.verificationMethodText, str(m));
        for (Model.UrlMention u : a.methodUrls()) url(n, CG.verificationMethod, u.url());
        if (a.testEnvironment() != null && !a.testEnvironment().isBlank()) {
            Node env = NodeFactory.createURI(Iris.environmentIri(a.testEnvironment()));
            add(n, CG.testEnvironment, env);
            add(env, TYPE, CG.TestEnvironment);
            add(env, LABEL, str(a.testEnvironment().strip()));
        }
        addIf(n, CG.remark, str(a.remark()));
        addIf(n, CG.basis, str(a.basis()));
        addIf(n, MODIFIED, date(a.updated()));
        for (Model.VersionMention v : a.versions()) add(n, CG.aboutVersion, version(v));
        for (Model.Field f : a.otherFields()) field(n, f);
    }

    private static long key(int block, int assessment) {
        return ((long) block << 32) | (assessment & 0xffffffffL);
    }

    // ---------------------------------------------------------------- claims

    private void mapClaim(Model.Claim c) {
        Node n = mint("claim", sectionPathAt(c.firstLine()), nz(c.text()));
        claimNodes.put(c.index(), n);
        add(n, TYPE, CG.Claim);
        add(n, TYPE, NodeFactory.createURI(CG.NS + c.kind().localName()));
        Node section = c.sectionIndex() >= 0 ? sectionNodes.get(c.sectionIndex()) : null;
        located(n, c.firstLine(), c.lastLine(), section != null ? section : sectionAt(c.firstLine()));
        Node table = tableAt(c.firstLine());
        if (table != null) add(n, CG.inTable, table);
        addIf(n, CG.text, zh(c.text()));
        for (String t : c.tools()) add(n, CG.aboutTool, tool(t));
        for (Model.VersionMention v : c.versions()) add(n, CG.aboutVersion, version(v));
        for (Model.Measurement m : c.measurements()) mapMeasurement(n, m);
        for (Model.AssessmentRef r : c.assessments()) {
            Node a = assessmentNodes.get(key(r.blockIndex(), r.assessmentIndex()));
            if (a != null) add(n, CG.hasProvenance, a);
        }
    }

    private void mapMeasurement(Node claim, Model.Measurement m) {
        Node n = mintUnder("measurement", claim, nz(m.metric()), nz(m.raw()), nz(m.unit()));
        add(claim, CG.hasMeasurement, n);
        add(n, TYPE, CG.Measurement);
        add(n, CG.inNote, noteNode);
        addIf(n, CG.metric, str(m.metric()));
        if (Double.isFinite(m.value())) add(n, CG.value, decimal(m.value()));
        addIf(n, CG.unit, str(m.unit()));
        addIf(n, CG.rawValue, str(m.raw()));
        addIf(n, CG.comparedWith, str(m.comparedWith()));
        addIf(n, CG.environment, str(m.environment()));
        add(n, CG.line, integer(m.line()));
    }

    /** {@code cg:annotates} from each block to the claims that cite one of its assessments. */
    private void linkBlocksToClaims() {
        for (Model.Claim c : note.claims()) {
            for (Model.AssessmentRef r : c.assessments()) {
                Node b = blockNodes.get(r.blockIndex());
                if (b != null) add(b, CG.annotates, claimNodes.get(c.index()));
            }
        }
    }

    /**
     * The note's coverage statement as a {@code cg:CoverageClaim}, with the number of provenance
     * blocks actually found beside it ({@code cg:actualCount}). When the extractor also listed it
     * as a claim on the same line, that claim resource carries the coverage properties.
     */
    // ---------------------------------------------------------------- tools and versions

    Node tool(String canonical) {
        Node t = NodeFactory.createURI(Iris.toolIri(canonical));
        if (toolsDone.add(canonical)) {
            add(t, TYPE, CG.Tool);
            add(t, PREF_LABEL, str(canonical));
            add(t, LABEL, str(canonical));
            for (String alias : ToolAliases.aliases(canonical)) {
                if (!alias.equalsIgnoreCase(canonical)) add(t, SKOS.altLabel.asNode(), str(alias));
            }
        }
        return t;
    }

    private Node version(Model.VersionMention v) {
        Node n = NodeFactory.createURI(Iris.versionIri(v.tool(), v.version(), v.constraint()));
        add(n, TYPE, CG.Version);
        add(n, CG.ofTool, tool(v.tool()));
        add(n, CG.versionString, str(v.version()));
        String c = v.constraint() == null || v.constraint().isBlank()
                ? "="
                : v.constraint().strip();
        add(n, CG.versionConstraint, str(c));
        add(n, LABEL, str(v.tool() + " " + ("=".equals(c) ? "" : c + " ") + v.version()));
        return n;
    }

    // ---------------------------------------------------------------- structured content

    private void field(Node owner, Model.Field f) {
        Node n = mintUnder("field", owner, nz(f.key()), nz(f.value()));
        add(owner, CG.field, n);
        add(n, TYPE, CG.Field);
        addIf(n, CG.key, str(f.key()));
        addIf(n, CG.fieldValue, str(f.value())); // a key written with nothing after it ("验证性：") has no value
        if (f.line() > 0) add(n, CG.line, integer(f.line()));
    }

    /** A URL as an IRI object when valid, else kept as a {@code cg:invalidUrl} literal. */
    private void url(Node subject, Node property, String url) {
        Node iri = Iris.urlOrNull(url);
        if (iri != null) add(subject, property, iri);
        else addIf(subject, CG.invalidUrl, str(url));
    }

    // ---------------------------------------------------------------- IRIs

    /** A note-level item IRI; the ordinal separates items with the same kind and key. */
    Node mint(String kind, String... key) {
        String joined = kind + '\u001e' + String.join("\u001e", key);
        int ord = ordinals.merge(joined, 1, Integer::sum);
        String[] parts = new String[key.length + 1];
        System.arraycopy(key, 0, parts, 0, key.length);
        parts[key.length] = Integer.toString(ord);
        return NodeFactory.createURI(Iris.item(kind, note.path(), parts));
    }

    /** An item IRI scoped by its owner's IRI (assessment in block, measurement in claim …). */
    Node mintUnder(String kind, Node owner, String... key) {
        String[] k = new String[key.length + 1];
        k[0] = owner == null ? "" : owner.getURI();
        System.arraycopy(key, 0, k, 1, key.length);
        return mint(kind, k);
    }

    void located(Node n, int first, int last) {
        located(n, first, last, sectionAt(first));
    }

    private void located(Node n, int first, int last, Node section) {
        add(n, CG.inNote, noteNode);
        if (section != null && !section.equals(n)) add(n, CG.inSection, section);
        add(n, CG.firstLine, integer(first));
        add(n, CG.lastLine, integer(last));
    }

    // ---------------------------------------------------------------- literals

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
