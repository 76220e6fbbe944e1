package org.claimgraph.validate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Renders {@link FindingChanges} as the "Since" part of an audit report: a Markdown section, an
 * HTML section with an inline SVG line chart of findings per severity over the recorded runs, and
 * the JSON members {@code since}, {@code sinceCounts}, {@code new}, {@code resolved}, {@code open}
 * (items: rule, severity, note, line, message). Each is added to the report {@link ReportWriters} made.
 */
public final class SinceReport {
    private SinceReport() {}

    private static final Map<Severity, String> COLOURS =
            Map.of(Severity.VIOLATION, "#cf222e", Severity.WARNING, "#9a6700", Severity.INFO, "#0969da");

    /** The report with the since part added: {@code format} is md, html or json. */
    public static String addTo(String report, String format, FindingChanges c) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "md", "markdown" -> report + markdown(c);
            case "html" -> {
                int end = report.lastIndexOf("</body>");
                yield end < 0 ? report + html(c) : report.substring(0, end) + html(c) + report.substring(end);
            }
            case "json" -> json(report, c);
            default -> throw new IllegalArgumentException("format must be md, html or json: " + format);
        };
    }

    static String markdown(FindingChanges c) {
        StringBuilder b = new StringBuilder("\n## Since ")
                .append(c.since())
                .append("\n\n| severity | new | resolved | still open |\n| --- | ---: | ---: | ---: |\n");
        Map<Severity, Integer> n = FindingChanges.counts(c.added()),
                r = FindingChanges.counts(c.resolved()),
                o = FindingChanges.counts(c.open());
        for (Severity s : Severity.values()) b.append(ReportText.mdRow(s.label(), n.get(s), r.get(s), o.get(s)));
        section(b, "New", c.added());
        section(b, "Resolved", c.resolved());
        section(b, "Still open", c.open());
        return b.toString();
    }

    private static void section(StringBuilder b, String title, List<Finding> fs) {
        b.append("\n### ").append(title).append(" (").append(fs.size()).append(")\n\n");
        for (Finding f : fs)
            b.append("- ")
                    .append(f.severity().label())
                    .append(" `")
                    .append(f.rule())
                    .append("` ")
                    .append(f.location())
                    .append(": ")
                    .append(f.message() == null ? "" : f.message().replace("\n", " "))
                    .append('\n');
    }

    static String html(FindingChanges c) {
        StringBuilder b = new StringBuilder("<h2>Since ")
                .append(c.since())
                .append("</h2><table><tr><th>severity</th><th>new</th><th>resolved</th><th>still open</th></tr>");
        Map<Severity, Integer> n = FindingChanges.counts(c.added()),
                r = FindingChanges.counts(c.resolved()),
                o = FindingChanges.counts(c.open());
        for (Severity s : Severity.values())
            b.append("<tr><td class=\"")
                    .append(s.label())
                    .append("\">")
                    .append(s.label())
                    .append("</td><td>")
                    .append(n.get(s))
                    .append("</td><td>")
                    .append(r.get(s))
                    .append("</td><td>")
                    .append(o.get(s))
                    .append("</td></tr>");
        b.append("</table>\n").append(chart(c.timeline()));
        htmlList(b, "New", c.added());
        htmlList(b, "Resolved", c.resolved());
        htmlList(b, "Still open", c.open());
        return b.toString();
    }

    private static void htmlList(StringBuilder b, String title, List<Finding> fs) {
        b.append("<h3>").append(title).append(" (").append(fs.size()).append(")</h3><ul>");
        for (Finding f : fs)
            b.append("<li><span class=\"")
                    .append(f.severity().label())
                    .append("\">")
                    .append(f.severity().label())
                    .append("</span> <code>")
                    .append(esc(f.rule()))
                    .append("</code> ")
                    .append(esc(f.location()))
                    .append(": ")
                    .append(esc(f.message()))
                    .append("</li>");
        b.append("</ul>\n");
    }

    /** Findings per severity after each recorded run, as an inline SVG line chart (one polyline per severity). */
    static String chart(List<FindingChanges.Point> points) {
        if (points.isEmpty()) return "<p>No recorded runs to chart.</p>\n";
        int w = 640, h = 220, left = 40, bottom = 30, top = 10;
        int max = 1;
        for (FindingChanges.Point p : points) for (int v : p.counts().values()) max = Math.max(max, v);
        double dx = points.size() == 1 ? 0 : (double) (w - left - 10) / (points.size() - 1);
        StringBuilder b = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(w)
                .append("\" height=\"")
                .append(h)
                .append("\" role=\"img\" aria-label=\"findings per severity over recorded runs\">");
        b.append("<line x1=\"")
                .append(left)
                .append("\" y1=\"")
                .append(h - bottom)
                .append("\" x2=\"")
                .append(w)
                .append("\" y2=\"")
                .append(h - bottom)
                .append("\" stroke=\"#888\"/>");
        b.append("<text x=\"2\" y=\"")
                .append(top + 10)
                .append("\" font-size=\"11\">")
                .append(max)
                .append("</text>");
        for (Severity s : Severity.values()) {
            StringBuilder pts = new StringBuilder();
            for (int i = 0; i < points.size(); i++) {
                double x = left + i * dx;
                double y = (h - bottom) - (double) points.get(i).counts().getOrDefault(s, 0) / max * (h - bottom - top);
                pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            }
            b.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"")
                    .append(COLOURS.get(s))
                    .append("\" points=\"")
                    .append(pts.toString().strip())
                    .append("\"><title>")
                    .append(s.label())
                    .append("</title></polyline>");
        }
        for (int i = 0; i < points.size(); i++) {
            if (points.size() > 8 && i % (points.size() / 8 + 1) != 0 && i != points.size() - 1) continue;
            b.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%s</text>",
                    left + i * dx,
                    h - 10,
                    points.get(i).time().toString().substring(0, 10)));
        }
        return b.append("</svg>\n").toString();
    }

    static String json(String report, FindingChanges c) {
        String r = report.stripTrailing();
        if (!r.endsWith("}")) throw new IllegalArgumentException("not a JSON object report");
        JsonObject counts = new JsonObject();
        Map<Severity, Integer> n = FindingChanges.counts(c.added()),
                rs = FindingChanges.counts(c.resolved()),
                o = FindingChanges.counts(c.open());
        for (Severity s : Severity.values()) {
            JsonObject one = new JsonObject();
            one.put("new", n.get(s));
            one.put("resolved", rs.get(s));
            one.put("open", o.get(s));
            counts.put(s.label(), one);
        }
        return r.substring(0, r.length() - 1).stripTrailing()
                + ",\n  \"since\": "
                + JSON.toStringFlat(
                        new org.apache.jena.atlas.json.JsonString(c.since().toString()))
                + ",\n  \"sinceCounts\": " + JSON.toStringFlat(counts)
                + ",\n  \"new\": " + JSON.toStringFlat(items(c.added()))
                + ",\n  \"resolved\": " + JSON.toStringFlat(items(c.resolved()))
                + ",\n  \"open\": " + JSON.toStringFlat(items(c.open())) + "\n}\n";
    }

    private static JsonArray items(List<Finding> fs) {
        JsonArray a = new JsonArray();
        for (Finding f : fs) {
            JsonObject o = new JsonObject();
            o.put("rule", f.rule());
            o.put("severity", f.severity().label());
            o.put("note", f.file() == null ? "" : f.file());
            if (f.line() > 0) o.put("line", f.line());
            o.put("message", f.message() == null ? "" : f.message());
            a.add(o);
        }
        return a;
    }

    private static String esc(String s) {
        if (s == null) return "";
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
