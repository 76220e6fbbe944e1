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
 *                 dcterms:conformsTo &lt;audit/layout/2&gt; .
 * &lt;audit/report&gt; a sh:ValidationReport ; sh:conforms BOOL ; sh:result _:r … .
 * &lt;audit/finding/HASH&gt; a cga:Finding ; cga:rule … ; cga:note … ; cga:focusNode … ; cga:validationResult _:r .
 * </pre>
 * A finding's IRI is a hash of what identifies it ({@link #findingIri}), never of its rank in a run; each SHACL finding
 * links the {@code sh:ValidationResult}s it was made from, each with its own blank nodes, so a
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
    public static final Node LAYOUT = NodeFactory.createURI(CGA.AUDIT_GRAPH + "/layout/2");

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
     * its tree, the {@code <audit/report> sh:result root} link included.
     */
    record ResultTree(Node root, List<Triple> triples) {}

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
            java.util.Map<Node, Node> dangling = new java.util.HashMap<>();
            List<Triple> triples = new ArrayList<>();
            rg.find().forEachRemaining(t -> {
                Node o = t.getObject();
                if (o.isBlank() && !rg.contains(o, Node.ANY, Node.ANY))
                    o = dangling.computeIfAbsent(o, x -> NodeFactory.createBlankNode());
                triples.add(Triple.create(t.getSubject(), t.getPredicate(), o));
            });
            out.add(new ResultTree(result, triples));
        }
        return out;
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
            g.add(n, CGA.validationResult, t.root());
        }
    }

    /** The triples of finding {@code f} named {@code n}, without its {@code cga:validationResult} links. */
    static List<Triple> own(Node n, Finding f) {
        List<Triple> out = new ArrayList<>(16);
        out.add(Triple.create(n, TYPE, CGA.Finding));
        if (f.rule().equals("coverage-claim-contradicted")) out.add(Triple.create(n, TYPE, CGA.CoverageFinding));
        if (f.rule().startsWith("multiplier-")) out.add(Triple.create(n, TYPE, CGA.MultiplierFinding));
        out.add(Triple.create(n, CGA.inRun, RUN));
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
        return findings.size();
    }

    /** Removes every finding of rule {@code rule}. */
    public static int removeRule(Graph g, String rule) {
        List<Node> findings = new ArrayList<>();
        g.find(Node.ANY, CGA.rule, NodeFactory.createLiteralString(rule))
                .forEachRemaining(t -> findings.add(t.getSubject()));
        findings.forEach(f -> removeFinding(g, f));
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
