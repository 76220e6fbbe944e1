package org.claimgraph.writeback;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.corpus.CorpusGenerator;
import org.claimgraph.extract.Model;
import org.claimgraph.extract.NoteExtractor;
import org.claimgraph.extract.Seeds;
import org.claimgraph.extract.VerificationStatus;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.NoteMapper;
import org.claimgraph.testing.Prerequisites;
import org.junit.jupiter.api.Test;

/**
 * The round-trip property over real and generated notes: for every rated assessment of every
 * block, recording the values it already has changes zero bytes; recording another status
 * changes only lines inside that block (the status line alone when the date is kept), and the
 * re-mapped graph differs from the old one only in triples about that block, its assessments and
 * their status assertions; recording another status with a method URL the block lacks adds the
 * field in the block (inline or as inserted lines), and the graph, once its line numbers are moved
 * the way the lines moved, differs only in the block's triples, the note mentioning the new URL
 * and the line references that name moved lines, which {@code verify} reports.
 */
class RoundTripTest {
    /**
     * Known refusals (nothing written, the read-back check says why): two seed blocks whose only
     * status is a quoted word inside their title sentence ("当前验证状态为"待验证""), so changing
     * it changes the subject the extractor derives. Any other refusal fails the test.
     */
    private static final Set<String> KNOWN_REFUSALS =
            Set.of("000_53b8c72be127e04e.txt:1155", "000_53b8c72be127e04e.txt:1492");

    @Test
    void examples() throws IOException {
        List<String[]> notes = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                notes.add(new String[] {p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)});
            }
        }
        assertTrue(notes.size() >= 2, "the examples folder holds notes");
        check(notes, 10);
    }

    @Test
    void seed() throws IOException {
        Path dir = Seeds.dir();
        Prerequisites.require(dir != null, "../shared/seeds", "clone beside shared/ or set -Dclaimgraph.seeds=DIR");
        List<String[]> notes = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                notes.add(new String[] {p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)});
            }
        }
        check(notes, 50);
    }

    @Test
    void generatedCorpus() {
        List<String[]> notes = new ArrayList<>();
        for (CorpusGenerator.GeneratedNote n :
                CorpusGenerator.generate(12, 20261202L).notes()) {
            notes.add(new String[] {n.path(), n.text()});
        }
        check(notes, 50);
    }

    /** Runs both halves of the property over every rated assessment; {@code minimum} rated assessments must be seen. */
    private static void check(List<String[]> notes, int minimum) {
        List<String> failures = new ArrayList<>();
        int seen = 0;
        int withoutMethod = 0;
        for (String[] n : notes) {
            Model.Note note = NoteExtractor.extract(n[0], n[1]);
            Graph mapped = NoteMapper.map(note);
            for (Model.ProvenanceBlock b : note.blocks()) {
                for (Model.Assessment a : b.assessments()) {
                    if (a.statuses().isEmpty()) continue;
                    seen++;
                    String where = n[0] + ":" + a.statuses().get(0).line() + " (block " + b.firstLine() + "–"
                            + b.lastLine() + ")";
                    String f = sameValues(n[0], n[1], b, a);
                    if (f != null) failures.add(where + " same values: " + f);
                    f = otherStatus(n[0], n[1], mapped, b, a);
                    if (f != null) failures.add(where + " other status: " + f);
                    if (a.checks().methodUrls().isEmpty()) {
                        withoutMethod++;
                        f = insertedMethod(n[0], n[1], mapped, b, a);
                        if (f != null) failures.add(where + " inserted method line: " + f);
                    }
                }
            }
        }
        assertTrue(seen >= minimum, "rated assessments seen: " + seen);
        assertTrue(withoutMethod >= minimum / 10, "assessments without a method URL (field added): " + withoutMethod);
        assertTrue(
                failures.isEmpty(),
                failures.size() + " of " + seen + " failed:\n"
                        + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
    }

    private static String sameValues(String path, String text, Model.ProvenanceBlock b, Model.Assessment a) {
        String url = a.checks().methodUrls().isEmpty()
                ? null
                : a.checks().methodUrls().get(0).url();
        LocalDate date = a.context().updated() != null ? a.context().updated() : b.updated();
        Verification v = new Verification(
                a.statuses().get(0).status(), url, a.context().testEnvironment(), date, LocalDate.of(2026, 12, 2));
        Outcome o = WriteBack.apply(path, text, a.statuses().get(0).line(), v);
        if (o instanceof Outcome.Rejected r) return "rejected: " + r.message() + " " + r.nearest();
        Outcome.Edited e = (Outcome.Edited) o;
        return e.changed() ? "changed bytes:\n" + e.diff() : null;
    }

    /** {@code verify} with the status after the assessment's own, its date kept and {@code url} (or none) as method. */
    private static Outcome withNextStatus(
            String path, String text, Model.ProvenanceBlock b, Model.Assessment a, String url) {
        VerificationStatus old = a.statuses().get(0).status();
        VerificationStatus next = VerificationStatus.values()[(old.ordinal() + 1) % VerificationStatus.values().length];
        LocalDate date = a.context().updated() != null ? a.context().updated() : b.updated();
        return WriteBack.apply(path, text, a.statuses().get(0).line(), new Verification(next, url, null, date, null));
    }

    /** Null for one of the {@link #KNOWN_REFUSALS}, else the failure. */
    private static String refusal(Outcome.Rejected r, String path, Model.Assessment a) {
        boolean known = r.reason() == Outcome.Reason.UNSAFE
                && KNOWN_REFUSALS.contains(path + ":" + a.statuses().get(0).line());
        return known ? null : "rejected: " + r.message();
    }

    private static String otherStatus(
            String path, String text, Graph before, Model.ProvenanceBlock b, Model.Assessment a) {
        Outcome o = withNextStatus(path, text, b, a, null);
        if (o instanceof Outcome.Rejected r) return refusal(r, path, a);
        Outcome.Edited e = (Outcome.Edited) o;
        if (!e.movedReferences().isEmpty()) return "moved references without inserted lines: " + e.movedReferences();
        List<String> x = NoteLines.of(text).contents();
        List<String> y = NoteLines.of(e.after()).contents();
        if (x.size() != y.size()) return "line count changed:\n" + e.diff();
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < x.size(); i++) if (!x.get(i).equals(y.get(i))) changed.add(i + 1);
        if (changed.size() != 1 || changed.get(0) < b.firstLine() || changed.get(0) > b.lastLine()) {
            return "changed lines " + changed + " (expected only the status line):\n" + e.diff();
        }
        return graphDiff(before, NoteMapper.map(NoteExtractor.extract(path, e.after())), b);
    }

    /**
     * Another status plus a method URL the block lacks: the field goes on the status line (inline
     * fields) or on lines of its own inserted into the block, which moves every later line down.
     * The lines before the block are unchanged, those after it unchanged but shifted, inside the
     * block every old line is kept in order except the status line, and once the old graph's line
     * numbers are moved the way the lines moved, the graphs differ only in the block's triples and
     * in the note mentioning the new URL.
     */
    private static String insertedMethod(
            String path, String text, Graph before, Model.ProvenanceBlock b, Model.Assessment a) {
        String url = "https://example.org/checks/" + b.firstLine();
        Outcome o = withNextStatus(path, text, b, a, url);
        if (o instanceof Outcome.Rejected r) return refusal(r, path, a);
        Outcome.Edited e = (Outcome.Edited) o;
        if (!e.after().contains(url)) return "the method URL is not in the note:\n" + e.diff();
        List<String> x = NoteLines.of(text).contents();
        List<String> y = NoteLines.of(e.after()).contents();
        int shift = y.size() - x.size();
        if (shift < 0) return "lines removed:\n" + e.diff();
        if (!y.subList(0, b.firstLine() - 1).equals(x.subList(0, b.firstLine() - 1))) {
            return "a line before the block changed:\n" + e.diff();
        }
        if (!y.subList(b.lastLine() + shift, y.size()).equals(x.subList(b.lastLine(), x.size()))) {
            return "a line after the block changed:\n" + e.diff();
        }
        int[] moved = new int[x.size() + 2];
        List<Integer> rewritten = new ArrayList<>();
        align(x, y, b, shift, moved, rewritten);
        int statusLine = moved[a.statuses().get(0).line()];
        boolean onlyFields = rewritten.contains(statusLine)
                && rewritten.stream()
                        .allMatch(n -> n == statusLine || y.get(n - 1).contains(url));
        if (rewritten.size() > 2 || !onlyFields) {
            return "old block lines rewritten at " + rewritten
                    + " (expected the status line and at most the method line that gains the URL):\n" + e.diff();
        }
        Graph after = NoteMapper.map(NoteExtractor.extract(path, e.after()));
        Node mentions = NodeFactory.createURI(url);
        after.find(Node.ANY, CG.mentionsUrl, mentions).toList().forEach(after::delete);
        int firstMoved = b.lastLine() + 1;
        for (int i = b.firstLine(); i <= b.lastLine(); i++) {
            if (moved[i] != i) {
                firstMoved = i;
                break;
            }
        }
        Set<Node> targetsMoved = shift == 0 ? Set.of() : referencesTargetingFrom(after, moved[firstMoved]);
        Set<Node> reported = referencesFrom(after, e.movedReferences());
        if (!reported.equals(targetsMoved)) {
            return "moved references reported " + e.movedReferences() + ", " + targetsMoved.size()
                    + " reference(s) name lines at or after new line " + moved[firstMoved];
        }
        return graphDiff(shiftLines(before, moved, after), after, b, reported);
    }

    /**
     * Fills {@code moved[i]} with the new number of old line {@code i} (1-based; {@code moved[n+1]}
     * is the new line count + 1) and answers how many old block lines were rewritten in place. An
     * old line is kept when it equals the new line at its position or, while inserted lines are
     * left to place ({@code shift} in all), one of the next ones; a block repeats lines (blank
     * quote lines, the same status phrase twice), so the search never looks further than that.
     * {@code rewritten} receives the new numbers of the rewritten lines.
     */
    private static int align(
            List<String> x, List<String> y, Model.ProvenanceBlock b, int shift, int[] moved, List<Integer> rewritten) {
        for (int i = 1; i < b.firstLine(); i++) moved[i] = i;
        for (int i = b.lastLine() + 1; i <= x.size() + 1; i++) moved[i] = i + shift;
        int budget = shift;
        int j = b.firstLine() - 1; // index into y of the next new line to match
        for (int i = b.firstLine(); i <= b.lastLine(); i++) {
            int k = -1;
            for (int d = 0; d <= budget && j + d < y.size(); d++) {
                if (y.get(j + d).equals(x.get(i - 1))) {
                    k = d;
                    break;
                }
            }
            if (k < 0) {
                rewritten.add(j + 1);
                moved[i] = j + 1;
                j++;
            } else {
                moved[i] = j + k + 1;
                budget -= k;
                j += k + 1;
            }
        }
        return rewritten.size();
    }

    /** The line-valued properties of the ontology that name a position (first or only line). */
    private static final Set<Node> LINE_STARTS =
            Set.of(CG.line, CG.firstLine, CG.annotatesFirstLine, CG.fromLine, CG.actualLine);

    /**
     * The line-valued properties that end a range. Lines inserted right after a range's last line
     * may or may not extend it (a list item's continuation does, a block after a paragraph does
     * not), so either end is accepted when the new graph has it.
     */
    private static final Set<Node> LINE_ENDS = Set.of(CG.lastLine, CG.annotatesLastLine, CG.lineCount);

    /** A copy of {@code g} with every line number moved as {@code moved} says. */
    private static Graph shiftLines(Graph g, int[] moved, Graph after) {
        Graph out = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        for (Triple t : g.find().toList()) {
            Node o = t.getObject();
            boolean start = LINE_STARTS.contains(t.getPredicate());
            boolean end = LINE_ENDS.contains(t.getPredicate());
            if ((start || end) && o.isLiteral()) {
                int v = Integer.parseInt(o.getLiteralLexicalForm());
                if (v >= 1 && v < moved.length - 1) {
                    int to = start ? moved[v] : moved[v + 1] - 1;
                    if (end && !start && moved[v] < to) {
                        Node shorter = NodeFactory.createLiteralDT(Integer.toString(moved[v]), o.getLiteralDatatype());
                        if (after.contains(t.getSubject(), t.getPredicate(), shorter)) to = moved[v];
                    }
                    o = NodeFactory.createLiteralDT(Integer.toString(to), o.getLiteralDatatype());
                }
            }
            out.add(Triple.create(t.getSubject(), t.getPredicate(), o));
        }
        return out;
    }

    /** The line-reference nodes of {@code g} from the lines of the reported "L<line>: …" items. */
    private static Set<Node> referencesFrom(Graph g, List<String> reported) {
        Set<String> lines = new HashSet<>();
        for (String r : reported) lines.add(r.substring(1, r.indexOf(':')));
        Set<Node> out = new HashSet<>();
        for (Triple t : g.find(Node.ANY, CG.fromLine, Node.ANY).toList()) {
            if (lines.contains(t.getObject().getLiteralLexicalForm())) out.add(t.getSubject());
        }
        return out;
    }

    /**
     * The line-reference nodes of {@code g} that name a line at or after {@code line}: inserted
     * lines moved what they pointed at, a change outside the block that {@code verify} reports.
     */
    private static Set<Node> referencesTargetingFrom(Graph g, int line) {
        Set<Node> out = new HashSet<>();
        for (Triple t : g.find(Node.ANY, RDF.type.asNode(), CG.LineReference).toList()) {
            Node r = t.getSubject();
            for (Node p : List.of(CG.targetFirstLine, CG.targetLastLine)) {
                for (Triple v : g.find(r, p, Node.ANY).toList()) {
                    if (Integer.parseInt(v.getObject().getLiteralLexicalForm()) >= line) out.add(r);
                }
            }
        }
        return out;
    }

    /** Null when the graphs differ only in triples whose subject is the block, one of its assessments or status assertions. */
    static String graphDiff(Graph g1, Graph g2, Model.ProvenanceBlock b) {
        return graphDiff(g1, g2, b, Set.of());
    }

    /** As above, also allowing changes to the triples of the {@code alsoAllowed} nodes. */
    static String graphDiff(Graph g1, Graph g2, Model.ProvenanceBlock b, Set<Node> alsoAllowed) {
        Set<Node> own = blockNodes(g1, b);
        own.addAll(blockNodes(g2, b));
        own.addAll(alsoAllowed);
        List<String> stray = new ArrayList<>();
        for (Triple t : g1.find().toList()) if (!g2.contains(t) && !ofBlock(t, own)) stray.add("- " + t);
        for (Triple t : g2.find().toList()) if (!g1.contains(t) && !ofBlock(t, own)) stray.add("+ " + t);
        return stray.isEmpty()
                ? null
                : "triples outside the block changed: " + stray.subList(0, Math.min(5, stray.size()));
    }

    /** A triple about the block: from one of its nodes, or a link into one (a claim's cg:hasProvenance). */
    private static boolean ofBlock(Triple t, Set<Node> own) {
        return own.contains(t.getSubject()) || own.contains(t.getObject());
    }

    /** The line references written on lines {@code first}–{@code last} (a block's own text). */
    private static Set<Node> referencesFromLines(Graph g, int first, int last) {
        Set<Node> out = new HashSet<>();
        for (Triple t : g.find(Node.ANY, CG.fromLine, Node.ANY).toList()) {
            int line = Integer.parseInt(t.getObject().getLiteralLexicalForm());
            if (line >= first && line <= last) out.add(t.getSubject());
        }
        return out;
    }

    /**
     * The block, its assessments, their status assertions, the fields of all of them and the line
     * references written inside the block.
     */
    private static Set<Node> blockNodes(Graph g, Model.ProvenanceBlock b) {
        Set<Node> out = new HashSet<>();
        for (Triple t : g.find(Node.ANY, RDF.type.asNode(), CG.ProvenanceBlock).toList()) {
            Node n = t.getSubject();
            if (!g.find(n, CG.firstLine, Node.ANY).toList().stream()
                    .anyMatch(x -> x.getObject().getLiteralLexicalForm().equals(Integer.toString(b.firstLine()))))
                continue;
            out.add(n);
            for (Triple l : g.find(n, CG.lastLine, Node.ANY).toList()) {
                out.addAll(referencesFromLines(
                        g, b.firstLine(), Integer.parseInt(l.getObject().getLiteralLexicalForm())));
            }
            for (Triple f : g.find(n, CG.field, Node.ANY).toList()) out.add(f.getObject());
            for (Triple h : g.find(n, CG.hasAssessment, Node.ANY).toList()) {
                out.add(h.getObject());
                for (Triple s :
                        g.find(h.getObject(), CG.hasStatusAssertion, Node.ANY).toList()) out.add(s.getObject());
                for (Triple f : g.find(h.getObject(), CG.field, Node.ANY).toList()) out.add(f.getObject());
            }
        }
        return out;
    }
}
