package org.claimgraph.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.claimgraph.rdf.CG;

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

    // "85 × 更小", "10×" (not "9×6" dimensions), "8.7 倍", "→1/10", "仅为 … 1/10", "↓90%", "降低 95 %", "提升 300%"
    private static final Pattern TIMES = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*×(?!\\s*\\d)");
    private static final Pattern BEI = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*倍");
    private static final Pattern FRACTION =
            Pattern.compile("(?:→|仅为|为|降至|降到)[^，,。；;|]*?(?<![\\d.])1\\s*/\\s*(\\d+(?:\\.\\d+)?)");
    private static final Pattern DOWN_PCT = Pattern.compile("(?:↓|降低|下降|减少|缩小)\\s*(\\d+(?:\\.\\d+)?)\\s*%");
    private static final Pattern UP_PCT = Pattern.compile("(?:↑|提升|提高|增加)\\s*(\\d+(?:\\.\\d+)?)\\s*%");

    // a figure: number (with thin thousands groups "3 200") and an optional unit
    // a range "70-80GB", "1.2–1.5 s" is one figure whose value is an interval (group 2 = its upper end)
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\w.])(\\d{1,3}(?: \\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s*[-–—~～]\\s*(\\d+(?:\\.\\d+)?))?\\s*"
                    + "(ms|µs|us|s|秒|KB|MB|GB|TB|%|Pod|pods|QPS|k|万)?(?![\\w/])");

    private static final Pattern PURE_FIGURE = Pattern.compile(
            "\\s*[~≈<>≤≥]?\\s*(\\d{1,3}(?: \\d{3})+|\\d+(?:\\.\\d+)?)\\s*(ms|µs|us|s|秒|KB|MB|GB|TB|%|Pod|pods|QPS|k|万)?\\s*");

    /** Runs the check over every claim text and assessment subject of {@code g}. */
    public static List<Result> run(Graph g) {
        Map<String, Result> out = new LinkedHashMap<>();
        List<Unit> units = units(g);
        for (Unit u : units) {
            for (Stated s : stated(u.text)) {
                Result r = check(g, u, s, units);
                out.putIfAbsent(u.note + "|" + u.line + "|" + s.expression + "|" + u.text, r);
            }
        }
        List<Result> list = new ArrayList<>(out.values());
        list.sort(Comparator.comparing((Result r) -> String.valueOf(r.file()))
                .thenComparingInt(Result::line)
                .thenComparing(Result::expression));
        return list;
    }

    /** Findings: Warning for unsupported multipliers, Info for those with no figures. */
    public static List<Finding> findings(List<Result> results, Graph g) {
        List<Finding> out = new ArrayList<>();
        for (Result r : results) {
            if (r.outcome() == Outcome.SUPPORTED) continue;
            Context c =
                    r.claim() == null ? null : Context.of(g, org.apache.jena.graph.NodeFactory.createURI(r.claim()));
            String section = c == null ? null : c.section;
            if (r.outcome() == Outcome.UNSUPPORTED) {
                out.add(new Finding(
                        Severity.WARNING,
                        "multiplier-unsupported",
                        r.note(),
                        r.file(),
                        r.line(),
                        section,
                        r.claim(),
                        r.text(),
                        String.format(
                                Locale.ROOT,
                                "Stated \"%s\" (factor %s) but the figures %s give %s (more than %d %% off)",
                                r.expression(),
                                fmt(r.stated()),
                                r.figures(),
                                fmt(r.computed()),
                                Math.round(TOLERANCE * 100)),
                        "correct the multiplier to match the figures, or correct the figures",
                        null));
            } else {
                out.add(new Finding(
                        Severity.INFO,
                        "multiplier-no-figures",
                        r.note(),
                        r.file(),
                        r.line(),
                        section,
                        r.claim(),
                        r.text(),
                        "Stated \"" + r.expression() + "\" but no two comparable figures were found beside it",
                        "give the two figures it compares (e.g. \"A ms vs B ms\") or a line reference to them",
                        null));
            }
        }
        return out;
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

    // ------------------------------------------------------------------ stated multipliers

    record Stated(String expression, double factor, int start, int cell) {}

    static List<Stated> stated(String text) {
        List<Stated> out = new ArrayList<>();
        String[] cells = text.split("\\|", -1);
        int offset = 0;
        for (int ci = 0; ci < cells.length; ci++) {
            String cell = cells[ci];
            int cellIndex = cells.length > 1 ? ci : -1;
            find(out, TIMES, cell, offset, cellIndex, m -> Double.parseDouble(m.group(1)));
            find(out, BEI, cell, offset, cellIndex, m -> Double.parseDouble(m.group(1)));
            find(out, FRACTION, cell, offset, cellIndex, m -> Double.parseDouble(m.group(1)));
            find(out, DOWN_PCT, cell, offset, cellIndex, m -> {
                double p = Double.parseDouble(m.group(1)) / 100.0;
                return p < 1 ? 1.0 / (1.0 - p) : Double.NaN;
            });
            find(out, UP_PCT, cell, offset, cellIndex, m -> 1.0 + Double.parseDouble(m.group(1)) / 100.0);
            offset += cell.length() + 1;
        }
        out.removeIf(s -> Double.isNaN(s.factor) || s.factor <= 0);
        out.sort(Comparator.comparingInt(Stated::start));
        return out;
    }

    private interface Factor {
        double of(Matcher m);
    }

    private static void find(List<Stated> out, Pattern p, String cell, int offset, int cellIndex, Factor f) {
        Matcher m = p.matcher(cell);
        while (m.find()) out.add(new Stated(m.group().trim(), f.of(m), offset + m.start(), cellIndex));
    }

    // ------------------------------------------------------------------ figures

    /** A figure in a normalised unit; {@code high} is the upper end of a range ("70-80GB"), else equal to {@code value}. */
    record Figure(double value, double high, String unit, String raw) {
        Figure(double value, String unit, String raw) {
            this(value, value, unit, raw);
        }
    }

    static List<Figure> figures(String text) {
        List<Figure> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            String unit = m.group(3) == null ? "" : m.group(3);
            double v = Double.parseDouble(m.group(1).replace(" ", ""));
            double h = m.group(2) == null ? v : Double.parseDouble(m.group(2));
            double scale = switch (unit) {
                case "s", "秒" -> 1000;
                case "µs", "us" -> 1.0 / 1000;
                case "KB" -> 1.0 / 1024;
                case "GB" -> 1024;
                case "TB" -> 1024 * 1024;
                case "k" -> 1000;
                case "万" -> 10000;
                default -> 1;
            };
            unit = switch (unit) {
                case "s", "秒", "µs", "us" -> "ms";
                case "KB", "GB", "TB" -> "MB";
                case "k", "万" -> "";
                case "pods" -> "Pod";
                default -> unit;
            };
            out.add(new Figure(
                    v * scale, Math.max(v, h) * scale, unit, m.group().trim()));
        }
        return out;
    }

    /** The factors two comparable figures allow: one value, or an interval when either is a range. */
    record Ratio(double low, double high) {}

    /** Exactly two comparable figures (same normalised unit) → the interval of large ÷ small, else null. */
    static Ratio ratio(List<Figure> figs) {
        if (figs.size() != 2) return null;
        Figure a = figs.get(0), b = figs.get(1);
        if (!a.unit().equals(b.unit())) return null;
        double lo = Double.MAX_VALUE, hi = 0;
        for (double x : new double[] {a.value(), a.high()}) {
            for (double y : new double[] {b.value(), b.high()}) {
                double small = Math.min(x, y), big = Math.max(x, y);
                if (small <= 0) return null;
                lo = Math.min(lo, big / small);
                hi = Math.max(hi, big / small);
            }
        }
        return new Ratio(lo, hi);
    }

    /**
     * Whether a stated factor agrees with the figures: within {@link #TOLERANCE} of the interval, or,
     * for an approximate statement ("约 20 倍"), equal to a factor of the interval rounded to the stated
     * number's significant digits (23.3 → 20).
     */
    static boolean agrees(double stated, Ratio r, boolean approximate) {
        if (stated >= r.low() * (1 - TOLERANCE) && stated <= r.high() * (1 + TOLERANCE)) return true;
        if (!approximate) return false;
        java.math.BigDecimal st = java.math.BigDecimal.valueOf(stated).stripTrailingZeros();
        java.math.MathContext mc = new java.math.MathContext(st.precision()); // "20" → 1 significant digit, "8.7" → 2
        return java.math.BigDecimal.valueOf(r.low()).round(mc).compareTo(st) == 0
                || java.math.BigDecimal.valueOf(r.high()).round(mc).compareTo(st) == 0
                || st.compareTo(java.math.BigDecimal.valueOf(r.low())) > 0
                        && st.compareTo(java.math.BigDecimal.valueOf(r.high())) < 0;
    }

    /** Text with the multiplier expressions removed, so their numbers are not taken for figures. */
    private static String withoutMultipliers(String text) {
        String t = text;
        for (Pattern p : List.of(TIMES, BEI, FRACTION, DOWN_PCT, UP_PCT))
            t = p.matcher(t).replaceAll(" ");
        return t;
    }

    /** Exactly two comparable figures (same normalised unit) → large ÷ small, else null. */
    static Double factor(List<Figure> figs) {
        Ratio r = ratio(figs);
        return r == null ? null : r.low() == r.high() ? r.low() : (r.low() + r.high()) / 2;
    }

    // ------------------------------------------------------------------ the check

    private static Result check(Graph g, Unit u, Stated s, List<Unit> units) {
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
        Ratio ratio = ratio(own);
        Double computed = factor(own);
        String figs = describe(own);
        // (2) same table column
        if (computed == null && s.cell() >= 0) {
            List<Figure> col = columnFigures(u, s.cell(), units);
            computed = factor(col);
            figs = describe(col);
        }
        // (3) a line reference in the claim's own annotation
        if (computed == null) {
            String quoted = QuotedFigures.of(g, u, s);
            if (quoted != null) {
                List<Figure> q = figures(quoted);
                computed = factor(q);
                figs = quoted;
            }
        }
        if (computed == null)
            return new Result(
                    u.note(),
                    u.file(),
                    u.line(),
                    claimIri,
                    u.text(),
                    s.expression(),
                    s.factor(),
                    null,
                    null,
                    Outcome.NO_FIGURES);
        boolean approximate = s.cell() < 0
                && s.start() > 0
                && u.text().substring(Math.max(0, s.start() - 3), s.start()).matches(".*(约|大约|近|≈|~).*");
        boolean ok = ratio != null
                ? agrees(s.factor(), ratio, approximate)
                : Math.abs(computed - s.factor()) <= TOLERANCE * s.factor();
        return new Result(
                u.note(),
                u.file(),
                u.line(),
                claimIri,
                u.text(),
                s.expression(),
                s.factor(),
                computed,
                figs,
                ok ? Outcome.SUPPORTED : Outcome.UNSUPPORTED);
    }

    /** The figures of a clause: both sides of "A vs B", else only figures that carry a unit (not years, counts …). */
    private static List<Figure> unitFigures(String clause) {
        List<Figure> own = vsFigures(withoutMultipliers(clause));
        if (own != null) return own;
        own = figures(withoutMultipliers(clause));
        return own.stream().anyMatch(f -> f.unit().isEmpty()) ? List.of() : own;
    }

    /** The sentence around position {@code at}: delimited by 。；; only. */
    static String sentence(String text, int at) {
        int pos = Math.max(0, Math.min(at, text.length()));
        int start = 0, end = text.length();
        for (int i = pos - 1; i >= 0; i--)
            if ("。；;".indexOf(text.charAt(i)) >= 0) {
                start = i + 1;
                break;
            }
        for (int i = pos; i < text.length(); i++)
            if ("。；;".indexOf(text.charAt(i)) >= 0) {
                end = i;
                break;
            }
        return text.substring(start, end);
    }

    /** The clause around position {@code at}: delimited by ，,。；; (a "vs" comparison keeps its commas-free clause). */
    static String clause(String text, int at) {
        int pos = Math.max(0, Math.min(at, text.length()));
        int start = 0, end = text.length();
        for (int i = pos - 1; i >= 0; i--)
            if ("，,。；;".indexOf(text.charAt(i)) >= 0) {
                start = i + 1;
                break;
            }
        for (int i = pos; i < text.length(); i++)
            if ("，,。；;".indexOf(text.charAt(i)) >= 0) {
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

    private static List<Figure> vsFigures(String text) {
        String[] parts = text.split("\\s+vs\\.?\\s+|\\s+VS\\s+|\\s+对比\\s+");
        if (parts.length != 2) return null;
        List<Figure> left = figures(parts[0]), right = figures(parts[1]);
        if (left.isEmpty() || right.isEmpty()) return null;
        return List.of(left.get(left.size() - 1), right.get(0));
    }

    private static String describe(List<Figure> figs) {
        List<String> raws = new ArrayList<>();
        for (Figure f : figs) raws.add(f.raw());
        return String.join(" vs ", raws);
    }

    /** The figures in column {@code cell} of the contiguous table rows around {@code u}. */
    private static List<Figure> columnFigures(Unit u, int cell, List<Unit> units) {
        int cells = u.text().split("\\|", -1).length;
        Map<Integer, Unit> rowsByLine = new LinkedHashMap<>();
        for (Unit o : units)
            if (o != u
                    && o.note() != null
                    && o.note().equals(u.note())
                    && o.text().split("\\|", -1).length == cells) rowsByLine.putIfAbsent(o.line(), o);
        List<Figure> out = new ArrayList<>();
        for (int dir : new int[] {-1, 1}) {
            for (int l = u.line() + dir; rowsByLine.containsKey(l); l += dir) {
                String c = rowsByLine.get(l).text().split("\\|", -1)[cell];
                if (!stated(c).isEmpty()) continue;
                List<Figure> f = figures(c);
                if (f.size() == 1 && PURE_FIGURE.matcher(c.replace("*", "")).matches()) out.add(f.get(0));
            }
        }
        return out;
    }

    /** The words right before the multiplier in its clause ("镜像体积 →1/10" → "镜像体积"). */
    static String labelBefore(String text, Stated s) {
        int end = Math.min(Math.max(0, s.start()), text.length());
        String before = text.substring(0, end);
        int cut = -1;
        for (char c : new char[] {'，', ',', '。', '；', ';', '|', '：', ':'}) cut = Math.max(cut, before.lastIndexOf(c));
        String label = before.substring(cut + 1).replaceAll("[*→↓↑\\s]+", " ").trim();
        int sp = label.lastIndexOf(' ');
        return sp >= 0 ? label.substring(sp + 1) : label;
    }
}
