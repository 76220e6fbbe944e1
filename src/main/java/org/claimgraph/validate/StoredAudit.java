package org.claimgraph.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The audit as stored in the audit graph, read back for rendering ({@code GET /kg/audit}) without
 * validating anything: the findings, the audit date, the language and the status counts per
 * section (counted from the notes). The coverage and multiplier tables list only what the stored
 * findings say (contradicted coverage claims, unsupported multipliers); the full tables come from
 * {@code claimgraph audit}.
 */
public final class StoredAudit {
    private StoredAudit() {}

    /**
     * The stored audit of {@code dsg} (inside a read transaction), or null when the store keeps none
     * or keeps one for another date or language than asked (null {@code asOf}/{@code lang}: any).
     */
    public static Audit.Result read(DatasetGraph dsg, LocalDate asOf, String lang) {
        Graph g = dsg.getGraph(AuditGraph.NAME);
        if (!AuditGraph.present(g)) return null;
        LocalDate stored = AuditGraph.asOf(g);
        String storedLang = AuditGraph.lang(g);
        if ((asOf != null && !asOf.equals(stored)) || (lang != null && !lang.equals(storedLang))) return null;
        Graph data = StoreView.of(dsg, stored, org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph());
        List<Finding> findings = new ArrayList<>();
        g.find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), CGA.Finding)
                .forEachRemaining((Triple t) -> findings.add(finding(g, data, t.getSubject())));
        findings.sort(Audit.ORDER);
        return new Audit.Result(
                stored,
                storedLang,
                conforms(g),
                List.copyOf(findings),
                List.of(),
                List.of(),
                Audit.Statuses.bySection(data));
    }

    /** The stored {@code sh:conforms} (true when absent). */
    private static boolean conforms(Graph g) {
        Node conforms = Context.obj(g, AuditGraph.REPORT, SHACL.conforms);
        return conforms == null || "true".equals(conforms.getLiteralLexicalForm());
    }

    /**
     * The stored finding {@code f} of the audit graph {@code g}: what it says, and, for a finding of a
     * shape about an IRI, where its focus node sits in {@code data} (file, line, section, claim and
     * its text: {@link Context#of}, as the audit that found it resolved them).
     */
    static Finding finding(Graph g, Graph data, Node f) {
        Node focus = Context.obj(g, f, CGA.focusNode);
        String action = Context.lex(Context.obj(g, f, CGA.action));
        Severity severity = Severity.of(Context.obj(g, f, CGA.severity));
        String rule = Context.lex(Context.obj(g, f, CGA.rule));
        String note = Context.lex(Context.obj(g, f, CGA.note));
        String message = Context.lex(Context.obj(g, f, CGA.message));
        if (action == null) action = "";
        if (focus != null && focus.isURI()) {
            Context c = Context.of(data, focus);
            return new Finding(
                    severity,
                    rule,
                    note,
                    c.file,
                    c.line,
                    c.section,
                    c.claim,
                    c.claimText,
                    message,
                    action,
                    focus.getURI());
        }
        Node line = Context.obj(g, f, CGA.line);
        return new Finding(
                severity,
                rule,
                note,
                Context.lex(Context.obj(g, f, CGA.sourcePath)),
                line == null ? -1 : Integer.parseInt(line.getLiteralLexicalForm()),
                Context.lex(Context.obj(g, f, CGA.sectionPath)),
                Context.lex(Context.obj(g, f, CGA.claim)),
                Context.lex(Context.obj(g, f, CGA.claimText)),
                message,
                action,
                null);
    }
}
