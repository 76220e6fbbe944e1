package org.claimgraph.validate;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * Guard mode's rule: a write is refused when, after the live audit re-validated it, the audit
 * graph holds more findings of at least the guard's severity for some
 * <em>(severity, rule, note, focus node)</em> than before (the claim text for a finding with no
 * focus node, which the coverage and multiplier checks make). Lines are left out of the comparison,
 * so a write that only moves a claim (or an old finding) is not refused; a write that fixes one
 * finding and adds another of the same rule on the same claim is not refused either (the count
 * did not grow). The refused findings (those of a grown count whose IRI the audit graph did not
 * hold before) are returned as a SHACL validation report.
 */
public final class WriteGuard {
    private WriteGuard() {}

    /** "violation", "warning" or "off" (case-insensitive) as the guard's severity; null for off. */
    public static Severity level(String s) {
        if (s == null) return null;
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "", "off" -> null;
            case "violation" -> Severity.VIOLATION;
            case "warning" -> Severity.WARNING;
            default -> throw new IllegalArgumentException("guard must be violation, warning or off, got: " + s);
        };
    }

    /** The findings of {@code audit} of at least {@code threshold}: their references per comparison key. */
    public static Map<List<String>, Set<StoredAudit.Ref>> tally(Graph audit, Severity threshold) {
        Map<List<String>, Set<StoredAudit.Ref>> out = new HashMap<>();
        audit.find(Node.ANY, CGA.severity, Node.ANY).forEachRemaining(k -> {
            Severity s = Severity.of(k.getObject());
            if (!s.atLeast(threshold)) return;
            String rule = String.valueOf(Context.lex(Context.obj(audit, k.getSubject(), CGA.rule)));
            audit.find(Node.ANY, CGA.kind, k.getSubject()).forEachRemaining(t -> {
                for (StoredAudit.Ref r : StoredAudit.refs(audit, t.getSubject()))
                    out.computeIfAbsent(key(audit, r, s, rule), x -> new HashSet<>())
                            .add(r);
            });
        });
        return out;
    }

    /** The findings of {@code after} that a grown count adds to {@code before}; empty when none. */
    public static List<StoredAudit.Ref> added(
            Map<List<String>, Set<StoredAudit.Ref>> before, Map<List<String>, Set<StoredAudit.Ref>> after) {
        List<StoredAudit.Ref> out = new ArrayList<>();
        after.forEach((k, now) -> {
            Set<StoredAudit.Ref> was = before.getOrDefault(k, Set.of());
            if (now.size() <= was.size()) return;
            for (StoredAudit.Ref f : now) if (!was.contains(f)) out.add(f);
        });
        return out;
    }

    private static List<String> key(Graph g, StoredAudit.Ref r, Severity s, String rule) {
        return List.of(
                s.label(),
                rule,
                String.valueOf(Context.lex(Context.obj(g, r.finding(), CGA.note))),
                r.focus() != null
                        ? r.focus().getURI()
                        : String.valueOf(Context.lex(Context.obj(g, r.finding(), CGA.claimText))));
    }

    /**
     * A refused write: the guard's severity and the findings it would have added, as a SHACL
     * report ({@code sh:conforms false}, one {@code sh:result} per stored validation result of
     * each finding, or one made from the finding for the checks that are not SHACL shapes; each
     * result also carries the finding's {@code cga:rule}, {@code cga:sourcePath} and {@code cga:line}).
     */
    public record Refusal(Severity threshold, List<Finding> findings, Graph report) {
        /** One line for logs and plain-text clients. */
        public String message() {
            return "refused by guard mode: the write would add " + findings.size() + " finding(s) of severity "
                    + threshold.label() + " or worse; nothing was written";
        }

        public String turtle() {
            StringWriter w = new StringWriter();
            RDFDataMgr.write(w, report, Lang.TURTLE);
            return w.toString();
        }

        public String json() {
            JsonObject o = new JsonObject();
            o.put("conforms", false);
            o.put("guard", threshold.label());
            o.put("message", message());
            JsonArray results = new JsonArray();
            for (Finding f : findings) {
                JsonObject r = new JsonObject();
                r.put("severity", f.severity().label());
                r.put("rule", f.rule());
                if (f.file() != null) r.put("file", f.file());
                if (f.line() > 0) r.put("line", f.line());
                r.put("location", f.location());
                r.put("message", f.message());
                if (f.claimText() != null) r.put("claim", f.claimText());
                if (f.focus() != null) r.put("focusNode", f.focus());
                results.add(r);
            }
            o.put("results", results);
            return JSON.toString(o);
        }
    }

    /**
     * The refusal for {@code added} findings of the audit graph of {@code dsg} (read before the write
     * is aborted): one {@code sh:ValidationResult} made from each finding (the audit graph keeps no
     * SHACL results, {@link AuditGraph}), located in the data as the write left it.
     */
    public static Refusal refusal(DatasetGraph dsg, List<StoredAudit.Ref> added, Severity threshold) {
        Graph audit = dsg.getGraph(AuditGraph.NAME);
        Graph data = StoreView.of(dsg, AuditGraph.asOf(audit), GraphFactory.createDefaultGraph());
        Graph report = GraphFactory.createDefaultGraph();
        report.getPrefixMapping()
                .setNsPrefix("sh", SHACL.getURI())
                .setNsPrefix("cga", CGA.NS)
                .setNsPrefix("xsd", XSDDatatype.XSD + "#");
        Node rep = NodeFactory.createBlankNode();
        report.add(rep, RDF.type.asNode(), SHACL.ValidationReport);
        report.add(rep, SHACL.conforms, NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean));
        List<Finding> findings = new ArrayList<>();
        for (StoredAudit.Ref f : added) {
            Finding finding = StoredAudit.finding(audit, data, f);
            findings.add(finding);
            Node r = madeResult(report, finding);
            report.add(rep, SHACL.result, r);
            report.add(r, CGA.rule, NodeFactory.createLiteralString(finding.rule()));
            if (finding.file() != null) report.add(r, CGA.sourcePath, NodeFactory.createLiteralString(finding.file()));
            if (finding.line() > 0)
                report.add(
                        r,
                        CGA.line,
                        NodeFactory.createLiteralDT(String.valueOf(finding.line()), XSDDatatype.XSDinteger));
        }
        findings.sort(Audit.ORDER);
        return new Refusal(threshold, List.copyOf(findings), report);
    }

    /** A result made from a finding: its severity, message and focus node (its claim or note when it has none). */
    private static Node madeResult(Graph report, Finding f) {
        Node r = NodeFactory.createBlankNode();
        report.add(r, RDF.type.asNode(), SHACL.ValidationResult);
        report.add(r, SHACL.resultSeverity, f.severity().node());
        report.add(r, SHACL.resultMessage, NodeFactory.createLiteralString(f.message()));
        String focus = f.focus() != null ? f.focus() : f.claim() != null ? f.claim() : f.note();
        if (focus != null && focus.startsWith("http")) report.add(r, SHACL.focusNode, NodeFactory.createURI(focus));
        return r;
    }
}
