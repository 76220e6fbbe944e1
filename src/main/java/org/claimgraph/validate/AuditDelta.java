package org.claimgraph.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.validation.ReportEntry;

/**
 * One replacement of findings in the audit graph, written as a difference: the findings a change
 * makes stale are collected first ({@link #note}, {@link #focus}, {@link #rule}), the findings
 * found again are given to {@link #write}, and only what differs is written:
 * <ul>
 * <li>a stale finding found again with the same IRI (the same rule, focus node and message,
 *     {@link AuditGraph#findingIri}) keeps its triples and results; only the triples that changed
 *     (a claim that moved changes its {@code cga:line}) and the results that changed are written;</li>
 * <li>a stale finding not found again is removed, but its result trees go to a {@link ResultPool}
 *     that patches them into the results of new findings (a rewritten note's findings are new
 *     findings of the same rules);</li>
 * <li>what is left is added, and the pooled trees not reused are removed.</li>
 * </ul>
 * The audit graph ends as if every stale finding had been removed and every fresh one added (the
 * same triples up to blank node labels); writing a quad costs far more than reading one (six index
 * updates in an in-memory dataset, a B+tree update per index in TDB2).
 */
final class AuditDelta {
    private final Graph audit;
    private final Set<Node> stale = new LinkedHashSet<>();
    private int kept;
    private int patched;
    private int removed;
    private int added;
    private String results = "";

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

    private record Placement(Node finding, String rule, AuditGraph.ResultTree tree) {}

    /** Writes {@code fresh} in place of the stale findings, then {@code sh:conforms}. */
    void write(Map<Finding, List<ReportEntry>> fresh) {
        ResultPool pool = new ResultPool(audit);
        List<Placement> toPlace = new ArrayList<>();
        for (Map.Entry<Finding, List<ReportEntry>> e : fresh.entrySet()) {
            Finding f = e.getKey();
            Node iri = AuditGraph.findingIri(f);
            List<AuditGraph.ResultTree> trees = AuditGraph.trees(e.getValue());
            if (stale.remove(iri)) {
                boolean changed = patchOwn(iri, f);
                List<AuditGraph.ResultTree> unmatched = pool.match(iri, f.rule(), trees);
                for (AuditGraph.ResultTree t : unmatched) toPlace.add(new Placement(iri, f.rule(), t));
                if (changed || !unmatched.isEmpty()) patched++;
                else kept++;
                continue;
            }
            AuditGraph.own(iri, f).forEach(audit::add);
            for (AuditGraph.ResultTree t : trees) toPlace.add(new Placement(iri, f.rule(), t));
            added++;
        }
        for (Node n : stale) {
            String rule = "";
            List<Node> roots = new ArrayList<>();
            List<Triple> own = audit.find(n, Node.ANY, Node.ANY).toList();
            for (Triple t : own) {
                if (t.getPredicate().equals(CGA.validationResult)) roots.add(t.getObject());
                else if (t.getPredicate().equals(CGA.rule)) rule = t.getObject().getLiteralLexicalForm();
            }
            own.forEach(audit::delete);
            for (Node r : roots) pool.offer(rule, r);
        }
        removed += stale.size();
        stale.clear();
        for (Placement p : toPlace) pool.place(p.finding(), p.rule(), p.tree());
        pool.drain();
        AuditGraph.dropUnusedPaths(audit);
        results = pool.toString();
        AuditGraph.updateConforms(audit);
    }

    /** Rewrites the triples of the stored finding {@code iri} that differ from {@code f}'s; true when any did. */
    private boolean patchOwn(Node iri, Finding f) {
        Set<Triple> want = new HashSet<>(AuditGraph.own(iri, f));
        List<Triple> drop = new ArrayList<>();
        for (Triple t : audit.find(iri, Node.ANY, Node.ANY).toList()) {
            if (t.getPredicate().equals(CGA.validationResult)) continue;
            if (!want.remove(t)) drop.add(t);
        }
        drop.forEach(audit::delete);
        want.forEach(audit::add);
        return !drop.isEmpty() || !want.isEmpty();
    }

    /** "kept K, patched P, removed R, added A" findings and the result trees reused: for traces and tests. */
    @Override
    public String toString() {
        return "kept " + kept + ", patched " + patched + ", removed " + removed + ", added " + added + "; results "
                + results;
    }
}
