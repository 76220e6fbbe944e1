package org.claimgraph.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Text helpers the audit report writers share: grouping, escaping, numbers. */
final class ReportText {
    private ReportText() {}

    /** file → section → findings, in file/line order (findings are sorted already). */
    static Map<String, Map<String, List<Finding>>> grouped(List<Finding> findings) {
        Map<String, Map<String, List<Finding>>> out = new LinkedHashMap<>();
        for (Finding f : findings)
            out.computeIfAbsent(f.file() == null ? "(no note)" : f.file(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(f.section() == null ? "(no section)" : f.section(), k -> new ArrayList<>())
                    .add(f);
        return out;
    }

    static String stated(CoverageCheck.Result c) {
        if (c.statedText() == null && c.statedPercent() == null && c.statedCount() == null) return "—";
        StringBuilder s = new StringBuilder();
        if (c.statedPercent() != null)
            s.append(CoverageCheck.fmt(c.statedPercent())).append(" %");
        if (c.statedCount() != null)
            s.append(s.length() > 0 ? ", " : "")
                    .append(c.statedCount())
                    .append('/')
                    .append(c.statedTotal() == null ? "?" : c.statedTotal());
        return s.length() == 0 ? CoverageCheck.abbreviate(c.statedText(), 40) : s.toString();
    }

    static String outcome(MultiplierCheck.Outcome o) {
        return switch (o) {
            case SUPPORTED -> "ok";
            case UNSUPPORTED -> "NOT SUPPORTED";
            case NO_FIGURES -> "no figures to check";
        };
    }

    static String loc(String file, int line) {
        return (file == null ? "?" : file) + (line > 0 ? ":" + line : "");
    }

    static String abbrev(String s, int max) {
        return s == null ? "" : CoverageCheck.abbreviate(s, max);
    }

    /** A Markdown table row of cells already escaped: {@code | a | b |} and a line end. */
    static String mdRow(Object... cells) {
        StringBuilder b = new StringBuilder("|");
        for (Object c : cells) b.append(' ').append(c).append(" |");
        return b.append('\n').toString();
    }

    /** An HTML table row of cells already escaped: {@code <tr><td>a</td><td>b</td></tr>}. */
    static String htmlRow(Object... cells) {
        StringBuilder b = new StringBuilder("<tr>");
        for (Object c : cells) b.append("<td>").append(c).append("</td>");
        return b.append("</tr>").toString();
    }

    /** A multiplier table's cells, text escaped by {@code esc}: file:line, stated, figures, computed, result. */
    static Object[] multiplierCells(MultiplierCheck.Result m, UnaryOperator<String> esc) {
        return new Object[] {
            esc.apply(loc(m.file(), m.line())),
            esc.apply(m.expression()),
            esc.apply(m.figures() == null ? "—" : m.figures()),
            MultiplierCheck.fmt(m.computed()),
            outcome(m.outcome())
        };
    }

    /**
     * A coverage table's cells, text escaped by {@code esc}: note, stated, blocks, annotated, unannotated,
     * covered, verdict ({@code contradicted} is the verdict as the format stresses it).
     */
    static Object[] coverageCells(CoverageCheck.Result c, UnaryOperator<String> esc, String contradicted) {
        return new Object[] {
            esc.apply(c.file()),
            esc.apply(stated(c)),
            c.blocks(),
            c.annotatedClaims(),
            c.unannotatedClaims(),
            CoverageCheck.fmt(c.actualPercent()) + " %",
            c.statedText() == null ? "no claim" : c.contradicted() ? contradicted : "consistent"
        };
    }

    static String md(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }

    static String h(String s) {
        if (s == null) return "";
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String num(Double d) {
        if (d == null || d.isNaN() || d.isInfinite()) return "null";
        return String.format(Locale.ROOT, "%.4f", d).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
