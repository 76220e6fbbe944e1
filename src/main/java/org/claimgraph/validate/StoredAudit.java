package org.claimgraph.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ValidationReport;
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
        List<Finding> findings = new ArrayList<>();
        g.find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), CGA.Finding)
                .forEachRemaining((Triple t) -> findings.add(finding(g, t.getSubject())));
        findings.sort(Audit.ORDER);
        ValidationReport report = ValidationReport.fromGraph(reportOnly(g), AuditGraph.REPORT);
        Graph data = StoreView.of(dsg, stored, org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph());
        return new Audit.Result(
                stored,
                storedLang,
                report,
                List.copyOf(findings),
                Map.of(),
                List.of(),
                List.of(),
                Audit.Statuses.bySection(data));
    }

    /** The report node with its sh:conforms and at most one result: enough for conforms(). */
    private static Graph reportOnly(Graph g) {
        Graph out = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        g.find(AuditGraph.REPORT, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (!t.getPredicate().equals(org.apache.jena.shacl.vocabulary.SHACL.result)) out.add(t);
        });
        var it = g.find(AuditGraph.REPORT, org.apache.jena.shacl.vocabulary.SHACL.result, Node.ANY);
        if (it.hasNext()) {
            Triple first = it.next();
            out.add(first);
            g.find(first.getObject(), Node.ANY, Node.ANY).forEachRemaining(out::add);
        }
        it.close();
        return out;
    }

    static Finding finding(Graph g, Node f) {
        Node line = Context.obj(g, f, CGA.line);
        Node focus = Context.obj(g, f, CGA.focusNode);
        String action = Context.lex(Context.obj(g, f, CGA.action));
        return new Finding(
                Severity.of(Context.obj(g, f, CGA.severity)),
                Context.lex(Context.obj(g, f, CGA.rule)),
                Context.lex(Context.obj(g, f, CGA.note)),
                Context.lex(Context.obj(g, f, CGA.sourcePath)),
                line == null ? -1 : Integer.parseInt(line.getLiteralLexicalForm()),
                Context.lex(Context.obj(g, f, CGA.sectionPath)),
                Context.lex(Context.obj(g, f, CGA.claim)),
                Context.lex(Context.obj(g, f, CGA.claimText)),
                Context.lex(Context.obj(g, f, CGA.message)),
                action == null ? "" : action,
                focus == null ? null : focus.getURI());
    }
}
