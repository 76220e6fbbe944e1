package org.claimgraph.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.DatasetGraph;
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
 *                 dcterms:conformsTo &lt;audit/layout/5&gt; .
 * &lt;audit/report&gt; a sh:ValidationReport ; sh:conforms BOOL .
 * &lt;audit/kind/HASH&gt; a cga:FindingKind ; cga:severity … ; cga:rule … ; cga:message … ; cga:action … .
 * &lt;audit/finding/HASH&gt; a cga:Finding ; cga:kind &lt;audit/kind/…&gt; ; cga:note … ;
 *                 cga:focusNode …, …, … .                          (a shape's findings about IRIs, per note and kind)
 * &lt;audit/finding/HASH&gt; a cga:Finding, cga:CoverageFinding ; cga:kind … ; cga:note … ; cga:sourcePath … ;
 *                 cga:line … ; cga:sectionPath … ; cga:claim … ; cga:claimText … .   (a check's finding)
 * </pre>
 * The graph says what the data does not. A <em>kind</em> is what a finding says (severity, rule,
 * message, action), shared by every finding that says the same. A shape's findings about IRI focus
 * nodes are one resource per note and kind, with a {@code cga:focusNode} per node found: where a
 * focus node sits (file, line, section, claim and its text) is what the data says about it
 * ({@link Context#of}); {@link StoredAudit} reads it from there, and {@code queries/audit-findings.rq}
 * joins it. A finding of the coverage or multiplier checks has no focus node and keeps every field,
 * one resource each; so does a shape's finding about a blank focus node (a blank node of another
 * graph cannot be named here: it points to a blank node of its own).
 * Each layout wrote fewer quads per finding than the one before (each costs a B+tree update per
 * index in TDB2): layout 3 stored Jena's {@code sh:ValidationResult} trees and copies of the focus
 * node's place (≈ 22 quads per finding); layout 4 dropped both (≈ 7: the report keeps
 * {@code sh:conforms}, true exactly when no finding has a {@code cga:focusNode}, and
 * {@code claimgraph validate} and {@code /kg/shacl} give the full results); layout 5 (this one) moves
 * what findings share into kinds and groups a note's findings of a kind (≈ 1 quad per finding about an
 * IRI, plus 3 per note and kind), so a note that is rewritten with the same kinds of findings writes
 * only the focus nodes that came and went.
 * A finding's IRI is a hash of what identifies it ({@link #findingIri}), never of its rank in a run.
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
    public static final Node LAYOUT = NodeFactory.createURI(CGA.AUDIT_GRAPH + "/layout/5");

    private static final Node TYPE = RDF.type.asNode();

    /** A new audit graph: header, then every finding of {@code r} ({@link #triples}). */
    public static Graph of(Audit.Result r) {
        Graph g = GraphFactory.createDefaultGraph();
        triples(r).forEach(g::add);
        return g;
    }

    /**
     * The triples of the audit graph of {@code r}, in the order to write them: the run and its
     * report, then the findings in {@link Audit#ORDER} (so by note), each kind before its first
     * finding. A store that gives node ids in the order it first meets nodes (TDB2) then gives a
     * note's finding resources neighbouring ids, so that a later write of that note's findings
     * touches a few neighbouring index blocks instead of one per resource.
     */
    public static List<Triple> triples(Audit.Result r) {
        LinkedHashSet<Triple> out = new LinkedHashSet<>();
        out.add(Triple.create(RUN, TYPE, CGA.AuditRun));
        out.add(Triple.create(
                RUN, CGA.asOf, NodeFactory.createLiteralDT(r.asOf().toString(), XSDDatatype.XSDdate)));
        out.add(Triple.create(RUN, DCTerms.language.asNode(), NodeFactory.createLiteralString(r.lang())));
        out.add(Triple.create(RUN, CGA.validationReport, REPORT));
        out.add(Triple.create(RUN, DCTerms.conformsTo.asNode(), LAYOUT));
        out.add(Triple.create(REPORT, TYPE, SHACL.ValidationReport));
        boolean conforms = true;
        List<Finding> findings = new ArrayList<>(new LinkedHashSet<>(r.findings()));
        findings.sort(Audit.ORDER);
        for (Finding f : findings) {
            out.addAll(finding(f));
            if (f.focus() != null) conforms = false;
        }
        out.add(Triple.create(
                REPORT, SHACL.conforms, NodeFactory.createLiteralDT(String.valueOf(conforms), XSDDatatype.XSDboolean)));
        return new ArrayList<>(out);
    }

    /** Replaces the audit graph of {@code dsg} (inside a write transaction) with that of {@code r}, in {@link #triples} order. */
    public static void replace(DatasetGraph dsg, Audit.Result r) {
        dsg.removeGraph(NAME);
        for (Triple t : triples(r)) dsg.add(NAME, t.getSubject(), t.getPredicate(), t.getObject());
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
     * {@code cgid:audit/kind/<hash>}: what finding {@code f} says — a hash of its severity, rule,
     * message and action, shared by every finding that says the same.
     */
    public static Node kindIri(Finding f) {
        return NodeFactory.createURI(
                CGA.AUDIT_GRAPH + "/kind/" + Iris.hash(f.severity().label(), f.rule(), f.message(), f.action()));
    }

    /**
     * {@code cgid:audit/finding/<hash>}: for a finding about an IRI focus node, a hash of its note
     * and its kind ({@link #kindIri}): one resource per note and kind, whose {@code cga:focusNode}s
     * are the nodes it was found at. The rest of what it says (file, line, section, claim and its
     * text) is a function of the focus node in the data, so it identifies nothing more, and a finding
     * whose claim merely moved leaves the audit graph as it was. Any other finding: a hash of every
     * field, one resource per finding.
     */
    public static Node findingIri(Finding f) {
        String hash = iriFocus(f)
                ? Iris.hash("note-kind", String.valueOf(f.note()), kindIri(f).getURI())
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

    /** True when {@code f} is about an IRI: it is one focus node of its note-and-kind resource. */
    static boolean iriFocus(Finding f) {
        return f.focus() != null && f.focus().startsWith("http");
    }

    /** Adds one finding ({@link #finding}). */
    static void add(Graph g, Finding f) {
        finding(f).forEach(g::add);
    }

    /** The triples of one finding: its kind, its resource and its focus node (a new blank node for a blank one). */
    private static List<Triple> finding(Finding f) {
        Node n = findingIri(f);
        List<Triple> out = new ArrayList<>(kind(f));
        out.addAll(header(n, f));
        if (iriFocus(f)) out.add(Triple.create(n, CGA.focusNode, NodeFactory.createURI(f.focus())));
        else if (f.focus() != null) out.add(Triple.create(n, CGA.focusNode, NodeFactory.createBlankNode()));
        return out;
    }

    /** The triples of {@code f}'s kind: severity, rule, message and action ({@link #kindIri}). */
    static List<Triple> kind(Finding f) {
        Node k = kindIri(f);
        List<Triple> out = new ArrayList<>(5);
        out.add(Triple.create(k, TYPE, CGA.FindingKind));
        out.add(Triple.create(k, CGA.severity, f.severity().node()));
        out.add(Triple.create(k, CGA.rule, NodeFactory.createLiteralString(f.rule())));
        out.add(Triple.create(k, CGA.message, NodeFactory.createLiteralString(f.message())));
        if (!f.action().isEmpty()) out.add(Triple.create(k, CGA.action, NodeFactory.createLiteralString(f.action())));
        return out;
    }

    /**
     * The triples of the finding resource {@code n} of {@code f} other than its focus nodes: its
     * types, kind and note, and for a finding not about an IRI, its place.
     */
    static List<Triple> header(Node n, Finding f) {
        List<Triple> out = new ArrayList<>(iriFocus(f) ? 3 : 10);
        out.add(Triple.create(n, TYPE, CGA.Finding));
        if (f.rule().equals("coverage-claim-contradicted")) out.add(Triple.create(n, TYPE, CGA.CoverageFinding));
        if (f.rule().startsWith("multiplier-")) out.add(Triple.create(n, TYPE, CGA.MultiplierFinding));
        out.add(Triple.create(n, CGA.kind, kindIri(f)));
        if (f.note() != null) out.add(Triple.create(n, CGA.note, NodeFactory.createURI(f.note())));
        if (!iriFocus(f)) located(n, f, out);
        return out;
    }

    /** What a finding without an IRI focus node says of its place: file, line, section, claim and its text. */
    private static void located(Node n, Finding f, List<Triple> out) {
        if (f.file() != null) out.add(Triple.create(n, CGA.sourcePath, NodeFactory.createLiteralString(f.file())));
        if (f.line() > 0)
            out.add(Triple.create(
                    n, CGA.line, NodeFactory.createLiteralDT(String.valueOf(f.line()), XSDDatatype.XSDinteger)));
        if (f.section() != null)
            out.add(Triple.create(n, CGA.sectionPath, NodeFactory.createLiteralString(f.section())));
        if (f.claim() != null) out.add(Triple.create(n, CGA.claim, NodeFactory.createURI(f.claim())));
        if (f.claimText() != null)
            out.add(Triple.create(n, CGA.claimText, NodeFactory.createLiteralLang(f.claimText(), "zh")));
    }

    /** Sets {@code sh:conforms}: true exactly when no shape found anything (no finding has a focus node). */
    public static void updateConforms(Graph g) {
        boolean conforms = !g.contains(Node.ANY, CGA.focusNode, Node.ANY);
        Node value = NodeFactory.createLiteralDT(String.valueOf(conforms), XSDDatatype.XSDboolean);
        if (g.contains(REPORT, SHACL.conforms, value)
                && g.find(REPORT, SHACL.conforms, Node.ANY).toList().size() == 1) return;
        g.remove(REPORT, SHACL.conforms, Node.ANY);
        g.add(REPORT, SHACL.conforms, value);
    }
}
