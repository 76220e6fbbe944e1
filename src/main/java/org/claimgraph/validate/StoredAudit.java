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
     * The stored audit of {@code dsg} (inside a read transaction), or null when the store keeps none,
     * keeps one of an older layout ({@link AuditGraph#current}: the next write redoes it) or keeps one
     * for another date or language than asked (null {@code asOf}/{@code lang}: any).
     */
    public static Audit.Result read(DatasetGraph dsg, LocalDate asOf, String lang) {
        Graph g = dsg.getGraph(AuditGraph.NAME);
        if (!AuditGraph.present(g) || !AuditGraph.current(g)) return null;
        LocalDate stored = AuditGraph.asOf(g);
        String storedLang = AuditGraph.lang(g);
        if ((asOf != null && !asOf.equals(stored)) || (lang != null && !lang.equals(storedLang))) return null;
        Graph data = StoreView.of(dsg, stored, org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph());
        List<Finding> findings = new ArrayList<>();
        g.find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), CGA.Finding)
                .forEachRemaining((Triple t) -> findings.addAll(findings(g, data, t.getSubject())));
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
     * One stored finding: the resource {@code finding} and, for a finding about an IRI, which of its
     * focus nodes ({@code focus}; null for a resource that is one finding of its own).
     */
    public record Ref(Node finding, Node focus) {}

    /**
     * The findings the stored resource {@code f} of the audit graph {@code g} stands for: one per
     * IRI focus node for findings about IRIs (one resource per note and kind, {@link AuditGraph}),
     * else the one finding it is.
     */
    static List<Ref> refs(Graph g, Node f) {
        List<Ref> out = new ArrayList<>(1);
        g.find(f, CGA.focusNode, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI()) out.add(new Ref(f, t.getObject()));
        });
        if (out.isEmpty()) out.add(new Ref(f, null));
        return out;
    }

    /** The findings of the stored resource {@code f}, located in {@code data} ({@link #refs}). */
    static List<Finding> findings(Graph g, Graph data, Node f) {
        return refs(g, f).stream().map(r -> finding(g, data, r)).toList();
    }

    /**
     * The stored finding of resource {@code f} of the audit graph {@code g} at the IRI {@code ref.focus()}
     * (null: the resource's own finding): what its kind says, and, for a finding about an IRI, where
     * its focus node sits in {@code data} (file, line, section, claim and its text: {@link
     * Context#of}, as the audit that found it resolved them).
     */
    static Finding finding(Graph g, Graph data, Ref ref) {
        Node f = ref.finding(), focus = ref.focus();
        Node kind = Context.obj(g, f, CGA.kind);
        String action = Context.lex(Context.obj(g, kind, CGA.action));
        Severity severity = Severity.of(Context.obj(g, kind, CGA.severity));
        String rule = Context.lex(Context.obj(g, kind, CGA.rule));
        String note = Context.lex(Context.obj(g, f, CGA.note));
        String message = Context.lex(Context.obj(g, kind, CGA.message));
        if (action == null) action = "";
        if (focus != null) {
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
