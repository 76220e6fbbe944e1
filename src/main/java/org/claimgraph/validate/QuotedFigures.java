package org.claimgraph.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.claimgraph.rdf.CG;

/**
 * For {@link MultiplierCheck}: the figure a claim's annotation quotes by a line reference
 * ({@code cg:quotedFigure}), read from the graph.
 */
final class QuotedFigures {
    private final Graph g;
    /** Per note IRI, its quoted figures, read once (a large note's check asked for them per multiplier). */
    private final Map<String, Quotes> byNote = new HashMap<>();

    /** The quoted figures of {@code g}, which must not change while this is used (one check's run). */
    QuotedFigures(Graph g) {
        this.g = g;
    }

    /**
     * The figure quoted by a line reference inside the annotation of {@code u}'s claim, picking the
     * assessment whose subject names the same metric as the text before the multiplier.
     */
    String of(MultiplierCheck.Unit u, Multipliers.Stated s) {
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
            String q = u.note() == null
                    ? null
                    : byNote.computeIfAbsent(u.note(), this::quotes).lowestIn(first, last);
            if (q != null && matches) return q;
            if (q != null) candidates.add(q);
        }
        return candidates.size() == 1 && Multipliers.stated(u.text()).size() == 1 ? candidates.get(0) : null;
    }

    /**
     * The quoted figures of one note's own line references ({@code cg:inNote} it, or {@code
     * cg:hasLineReference} from it), by the line they are written on, then by text: read once per
     * note, not per multiplier (a 1 MB note's audit spent 20 of its 23 s reading them again and again).
     */
    private Quotes quotes(String note) {
        Node noteNode = NodeFactory.createURI(note);
        Set<Node> refs = new LinkedHashSet<>();
        g.find(Node.ANY, CG.inNote, noteNode).forEachRemaining(t -> refs.add(t.getSubject()));
        g.find(noteNode, CG.hasLineReference, Node.ANY).forEachRemaining(t -> refs.add(t.getObject()));
        List<Quote> quoted = new ArrayList<>();
        for (Node r : refs) {
            int from = intOf(g, r, CG.fromLine);
            g.find(r, CG.quotedFigure, Node.ANY).forEachRemaining(t -> {
                // a quoted figure is text; anything else (written by hand over SPARQL Update) quotes nothing
                if (t.getObject().isLiteral())
                    quoted.add(new Quote(from, t.getObject().getLiteralLexicalForm()));
            });
        }
        quoted.sort(Comparator.comparingInt(Quote::line).thenComparing(Quote::text));
        return new Quotes(
                quoted.stream().mapToInt(Quote::line).toArray(),
                quoted.stream().map(Quote::text).toArray(String[]::new));
    }

    private record Quote(int line, String text) {}

    /** Quoted figures sorted by line, then text. */
    private record Quotes(int[] lines, String[] texts) {
        /** Of the figures written on a line in [first, last], the one on the lowest line (then the least text). */
        String lowestIn(int first, int last) {
            int lo = 0, hi = lines.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (lines[mid] < first) lo = mid + 1;
                else hi = mid;
            }
            return lo < lines.length && lines[lo] <= last ? texts[lo] : null;
        }
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
