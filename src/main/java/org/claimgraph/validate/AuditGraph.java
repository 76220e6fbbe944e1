package org.claimgraph.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
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
 *                 dcterms:conformsTo &lt;audit/layout/4&gt; .
 * &lt;audit/report&gt; a sh:ValidationReport ; sh:conforms BOOL .
 * &lt;audit/finding/HASH&gt; a cga:Finding ; cga:severity … ; cga:rule … ; cga:message … ; cga:action … ;
 *                 cga:note … ; cga:focusNode … .                                   (a shape's finding)
 * &lt;audit/finding/HASH&gt; a cga:Finding, cga:CoverageFinding ; … ; cga:sourcePath … ; cga:line … ;
 *                 cga:sectionPath … ; cga:claim … ; cga:claimText … .              (a check's finding)
 * </pre>
 * A finding of a shape says what the data does not: its rule, severity, message, action, note and
 * focus node. Where the focus node sits (file, line, section, claim and claim text) is what the data
 * says about that node ({@link Context#of}); {@link StoredAudit} reads it from there, and
 * {@code queries/audit-findings.rq} joins it. A finding of the coverage or multiplier checks has no
 * focus node and keeps every field; so does a shape's finding about a blank focus node (a blank node
 * of another graph cannot be named here: it points to a blank node of its own).
 * Layout 4 (this one) differs from layout 3 in two things, both to write fewer quads per finding
 * (≈ 7 instead of ≈ 22 for a shape's finding; each costs a B+tree update per index in TDB2):
 * <ul>
 * <li>Jena's {@code sh:ValidationResult} trees are not stored (nor their {@code cga:validationResult}
 *     links and {@code sh:result}s): a shape's finding is what validating its focus node against its
 *     rule's shape reports, and {@code claimgraph validate} and {@code /kg/shacl} give those results in
 *     full. The report keeps {@code sh:conforms}: true exactly when no shape found anything, i.e. no
 *     finding has a {@code cga:focusNode};</li>
 * <li>a shape's finding about an IRI no longer copies what the data says about its focus node, so a
 *     claim that moves changes nothing here (before, its findings' {@code cga:line}s).</li>
 * </ul>
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
    public static final Node LAYOUT = NodeFactory.createURI(CGA.AUDIT_GRAPH + "/layout/4");

    private static final Node TYPE = RDF.type.asNode();

    /** A new audit graph: header, then every finding of {@code r}. */
    public static Graph of(Audit.Result r) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(RUN, TYPE, CGA.AuditRun);
        g.add(RUN, CGA.asOf, NodeFactory.createLiteralDT(r.asOf().toString(), XSDDatatype.XSDdate));
        g.add(RUN, DCTerms.language.asNode(), NodeFactory.createLiteralString(r.lang()));
        g.add(RUN, CGA.validationReport, REPORT);
        g.add(RUN, DCTerms.conformsTo.asNode(), LAYOUT);
        g.add(REPORT, TYPE, SHACL.ValidationReport);
        for (Finding f : new java.util.LinkedHashSet<>(r.findings())) add(g, f);
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
     * audit graph does not change). Any other finding: a hash of every field.
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

    /** Adds one finding. */
    public static void add(Graph g, Finding f) {
        own(findingIri(f), f).forEach(g::add);
    }

    /** The triples of finding {@code f} named {@code n} (see the class comment for which). */
    static List<Triple> own(Node n, Finding f) {
        List<Triple> out = new ArrayList<>(iriFocus(f) ? 8 : 14);
        out.add(Triple.create(n, TYPE, CGA.Finding));
        if (f.rule().equals("coverage-claim-contradicted")) out.add(Triple.create(n, TYPE, CGA.CoverageFinding));
        if (f.rule().startsWith("multiplier-")) out.add(Triple.create(n, TYPE, CGA.MultiplierFinding));
        out.add(Triple.create(n, CGA.severity, f.severity().node()));
        out.add(Triple.create(n, CGA.rule, NodeFactory.createLiteralString(f.rule())));
        out.add(Triple.create(n, CGA.message, NodeFactory.createLiteralString(f.message())));
        if (!f.action().isEmpty()) out.add(Triple.create(n, CGA.action, NodeFactory.createLiteralString(f.action())));
        if (f.note() != null) out.add(Triple.create(n, CGA.note, NodeFactory.createURI(f.note())));
        if (iriFocus(f)) {
            out.add(Triple.create(n, CGA.focusNode, NodeFactory.createURI(f.focus())));
            return out;
        }
        if (f.focus() != null) out.add(Triple.create(n, CGA.focusNode, NodeFactory.createBlankNode()));
        located(n, f, out);
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
