package org.claimgraph.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.rdf.Iris;

/**
 * The layout of the audit graph {@value CGA#AUDIT_GRAPH}, written the same way by a full audit
 * ({@link Audit#toGraph}) and by the live audit ({@link LiveAudit}), so the two can be compared
 * triple for triple (up to blank nodes):
 * <pre>
 * &lt;audit/run&gt;    a cga:AuditRun ; cga:asOf DATE ; dcterms:language "en" ; cga:validationReport &lt;audit/report&gt; ;
 *                 dcterms:conformsTo &lt;audit/layout/3&gt; .
 * &lt;audit/report&gt; a sh:ValidationReport ; sh:conforms BOOL ; sh:result _:r … .
 * &lt;audit/finding/HASH&gt; a cga:Finding ; cga:rule … ; cga:note … ; cga:focusNode … ; cga:validationResult _:r .
 * _:r a sh:ValidationResult ; sh:resultPath &lt;audit/path/HASH&gt; ; … .
 * &lt;audit/path/HASH&gt; rdf:first … ; rdf:rest &lt;audit/path/HASH/1&gt; .     (once per distinct path)
 * </pre>
 * Layout 3 (this one) differs from layout 2 in two things, both to write fewer quads per finding:
 * a result's {@code sh:resultPath} that is not a single property (a sequence path, an RDF list)
 * is one list per distinct path, its cells named {@code <audit/path/HASH>} and
 * {@code <audit/path/HASH/K>} (HASH of the path's structure, K the cell's rank), shared by every
 * result with that path and removed with the last of them ({@link #dropUnusedPaths}), instead of a
 * blank-node list per result (4–6 triples each); and a finding no longer says {@code cga:inRun}
 * (every finding of the graph is of its one run).
 * A finding's IRI is a hash of what identifies it ({@link #findingIri}), never of its rank in a run; each SHACL finding
 * links the {@code sh:ValidationResult}s it was made from, each with its own blank nodes (the named path lists aside), so a
 * finding can be removed with its results. {@code sh:conforms} is true exactly when the report has
 * no {@code sh:result}. A blank node a result points to but does not describe (the
 * {@code sh:sourceShape} of a property shape written as a blank node in the shapes) becomes a new
 * blank node per result: its label belongs to one parse of the shapes, so sharing it would make
 * findings written by different processes (a full audit, then an ingest's live audit) differ in
 * structure from one full audit.
 */
public final class AuditGraph {
    private AuditGraph() {}

    public static final Node NAME = NodeFactory.createURI(CGA.AUDIT_GRAPH);
    public static final Node RUN = NodeFactory.createURI(CGA.AUDIT_GRAPH + "/run");
    public static final Node REPORT = NodeFactory.createURI(CGA.AUDIT_GRAPH + "/report");

    /**
     * The layout of this class's graphs ({@code <audit/run> dcterms:conformsTo LAYOUT}): a stored
     * audit graph without it was written with other finding IRIs, and the live audit redoes it in
     * full rather than mix two kinds of IRI in one graph.
     */
    public static final Node LAYOUT = NodeFactory.createURI(CGA.AUDIT_GRAPH + "/layout/3");

    private static final Node TYPE = RDF.type.asNode();

    /** A new audit graph: header, then every finding of {@code r} with its results. */
    public static Graph of(Audit.Result r) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(RUN, TYPE, CGA.AuditRun);
        g.add(RUN, CGA.asOf, NodeFactory.createLiteralDT(r.asOf().toString(), XSDDatatype.XSDdate));
        g.add(RUN, DCTerms.language.asNode(), NodeFactory.createLiteralString(r.lang()));
        g.add(RUN, CGA.validationReport, REPORT);
        g.add(RUN, DCTerms.conformsTo.asNode(), LAYOUT);
        g.add(REPORT, TYPE, SHACL.ValidationReport);
        for (Finding f : new java.util.LinkedHashSet<>(r.findings()))
            add(g, f, r.sources().getOrDefault(f, List.of()));
        updateConforms(g);
        return g;
    }

    /** True when {@code g} holds an audit run (the store keeps a live audit). */
    public static boolean present(Graph g) {
        return g.contains(RUN, TYPE, CGA.AuditRun);
    }

    /** True when {@code g} was written in this class's layout ({@link #LAYOUT}). */
    public static boolean current(Graph g) {
        return g.contains(RUN, DCTerms.conformsTo.asNode(), LAYOUT);
    }

    /** The run's audit date, or null. */
    public static LocalDate asOf(Graph g) {
        Node n = Context.obj(g, RUN, CGA.asOf);
        return n == null ? null : LocalDate.parse(n.getLiteralLexicalForm());
    }

    /** The language of the run's messages ("en" when not recorded). */
    public static String lang(Graph g) {
        Node n = Context.obj(g, RUN, DCTerms.language.asNode());
        return n == null ? "en" : n.getLiteralLexicalForm();
    }

    /**
     * {@code cgid:audit/finding/<hash>}: for a finding about an IRI focus node, a hash of its
     * severity, rule, focus node, message and action; the rest of what it says (note, file, line,
     * section, claim and its text) is a function of the focus node in the data, so it identifies
     * nothing more, and leaving it out keeps the IRI of a finding whose claim merely moved (the
     * live audit then rewrites its line, not the finding). Any other finding: a hash of every field.
     */
    public static Node findingIri(Finding f) {
        String hash = iriFocus(f)
                ? Iris.hash(f.severity().label(), f.rule(), f.focus(), f.message(), f.action())
                : Iris.hash(
                        f.severity().label(),
                        f.rule(),
                        f.note(),
                        f.file(),
                        String.valueOf(f.line()),
                        f.section(),
                        f.claim(),
                        f.claimText(),
                        f.message(),
                        f.action(),
                        f.focus());
        return NodeFactory.createURI(CGA.AUDIT_GRAPH + "/finding/" + hash);
    }

    private static boolean iriFocus(Finding f) {
        return f.focus() != null && f.focus().startsWith("http");
    }

    /**
     * One SHACL result as the audit graph holds it: {@code root} (a blank node) and the triples of
     * its tree, the {@code <audit/report> sh:result root} link included; {@code paths}: the triples
     * of the named path lists it points to (shared with other results: added when absent).
     */
    record ResultTree(Node root, List<Triple> triples, List<Triple> paths) {
        ResultTree(Node root, List<Triple> triples) {
            this(root, triples, List.of());
        }
    }

    /** The prefix of the named path lists' IRIs. */
    static final String PATH_PREFIX = CGA.AUDIT_GRAPH + "/path/";

    /** True when {@code n} is a cell of a named path list. */
    static boolean isPath(Node n) {
        return n.isURI() && n.getURI().startsWith(PATH_PREFIX);
    }

    /**
     * The result trees of {@code sources}; identical results (a SPARQL constraint reaching the same
     * row by two paths) count once. A blank node a result points to but does not describe gets a
     * blank node of its own (see the class comment).
     */
    static List<ResultTree> trees(List<ReportEntry> sources) {
        List<ResultTree> out = new ArrayList<>();
        for (ReportEntry e : new java.util.LinkedHashSet<>(sources)) {
            Model m = ModelFactory.createDefaultModel();
            e.generate(m, m.createResource(REPORT.getURI()));
            Graph rg = m.getGraph();
            Node result = Context.obj(rg, REPORT, SHACL.result);
            java.util.Map<Node, Node> named = new java.util.HashMap<>();
            List<Triple> paths = new ArrayList<>();
            Node path = Context.obj(rg, result, SHACL.resultPath);
            if (path != null && path.isBlank()) {
                String head = PATH_PREFIX + Iris.hash(canonical(rg, path, 0));
                named.put(path, NodeFactory.createURI(head));
                nameCells(rg, path, head, named, new int[] {0});
            }
            java.util.Map<Node, Node> dangling = new java.util.HashMap<>();
            List<Triple> triples = new ArrayList<>();
            rg.find().forEachRemaining(t -> {
                Node s = named.getOrDefault(t.getSubject(), t.getSubject());
                Node o = named.getOrDefault(t.getObject(), t.getObject());
                if (o.isBlank() && !rg.contains(o, Node.ANY, Node.ANY))
                    o = dangling.computeIfAbsent(o, x -> NodeFactory.createBlankNode());
                (isPath(s) ? paths : triples).add(Triple.create(s, t.getPredicate(), o));
            });
            out.add(new ResultTree(result, triples, paths));
        }
        return out;
    }

    /**
     * Names the blank nodes under the path {@code n} (whose name is {@code head}): {@code head/K},
     * K counted in an order that depends only on the structure (triples sorted by predicate and the
     * canonical text of their object), so equal paths get equal names.
     */
    private static void nameCells(Graph g, Node n, String head, java.util.Map<Node, Node> named, int[] k) {
        List<Triple> ts = new ArrayList<>(g.find(n, Node.ANY, Node.ANY).toList());
        ts.sort(java.util.Comparator.comparing((Triple t) -> t.getPredicate().getURI())
                .thenComparing(t -> canonical(g, t.getObject(), 0)));
        for (Triple t : ts) {
            Node o = t.getObject();
            if (!o.isBlank() || named.containsKey(o) || !g.contains(o, Node.ANY, Node.ANY)) continue;
            named.put(o, NodeFactory.createURI(head + "/" + (++k[0])));
            nameCells(g, o, head, named, k);
        }
    }

    /** A text for the tree under {@code n} in {@code g} that ignores blank node labels. */
    static String canonical(Graph g, Node n, int depth) {
        if (!n.isBlank()) return n.toString();
        if (depth > 64) return "[…]";
        List<String> parts = new ArrayList<>();
        g.find(n, Node.ANY, Node.ANY)
                .forEachRemaining(t -> parts.add(t.getPredicate() + " " + canonical(g, t.getObject(), depth + 1)));
        java.util.Collections.sort(parts);
        return "[" + String.join(" ; ", parts) + "]";
    }

    /** Adds the named path lists {@code tree} points to, where absent (shared by results with the same path). */
    static void addPaths(Graph g, ResultTree tree) {
        if (tree.paths().isEmpty() || g.contains(tree.paths().get(0))) return;
        tree.paths().forEach(g::add);
    }

    /**
     * Removes the named path lists no {@code sh:resultPath} points to any more (a path's last
     * result is gone); the audit graph holds one list per distinct path, a few dozen at most.
     */
    static void dropUnusedPaths(Graph g) {
        List<Node> heads = new ArrayList<>();
        g.find(Node.ANY, RDF.first.asNode(), Node.ANY).forEachRemaining(t -> {
            Node s = t.getSubject();
            if (isPath(s) && s.getURI().indexOf('/', PATH_PREFIX.length()) < 0) heads.add(s);
        });
        for (Node h : heads)
            if (!g.contains(Node.ANY, SHACL.resultPath, h)) {
                String cells = h.getURI() + "/";
                List<Triple> ts = new ArrayList<>();
                g.find(h, Node.ANY, Node.ANY).forEachRemaining(ts::add);
                for (int i = 0; i < ts.size(); i++) {
                    Node o = ts.get(i).getObject();
                    if (o.isURI() && o.getURI().startsWith(cells))
                        g.find(o, Node.ANY, Node.ANY).forEachRemaining(ts::add);
                }
                ts.forEach(g::delete);
            }
    }

    /** Adds one finding and the validation results it was made from. */
    public static void add(Graph g, Finding f, List<ReportEntry> sources) {
        add(g, f, trees(sources));
    }

    /** Adds one finding and its result trees. */
    static void add(Graph g, Finding f, Collection<ResultTree> trees) {
        Node n = findingIri(f);
        own(n, f).forEach(g::add);
        for (ResultTree t : trees) {
            t.triples().forEach(g::add);
            addPaths(g, t);
            g.add(n, CGA.validationResult, t.root());
        }
    }

    /** The triples of finding {@code f} named {@code n}, without its {@code cga:validationResult} links. */
    static List<Triple> own(Node n, Finding f) {
        List<Triple> out = new ArrayList<>(16);
        out.add(Triple.create(n, TYPE, CGA.Finding));
        if (f.rule().equals("coverage-claim-contradicted")) out.add(Triple.create(n, TYPE, CGA.CoverageFinding));
        if (f.rule().startsWith("multiplier-")) out.add(Triple.create(n, TYPE, CGA.MultiplierFinding));
        out.add(Triple.create(n, CGA.severity, f.severity().node()));
        out.add(Triple.create(n, CGA.rule, NodeFactory.createLiteralString(f.rule())));
        out.add(Triple.create(n, CGA.message, NodeFactory.createLiteralString(f.message())));
        if (!f.action().isEmpty()) out.add(Triple.create(n, CGA.action, NodeFactory.createLiteralString(f.action())));
        if (f.note() != null) out.add(Triple.create(n, CGA.note, NodeFactory.createURI(f.note())));
        if (f.file() != null) out.add(Triple.create(n, CGA.sourcePath, NodeFactory.createLiteralString(f.file())));
        if (f.line() > 0)
            out.add(Triple.create(
                    n, CGA.line, NodeFactory.createLiteralDT(String.valueOf(f.line()), XSDDatatype.XSDinteger)));
        if (f.section() != null)
            out.add(Triple.create(n, CGA.sectionPath, NodeFactory.createLiteralString(f.section())));
        if (f.claim() != null) out.add(Triple.create(n, CGA.claim, NodeFactory.createURI(f.claim())));
        if (f.claimText() != null)
            out.add(Triple.create(n, CGA.claimText, NodeFactory.createLiteralLang(f.claimText(), "zh")));
        if (iriFocus(f)) out.add(Triple.create(n, CGA.focusNode, NodeFactory.createURI(f.focus())));
        return out;
    }

    /** Removes every finding about the note {@code note} (its {@code cga:note}); returns how many. */
    public static int removeNote(Graph g, Node note) {
        List<Node> findings = new ArrayList<>();
        g.find(Node.ANY, CGA.note, note).forEachRemaining(t -> findings.add(t.getSubject()));
        findings.forEach(f -> removeFinding(g, f));
        dropUnusedPaths(g);
        return findings.size();
    }

    /** Removes the findings of rule {@code rule} whose focus node is {@code focus}; returns how many. */
    public static int removeFocus(Graph g, Node focus, String rule) {
        Node r = NodeFactory.createLiteralString(rule);
        List<Node> findings = new ArrayList<>();
        g.find(Node.ANY, CGA.focusNode, focus).forEachRemaining(t -> {
            if (g.contains(t.getSubject(), CGA.rule, r)) findings.add(t.getSubject());
        });
        findings.forEach(f -> removeFinding(g, f));
        dropUnusedPaths(g);
        return findings.size();
    }

    /** Removes every finding of rule {@code rule}. */
    public static int removeRule(Graph g, String rule) {
        List<Node> findings = new ArrayList<>();
        g.find(Node.ANY, CGA.rule, NodeFactory.createLiteralString(rule))
                .forEachRemaining(t -> findings.add(t.getSubject()));
        findings.forEach(f -> removeFinding(g, f));
        dropUnusedPaths(g);
        return findings.size();
    }

    /** Removes one finding with its results. */
    static void removeFinding(Graph g, Node finding) {
        List<Node> results = new ArrayList<>();
        g.find(finding, CGA.validationResult, Node.ANY).forEachRemaining(t -> results.add(t.getObject()));
        for (Node r : results) removeResult(g, r);
        g.remove(finding, Node.ANY, Node.ANY);
    }

    /** Removes one result: its {@code sh:result} link from the report and its tree. */
    static void removeResult(Graph g, Node result) {
        g.delete(REPORT, SHACL.result, result);
        removeTree(g, result, new HashSet<>());
    }

    /** Removes the triples of {@code s} and, recursively, of the blank nodes it points to. */
    static void removeTree(Graph g, Node s) {
        removeTree(g, s, new HashSet<>());
    }

    private static void removeTree(Graph g, Node s, Set<Node> seen) {
        if (!seen.add(s)) return;
        List<Triple> ts = g.find(s, Node.ANY, Node.ANY).toList();
        for (Triple t : ts) {
            g.delete(t);
            if (t.getObject().isBlank()) removeTree(g, t.getObject(), seen);
        }
    }

    /** Sets {@code sh:conforms}: true exactly when the report has no result. */
    public static void updateConforms(Graph g) {
        boolean conforms = !g.contains(REPORT, SHACL.result, Node.ANY);
        Node value = NodeFactory.createLiteralDT(String.valueOf(conforms), XSDDatatype.XSDboolean);
        if (g.contains(REPORT, SHACL.conforms, value)
                && g.find(REPORT, SHACL.conforms, Node.ANY).toList().size() == 1) return;
        g.remove(REPORT, SHACL.conforms, Node.ANY);
        g.add(REPORT, SHACL.conforms, value);
    }
}
