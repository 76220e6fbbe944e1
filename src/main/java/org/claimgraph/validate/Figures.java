package org.claimgraph.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For {@link MultiplierCheck}: the figures of a text in normalised units (ms, MB, plain counts)
 * and the factor two comparable figures allow.
 */
final class Figures {
    private Figures() {}

    // a figure: number (with thin thousands groups "3 200") and an optional unit
    // a range "70-80GB", "1.2–1.5 s" is one figure whose value is an interval (group 2 = its upper end)
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\w.])(\\d{1,3}(?: \\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s*[-–—~～]\\s*(\\d+(?:\\.\\d+)?))?\\s*"
                    + "(ms|µs|us|s|秒|KB|MB|GB|TB|%|Pod|pods|QPS|k|万)?(?![\\w/])");

    private static final Pattern PURE_FIGURE = Pattern.compile(
            "\\s*[~≈<>≤≥]?\\s*(\\d{1,3}(?: \\d{3})+|\\d+(?:\\.\\d+)?)\\s*(ms|µs|us|s|秒|KB|MB|GB|TB|%|Pod|pods|QPS|k|万)?\\s*");

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
     * Whether a stated factor agrees with the figures: within {@link MultiplierCheck#TOLERANCE} of the interval, or,
     * for an approximate statement ("约 20 倍"), equal to a factor of the interval rounded to the stated
     * number's significant digits (23.3 → 20).
     */
    static boolean agrees(double stated, Ratio r, boolean approximate) {
        if (stated >= r.low() * (1 - MultiplierCheck.TOLERANCE) && stated <= r.high() * (1 + MultiplierCheck.TOLERANCE))
            return true;
        if (!approximate) return false;
        java.math.BigDecimal st = java.math.BigDecimal.valueOf(stated).stripTrailingZeros();
        java.math.MathContext mc = new java.math.MathContext(st.precision()); // "20" → 1 significant digit, "8.7" → 2
        return java.math.BigDecimal.valueOf(r.low()).round(mc).compareTo(st) == 0
                || java.math.BigDecimal.valueOf(r.high()).round(mc).compareTo(st) == 0
                || st.compareTo(java.math.BigDecimal.valueOf(r.low())) > 0
                        && st.compareTo(java.math.BigDecimal.valueOf(r.high())) < 0;
    }

    /** Exactly two comparable figures (same normalised unit) → large ÷ small, else null. */
    static Double factor(List<Figure> figs) {
        Ratio r = ratio(figs);
        return r == null ? null : r.low() == r.high() ? r.low() : (r.low() + r.high()) / 2;
    }

    /** The figures on both sides of "A vs B" (the last before, the first after), or null. */
    static List<Figure> vsFigures(String text) {
        String[] parts = text.split("\\s+vs\\.?\\s+|\\s+VS\\s+|\\s+对比\\s+");
        if (parts.length != 2) return null;
        List<Figure> left = figures(parts[0]), right = figures(parts[1]);
        if (left.isEmpty() || right.isEmpty()) return null;
        return List.of(left.get(left.size() - 1), right.get(0));
    }

    /** The raw figures joined by " vs ". */
    static String describe(List<Figure> figs) {
        List<String> raws = new ArrayList<>();
        for (Figure f : figs) raws.add(f.raw());
        return String.join(" vs ", raws);
    }

    /** A cell that holds one figure and nothing else ("~ 3 200 ms"). */
    static boolean isPure(String cell) {
        return PURE_FIGURE.matcher(cell).matches();
    }
}
