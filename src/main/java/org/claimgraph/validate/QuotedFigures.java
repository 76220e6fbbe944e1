package org.claimgraph.validate;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.claimgraph.rdf.CG;

/**
 * For {@link MultiplierCheck}: the figure a claim's annotation quotes by a line reference
 * ({@code cg:quotedFigure}), read from the graph.
 */
final class QuotedFigures {
    private QuotedFigures() {}

    /**
     * The figure quoted by a line reference inside the annotation of {@code u}'s claim, picking the
     * assessment whose subject names the same metric as the text before the multiplier.
     */
    static String of(Graph g, MultiplierCheck.Unit u, Multipliers.Stated s) {
        String label = Multipliers.labelBefore(u.text(), s);
        List<Node> assessments = new ArrayList<>();
        if (u.claim() != null)
            g.find(u.claim(), CG.hasProvenance, Node.ANY).forEachRemaining(t -> assessments.add(t.getObject()));
        if (g.contains(u.node(), CG.subject, Node.ANY) && !assessments.contains(u.node())) assessments.add(0, u.node());
        List<String> candidates = new ArrayList<>();
        for (Node a : assessments) {
            String subject = Context.lex(Context.obj(g, a, CG.subject));
            boolean matches = subject != null && (label.isEmpty() || subject.contains(label));
            int first = intOf(g, a, CG.firstLine), last = intOf(g, a, CG.lastLine);
            if (first < 0) continue;
            if (last < first) last = first;
            String q = refInRange(g, u.note(), first, last);
            if (q != null && matches) return q;
            if (q != null) candidates.add(q);
        }
        return candidates.size() == 1 && Multipliers.stated(u.text()).size() == 1 ? candidates.get(0) : null;
    }

    /**
     * The figure quoted by a line reference of the same note written on a line in [first, last];
     * of several, the one on the lowest line (then the least text), whatever the graph's order.
     */
    private static String refInRange(Graph g, String note, int first, int last) {
        if (note == null) return null;
        Node noteNode = org.apache.jena.graph.NodeFactory.createURI(note);
        String found = null;
        int foundLine = Integer.MAX_VALUE;
        // the note's own line references (cg:inNote it, or cg:hasLineReference from it), not every
        // quoted figure of the graph per call (that grew with notes × references)
        java.util.Set<Node> refs = new java.util.LinkedHashSet<>();
        g.find(Node.ANY, CG.inNote, noteNode).forEachRemaining(t -> refs.add(t.getSubject()));
        g.find(noteNode, CG.hasLineReference, Node.ANY).forEachRemaining(t -> refs.add(t.getObject()));
        List<Triple> quoted = new ArrayList<>();
        for (Node r : refs) g.find(r, CG.quotedFigure, Node.ANY).forEachRemaining(quoted::add);
        for (Triple t : quoted) {
            int from = intOf(g, t.getSubject(), CG.fromLine);
            if (from < first || from > last) continue;
            String q = t.getObject().getLiteralLexicalForm();
            if (from < foundLine || (from == foundLine && q.compareTo(found) < 0)) {
                found = q;
                foundLine = from;
            }
        }
        return found;
    }

    private static int intOf(Graph g, Node s, Node p) {
        Node v = Context.obj(g, s, p);
        if (v == null || !v.isLiteral()) return -1;
        try {
            return Integer.parseInt(v.getLiteralLexicalForm().trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
