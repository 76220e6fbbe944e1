package org.claimgraph.validate;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.rdf.CG;

/**
 * Where a focus node sits: its note (IRI and file), line, section and the claim it is about.
 * Works on any located resource the mapping produces: claim, assessment, status assertion,
 * provenance block, line reference, measurement, note.
 */
final class Context {
    final String note;
    final String file;
    final int line;
    final String section;
    final String claim;
    final String claimText;

    private Context(String note, String file, int line, String section, String claim, String claimText) {
        this.note = note;
        this.file = file;
        this.line = line;
        this.section = section;
        this.claim = claim;
        this.claimText = claimText;
    }

    /** Resolves the context of {@code focus} in {@code g}. */
    static Context of(Graph g, Node focus) {
        Node claim = claimOf(g, focus, 0);
        Node note = noteOf(g, focus);
        if (note == null && claim != null) note = noteOf(g, claim);
        int line = lineOf(g, focus);
        if (line < 0 && claim != null) line = lineOf(g, claim);
        Node section = obj(g, focus, CG.inSection);
        if (section == null && claim != null) section = obj(g, claim, CG.inSection);
        String text = null;
        if (claim != null) text = lex(obj(g, claim, CG.text));
        if (text == null) text = lex(obj(g, focus, CG.subject));
        String sectionPath = section == null
                ? null
                : firstNonNull(lex(obj(g, section, CG.headingPath)), lex(obj(g, section, CG.heading)));
        return new Context(
                note == null ? null : note.getURI(),
                note == null ? null : lex(obj(g, note, CG.sourcePath)),
                line,
                sectionPath,
                claim == null || !claim.isURI() ? null : claim.getURI(),
                text);
    }

    private static Node claimOf(Graph g, Node focus, int depth) {
        if (focus == null || depth > 4) return null;
        if (g.contains(focus, CG.hasProvenance, Node.ANY)
                || g.contains(focus, CG.text, Node.ANY)
                || g.contains(focus, RDF.type.asNode(), CG.Claim)) {
            if (!g.contains(focus, RDF.type.asNode(), CG.Note)) return focus;
        }
        for (Node p : List.of(CG.hasProvenance, CG.hasMeasurement, CG.hasStatusAssertion, CG.hasAssessment)) {
            Node s = subj(g, p, focus);
            if (s != null) return claimOf(g, s, depth + 1);
        }
        Node annotated = obj(g, focus, CG.annotates);
        if (annotated != null) return annotated;
        return null;
    }

    private static Node noteOf(Graph g, Node focus) {
        if (g.contains(focus, RDF.type.asNode(), CG.Note) || g.contains(focus, CG.sourcePath, Node.ANY)) return focus;
        Node n = obj(g, focus, CG.inNote);
        if (n != null) return n;
        n = subj(g, CG.hasLineReference, focus);
        if (n != null) return n;
        for (Node p : List.of(CG.hasStatusAssertion, CG.hasAssessment)) {
            Node s = subj(g, p, focus);
            if (s != null) {
                Node r = noteOf(g, s);
                if (r != null) return r;
            }
        }
        return null;
    }

    private static int lineOf(Graph g, Node focus) {
        for (Node p : List.of(CG.fromLine, CG.firstLine, CG.line)) {
            Node v = obj(g, focus, p);
            if (v != null && v.isLiteral()) {
                try {
                    return Integer.parseInt(v.getLiteralLexicalForm().trim());
                } catch (NumberFormatException ignored) {
                }
            }
        }
        return -1;
    }

    static Node obj(Graph g, Node s, Node p) {
        ExtendedIterator<Triple> it = g.find(s, p, Node.ANY);
        try {
            List<Node> all = new ArrayList<>();
            while (it.hasNext()) all.add(it.next().getObject());
            if (all.isEmpty()) return null;
            // prefer a @zh literal for texts, else the first in a stable order
            for (Node n : all) if (n.isLiteral() && "zh".equalsIgnoreCase(n.getLiteralLanguage())) return n;
            all.sort((a, b) -> a.toString().compareTo(b.toString()));
            return all.get(0);
        } finally {
            it.close();
        }
    }

    /**
     * The subject of ({@code ?s p o}); of several, the least in string order, so the answer does
     * not depend on the order a graph lists its triples in (a full audit and the live audit read
     * differently built graphs and must resolve the same claim for a block annotating several).
     */
    static Node subj(Graph g, Node p, Node o) {
        ExtendedIterator<Triple> it = g.find(Node.ANY, p, o);
        try {
            Node best = null;
            while (it.hasNext()) {
                Node s = it.next().getSubject();
                if (best == null || s.toString().compareTo(best.toString()) < 0) best = s;
            }
            return best;
        } finally {
            it.close();
        }
    }

    static String lex(Node n) {
        return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
