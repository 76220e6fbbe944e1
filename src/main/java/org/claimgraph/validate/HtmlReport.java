package org.claimgraph.validate;

import static org.claimgraph.validate.ReportText.abbrev;
import static org.claimgraph.validate.ReportText.coverageCells;
import static org.claimgraph.validate.ReportText.grouped;
import static org.claimgraph.validate.ReportText.h;
import static org.claimgraph.validate.ReportText.htmlRow;
import static org.claimgraph.validate.ReportText.multiplierCells;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimgraph.extract.VerificationStatus;

/**
 * The audit report as one self-contained HTML file: inline CSS and an inline SVG chart of status
 * counts per section; no scripts, no network (layout: see {@link ReportWriters}).
 */
final class HtmlReport {
    private HtmlReport() {}

    /** Chart colour by notation, scheme order, then "other": read from {@link VerificationStatus}. */
    static final Map<String, String> COLOURS = new LinkedHashMap<>();

    static {
        for (VerificationStatus s : VerificationStatus.values()) COLOURS.put(s.notation(), s.colour());
        COLOURS.put(Audit.Statuses.OTHER, VerificationStatus.NO_STATUS_COLOUR);
    }

    static String write(Audit.Result r) {
        StringBuilder b = new StringBuilder();
        head(b, r);
        summary(b, r);
        b.append("\n<h2>Status per section</h2>\n").append(svgChart(r)).append('\n');
        coverage(b, r);
        unverifiable(b, r);
        multipliers(b, r);
        findings(b, r);
        b.append("</body></html>\n");
        return b.toString();
    }

    /** Doctype, title and style sheet. */
    private static void head(StringBuilder b, Audit.Result r) {
        b.append("<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>claimgraph audit ")
                .append(r.asOf())
                .append("</title>\n<style>")
                .append(
                        "body{font-family:system-ui,sans-serif;margin:2em;max-width:75em}table{border-collapse:collapse;margin:.5em 0}")
                .append("td,th{border:1px solid #d0d7de;padding:.2em .5em;text-align:left;vertical-align:top}")
                .append(
                        ".violation{color:#cf222e;font-weight:bold}.warning{color:#9a6700;font-weight:bold}.info{color:#0969da}")
                .append("code{background:#f6f8fa;padding:0 .2em}</style></head><body>\n");
    }

    /** Heading, audit date, severity and status counts. */
    private static void summary(StringBuilder b, Audit.Result r) {
        b.append("<h1>claimgraph audit</h1><p>Audit date ")
                .append(r.asOf())
                .append(" · SHACL conforms: ")
                .append(r.conforms())
                .append("</p>\n<h2>Summary</h2><table><tr><th>severity</th><th>findings</th></tr>");
        r.countsBySeverity()
                .forEach((s, n) -> b.append("<tr><td class=\"")
                        .append(s.label())
                        .append("\">")
                        .append(s.label())
                        .append("</td><td>")
                        .append(n)
                        .append("</td></tr>"));
        b.append("</table><table><tr><th>status</th><th>status assertions</th></tr>");
        r.countsByStatus().forEach((s, n) -> b.append(htmlRow(s, n)));
        b.append("</table>");
    }

    /** Per note: stated against actual coverage. */
    private static void coverage(StringBuilder b, Audit.Result r) {
        b.append(
                "<h2>Coverage</h2><table><tr><th>note</th><th>stated</th><th>provenance blocks</th><th>annotated claims</th><th>unannotated claims with figures</th><th>covered</th><th>verdict</th></tr>");
        for (CoverageCheck.Result c : r.coverage())
            b.append(htmlRow(coverageCells(c, ReportText::h, "<b>contradicted</b>")));
    }

    /** Claims marked ❌. */
    private static void unverifiable(StringBuilder b, Audit.Result r) {
        b.append("</table>\n<h2>Unverifiable claims (❌)</h2><table><tr><th>file:line</th><th>claim</th></tr>");
        for (Finding f : r.byRule("unverifiable-claim")) b.append(htmlRow(h(f.location()), h(f.claimText())));
    }

    /** Stated multipliers against the figures they multiply. */
    private static void multipliers(StringBuilder b, Audit.Result r) {
        b.append(
                "</table>\n<h2>Multiplier arithmetic</h2><table><tr><th>file:line</th><th>stated</th><th>figures</th><th>computed</th><th>result</th></tr>");
        for (MultiplierCheck.Result m : r.multipliers()) b.append(htmlRow(multiplierCells(m, ReportText::h)));
    }

    /** Findings by note, one table per section. */
    private static void findings(StringBuilder b, Audit.Result r) {
        b.append("</table>\n<h2>Findings</h2>\n");
        for (var note : grouped(r.findings()).entrySet()) {
            b.append("<h3>").append(h(note.getKey())).append("</h3>\n");
            for (var sec : note.getValue().entrySet()) {
                b.append("<h4>")
                        .append(h(sec.getKey()))
                        .append(
                                "</h4><table><tr><th>severity</th><th>rule</th><th>file:line</th><th>claim</th><th>what is wrong</th><th>what to do</th></tr>\n");
                for (Finding f : sec.getValue())
                    b.append("<tr><td class=\"")
                            .append(f.severity().label())
                            .append("\">")
                            .append(f.severity().label())
                            .append("</td><td><code>")
                            .append(h(f.rule()))
                            .append("</code></td><td>")
                            .append(h(f.location()))
                            .append("</td><td>")
                            .append(h(abbrev(f.claimText(), 200)))
                            .append("</td><td>")
                            .append(h(f.message()))
                            .append("</td><td>")
                            .append(h(f.action()))
                            .append("</td></tr>\n");
                b.append("</table>\n");
            }
        }
    }

    /** One bar of the chart: a section of a note and its claims counted by status. */
    private record Bar(String file, String section, Map<String, Integer> counts) {}

    private static final int LABEL_W = 360, BAR_W = 420, ROW_H = 18, TOP = 28;

    /** Horizontal stacked bars: one per section, one segment per status, under a legend of the statuses. */
    static String svgChart(Audit.Result r) {
        List<Bar> bars = new ArrayList<>();
        r.statusBySection().forEach((file, sections) -> sections.forEach((sec, c) -> bars.add(new Bar(file, sec, c))));
        int max = 1;
        for (Bar bar : bars)
            max = Math.max(
                    max,
                    bar.counts().values().stream().mapToInt(Integer::intValue).sum());
        int height = TOP + bars.size() * ROW_H + 10;
        StringBuilder b = new StringBuilder();
        b.append(
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"status counts per section\" width=\"")
                .append(LABEL_W + BAR_W + 60)
                .append("\" height=\"")
                .append(height)
                .append("\" font-size=\"11\" font-family=\"sans-serif\">");
        legend(b);
        for (int i = 0; i < bars.size(); i++) bar(b, bars.get(i), TOP + i * ROW_H, max);
        b.append("</svg>");
        return b.toString();
    }

    /** A coloured square and the name of each status, in one line at the top. */
    private static void legend(StringBuilder b) {
        int x = 0;
        for (var e : COLOURS.entrySet()) {
            b.append("<rect x=\"")
                    .append(x)
                    .append("\" y=\"4\" width=\"10\" height=\"10\" fill=\"")
                    .append(e.getValue())
                    .append("\"/>")
                    .append("<text x=\"")
                    .append(x + 14)
                    .append("\" y=\"13\">")
                    .append(e.getKey())
                    .append("</text>");
            x += 14 + e.getKey().length() * 7 + 12;
        }
    }

    /** One bar at height {@code y}: the section's label (its last two heading levels), segments, total. */
    private static void bar(StringBuilder b, Bar bar, int y, int max) {
        String[] parts = bar.section().split(" > ");
        String tail = parts.length > 2 ? parts[parts.length - 2] + " > " + parts[parts.length - 1] : bar.section();
        b.append("<text x=\"")
                .append(LABEL_W - 6)
                .append("\" y=\"")
                .append(y + 12)
                .append("\" text-anchor=\"end\"><title>")
                .append(h(bar.file() + " — " + bar.section()))
                .append("</title>")
                .append(h(abbrev(tail, 52)))
                .append("</text>");
        int bx = LABEL_W, total = 0;
        for (var e : COLOURS.entrySet()) {
            int n = bar.counts().getOrDefault(e.getKey(), 0);
            if (n == 0) continue;
            int w = Math.max(1, Math.round((float) n * BAR_W / max));
            segment(b, bx, y, w, e.getValue(), e.getKey() + ": " + n);
            bx += w;
            total += n;
        }
        b.append("<text x=\"")
                .append(bx + 4)
                .append("\" y=\"")
                .append(y + 12)
                .append("\">")
                .append(total)
                .append("</text>");
    }

    private static void segment(StringBuilder b, int x, int y, int w, String colour, String title) {
        b.append("<rect x=\"")
                .append(x)
                .append("\" y=\"")
                .append(y + 2)
                .append("\" width=\"")
                .append(w)
                .append("\" height=\"")
                .append(ROW_H - 4)
                .append("\" fill=\"")
                .append(colour)
                .append("\"><title>")
                .append(title)
                .append("</title></rect>");
    }
}
