package org.claimgraph.validate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.validation.ReportEntry;

/**
 * One replacement of findings in the audit graph, written as a difference: the findings a change
 * makes stale are collected first ({@link #note}, {@link #focus}, {@link #rule}), the findings
 * found again are given to {@link #write}, and only what differs is written: a stale finding found
 * again with the same results (its IRI is a hash of everything it says) stays as it is, the others
 * are removed, and new ones added. The audit graph ends exactly as if every stale finding had been
 * removed and every fresh one added; writing a quad costs far more than reading one (six index
 * updates in an in-memory dataset, a B+tree update per index in TDB2), and most of a note's
 * findings survive most edits.
 */
final class AuditDelta {
    private final Graph audit;
    private final Set<Node> stale = new LinkedHashSet<>();
    private int kept;
    private int removed;
    private int added;

    AuditDelta(Graph audit) {
        this.audit = audit;
    }

    /** Every finding about the note {@code note} ({@code cga:note}) is to be replaced. */
    void note(Node note) {
        audit.find(Node.ANY, CGA.note, note).forEachRemaining(t -> stale.add(t.getSubject()));
    }

    /** The findings of rule {@code rule} whose focus node is {@code focus} are to be replaced. */
    void focus(Node focus, String rule) {
        Node r = NodeFactory.createLiteralString(rule);
        audit.find(Node.ANY, CGA.focusNode, focus).forEachRemaining(t -> {
            if (audit.contains(t.getSubject(), CGA.rule, r)) stale.add(t.getSubject());
        });
    }

    /** Every finding of rule {@code rule} is to be replaced. */
    void rule(String rule) {
        audit.find(Node.ANY, CGA.rule, NodeFactory.createLiteralString(rule))
                .forEachRemaining(t -> stale.add(t.getSubject()));
    }

    /** Writes {@code fresh} in place of the stale findings, then {@code sh:conforms}. */
    void write(Map<Finding, List<ReportEntry>> fresh) {
        for (Map.Entry<Finding, List<ReportEntry>> e : fresh.entrySet()) {
            Node iri = AuditGraph.findingIri(e.getKey());
            List<AuditGraph.ResultTree> trees = AuditGraph.trees(e.getValue());
            if (stale.remove(iri)) {
                if (AuditGraph.sameResults(audit, iri, trees)) {
                    kept++;
                    continue;
                }
                AuditGraph.removeFinding(audit, iri);
                removed++;
            }
            AuditGraph.add(audit, e.getKey(), trees);
            added++;
        }
        for (Node n : stale) AuditGraph.removeFinding(audit, n);
        removed += stale.size();
        stale.clear();
        AuditGraph.updateConforms(audit);
    }

    /** "kept K, removed R, added A" findings: for traces and tests. */
    @Override
    public String toString() {
        return "kept " + kept + ", removed " + removed + ", added " + added;
    }
}
