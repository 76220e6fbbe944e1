package org.claimgraph.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.claimgraph.rdf.CG;
import org.claimgraph.validate.Figures.Figure;
import org.claimgraph.validate.Figures.Ratio;
import org.claimgraph.validate.Multipliers.Stated;

/**
 * Recomputes stated multipliers ("85 × 更小", "提升 8.7 倍", "→1/10", "↓90%", "提升 300%") from the
 * figures they compare and flags those more than {@link #TOLERANCE} off.
 *
 * <p>Where the figures come from, in this order: (1) the same text ("6 ms vs 0.07 ms（提升 85 倍）");
 * (2) the same column of the other rows of the same table (a "提升倍数" row under two figure rows);
 * (3) the figure quoted by a line reference inside the claim's own annotation ("参考：第 N 行（13 MB vs 0.9 MB）"),
 * matched to the multiplier by the metric written before it. When none of these gives exactly two
 * comparable figures the multiplier is recorded as "no figures to check", never silently passed.
 * The factor compared is always large ÷ small of the two figures (units normalised), against the
 * stated factor (N for "N×", "N 倍", "→1/N"; 1/(1−p) for "↓p%"; 1+p for "↑p%"/"提升 p%").
 */
public final class MultiplierCheck {
    private MultiplierCheck() {}

    /** Relative tolerance between stated and computed factor. */
    public static final double TOLERANCE = 0.10;

    public enum Outcome {
        SUPPORTED,
        UNSUPPORTED,
        NO_FIGURES
    }

    /** One stated multiplier and what the figures beside it say. */
    public record Result(
            String note,
            String file,
            int line,
            String claim,
            String text,
            String expression,
            double stated,
            Double computed,
            String figures,
            Outcome outcome) {}

    /** Runs the check over every claim text and assessment subject of {@code g}. */
    public static List<Result> run(Graph g) {
        Map<String, Result> out = new LinkedHashMap<>();
        List<Unit> units = units(g);
        // a table column is looked for among the units of the same note only: grouped once, not
        // filtered out of all units per multiplier (that grew with notes × units)
        Map<String, Map<Integer, List<Unit>>> byNote = new java.util.HashMap<>();
        for (Unit u : units)
            if (u.note() != null)
                byNote.computeIfAbsent(u.note(), k -> new java.util.HashMap<>())
                        .computeIfAbsent(u.line(), k -> new ArrayList<>(1))
                        .add(u);
        QuotedFigures quoted = new QuotedFigures(g);
        for (Unit u : units) {
            for (Stated s : Multipliers.stated(u.text())) {
                Result r = check(u, s, u.note() == null ? Map.of() : byNote.get(u.note()), quoted);
                out.putIfAbsent(u.note() + "|" + u.line() + "|" + s.expression() + "|" + u.text(), r);
            }
        }
        List<Result> list = new ArrayList<>(out.values());
        list.sort(ORDER);
        return list;
    }

    /** The order of {@link #run}'s results: file, line, expression. */
    static final Comparator<Result> ORDER = Comparator.comparing((Result r) -> String.valueOf(r.file()))
            .thenComparingInt(Result::line)
            .thenComparing(Result::expression);

    /** Findings: Warning for unsupported multipliers, Info for those with no figures. */
    public static List<Finding> findings(List<Result> results, Graph g) {
        List<Finding> out = new ArrayList<>();
        for (Result r : results) {
            if (r.outcome() == Outcome.SUPPORTED) continue;
            Context c =
                    r.claim() == null ? null : Context.of(g, org.apache.jena.graph.NodeFactory.createURI(r.claim()));
            String section = c == null ? null : c.section;
            if (r.outcome() == Outcome.UNSUPPORTED) {
                out.add(finding(
                        r,
                        section,
                        Severity.WARNING,
                        "multiplier-unsupported",
                        String.format(
                                Locale.ROOT,
                                "Stated \"%s\" (factor %s) but the figures %s give %s (more than %d %% off)",
                                r.expression(),
                                fmt(r.stated()),
                                r.figures(),
                                fmt(r.computed()),
                                Math.round(TOLERANCE * 100)),
                        "correct the multiplier to match the figures, or correct the figures"));
            } else {
                out.add(finding(
                        r,
                        section,
                        Severity.INFO,
                        "multiplier-no-figures",
                        "Stated \"" + r.expression() + "\" but no two comparable figures were found beside it",
                        "give the two figures it compares (e.g. \"A ms vs B ms\") or a line reference to them"));
            }
        }
        return out;
    }

    private static Finding finding(
            Result r, String section, Severity severity, String rule, String message, String fix) {
        return new Finding(
                severity, rule, r.note(), r.file(), r.line(), section, r.claim(), r.text(), message, fix, null);
    }

    static String fmt(Double d) {
        if (d == null) return "?";
        return d >= 10 ? String.format(Locale.ROOT, "%.1f", d) : String.format(Locale.ROOT, "%.2f", d);
    }

    // ------------------------------------------------------------------ text units

    /** A text with its place: a claim text or an assessment subject. */
    record Unit(Node node, Node claim, String note, String file, int line, String text) {}

    private static List<Unit> units(Graph g) {
        List<Unit> out = new ArrayList<>();
        g.find(Node.ANY, CG.text, Node.ANY).forEachRemaining(t -> add(g, out, t, t.getSubject()));
        g.find(Node.ANY, CG.subject, Node.ANY).forEachRemaining(t -> {
            Node claim = Context.subj(g, CG.hasProvenance, t.getSubject());
            add(g, out, t, claim);
        });
        // a stable order (the graph's own order differs between a full and a live audit)
        out.sort(Comparator.comparing((Unit u) -> String.valueOf(u.note()))
                .thenComparingInt(Unit::line)
                .thenComparing(u -> u.node().toString())
                .thenComparing(Unit::text));
        return out;
    }

    private static void add(Graph g, List<Unit> out, Triple t, Node claim) {
        if (!t.getObject().isLiteral()) return;
        Context c = Context.of(g, t.getSubject());
        out.add(new Unit(
                t.getSubject(), claim, c.note, c.file, c.line, t.getObject().getLiteralLexicalForm()));
    }

    // ------------------------------------------------------------------ the check

    /** {@code noteLines}: the units of {@code u}'s note by line, each line's in the order of {@link #units}. */
    private static Result check(Unit u, Stated s, Map<Integer, List<Unit>> noteLines, QuotedFigures quotedFigures) {
        String claimIri = u.claim() != null && u.claim().isURI() ? u.claim().getURI() : null;
        // (1) same clause of the same text: the figures on both sides of "vs", or two figures with units
        String clause = clause(
                s.cell() >= 0 ? u.text().split("\\|", -1)[s.cell()] : u.text(),
                s.cell() >= 0 ? s.start() - cellOffset(u.text(), s.cell()) : s.start());
        List<Figure> own = unitFigures(clause);
        if (own.isEmpty() && s.cell() < 0) {
            // "内存使用从 70-80GB 降至 3GB，提升约 20 倍": the figures are in the clause before, same sentence
            own = unitFigures(sentence(u.text(), s.start()));
        }
        Ratio ratio = Figures.ratio(own);
        Double computed = Figures.factor(own);
        String figs = Figures.describe(own);
        // (2) same table column
        if (computed == null && s.cell() >= 0) {
            List<Figure> col = columnFigures(u, s.cell(), noteLines);
            computed = Figures.factor(col);
            figs = Figures.describe(col);
        }
        // (3) a line reference in the claim's own annotation
        if (computed == null) {
            String quoted = quotedFigures.of(u, s);
            if (quoted != null) {
                List<Figure> q = Figures.figures(quoted);
                computed = Figures.factor(q);
                figs = quoted;
            }
        }
        if (computed == null) return result(u, s, claimIri, null, null, Outcome.NO_FIGURES);
        boolean approximate = s.cell() < 0
                && s.start() > 0
                && u.text().substring(Math.max(0, s.start() - 3), s.start()).matches(".*(约|大约|近|≈|~).*");
        boolean ok = ratio != null
                ? Figures.agrees(s.factor(), ratio, approximate)
                : Math.abs(computed - s.factor()) <= TOLERANCE * s.factor();
        return result(u, s, claimIri, computed, figs, ok ? Outcome.SUPPORTED : Outcome.UNSUPPORTED);
    }

    private static Result result(Unit u, Stated s, String claimIri, Double computed, String figs, Outcome o) {
        return new Result(
                u.note(), u.file(), u.line(), claimIri, u.text(), s.expression(), s.factor(), computed, figs, o);
    }

    /** The figures of a clause: both sides of "A vs B", else only figures that carry a unit (not years, counts …). */
    private static List<Figure> unitFigures(String clause) {
        List<Figure> own = Figures.vsFigures(Multipliers.withoutMultipliers(clause));
        if (own != null) return own;
        own = Figures.figures(Multipliers.withoutMultipliers(clause));
        return own.stream().anyMatch(f -> f.unit().isEmpty()) ? List.of() : own;
    }

    /** The sentence around position {@code at}: delimited by 。；; only. */
    static String sentence(String text, int at) {
        return around(text, at, "。；;");
    }

    /** The clause around position {@code at}: delimited by ，,。；; (a "vs" comparison keeps its commas-free clause). */
    static String clause(String text, int at) {
        return around(text, at, "，,。；;");
    }

    /** The text around position {@code at} between the nearest {@code delimiters} on either side. */
    private static String around(String text, int at, String delimiters) {
        int pos = Math.max(0, Math.min(at, text.length()));
        int start = 0, end = text.length();
        for (int i = pos - 1; i >= 0; i--)
            if (delimiters.indexOf(text.charAt(i)) >= 0) {
                start = i + 1;
                break;
            }
        for (int i = pos; i < text.length(); i++)
            if (delimiters.indexOf(text.charAt(i)) >= 0) {
                end = i;
                break;
            }
        return text.substring(start, end);
    }

    private static int cellOffset(String text, int cell) {
        int off = 0;
        String[] cells = text.split("\\|", -1);
        for (int i = 0; i < cell; i++) off += cells[i].length() + 1;
        return off;
    }

    /**
     * The figures in column {@code cell} of the contiguous table rows around {@code u}: lines above and below
     * it, as long as each holds a unit with as many cells (the first such of the line). {@code noteLines}: its
     * note's units by line, so that only the rows next to it are read (scanning every unit of the note per
     * multiplier took a 4 MB note's live audit 226 of 1 126 samples, BENCHMARKS.md, session 15).
     */
    private static List<Figure> columnFigures(Unit u, int cell, Map<Integer, List<Unit>> noteLines) {
        int cells = u.text().split("\\|", -1).length;
        List<Figure> out = new ArrayList<>();
        for (int dir : new int[] {-1, 1}) {
            for (Unit row = row(noteLines, u, u.line() + dir, cells);
                    row != null;
                    row = row(noteLines, u, row.line() + dir, cells)) {
                String c = row.text().split("\\|", -1)[cell];
                if (!Multipliers.stated(c).isEmpty()) continue;
                List<Figure> f = Figures.figures(c);
                if (f.size() == 1 && Figures.isPure(c.replace("*", ""))) out.add(f.get(0));
            }
        }
        return out;
    }

    /** The first unit of {@code line} other than {@code u} with {@code cells} cells, or null. */
    private static Unit row(Map<Integer, List<Unit>> noteLines, Unit u, int line, int cells) {
        for (Unit o : noteLines.getOrDefault(line, List.of()))
            if (o != u && o.text().split("\\|", -1).length == cells) return o;
        return null;
    }
}
