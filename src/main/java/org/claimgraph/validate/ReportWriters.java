package org.claimgraph.validate;

import com.google.gson.FormattingStyle;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimgraph.extract.VerificationStatus;

/**
 * Renders an {@link Audit.Result} for people: Markdown, a single self-contained HTML file (inline
 * CSS and an inline SVG chart of status counts per section; no scripts, no network) and JSON.
 * Layout of all three: summary counts by status and severity, the coverage comparison, the
 * unverifiable claims, the multiplier checks, then findings grouped by note and section.
 */
public final class ReportWriters {
    private ReportWriters() {}

    /** {@code format}: "md"/"markdown", "html" or "json". */
    public static String render(Audit.Result r, String format) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "md", "markdown" -> markdown(r);
            case "html" -> html(r);
            case "json" -> json(r);
            default -> throw new IllegalArgumentException("format must be md, html or json: " + format);
        };
    }

    // ------------------------------------------------------------------ Markdown

    public static String markdown(Audit.Result r) {
        StringBuilder b = new StringBuilder();
        b.append("# claimgraph audit\n\n");
        b.append("Audit date: ")
                .append(r.asOf())
                .append(" · SHACL conforms: ")
                .append(r.report().conforms())
                .append("\n\n");
        b.append("## Summary\n\n| severity | findings |\n| --- | ---: |\n");
        r.countsBySeverity()
                .forEach((s, n) ->
                        b.append("| ").append(s.label()).append(" | ").append(n).append(" |\n"));
        b.append("\n| status | status assertions |\n| --- | ---: |\n");
        r.countsByStatus()
                .forEach((s, n) ->
                        b.append("| ").append(s).append(" | ").append(n).append(" |\n"));
        b.append(
                "\n## Coverage\n\n| note | stated | provenance blocks | annotated claims | unannotated claims with figures | covered | verdict |\n| --- | --- | ---: | ---: | ---: | ---: | --- |\n");
        for (CoverageCheck.Result c : r.coverage()) {
            b.append("| ")
                    .append(md(c.file()))
                    .append(" | ")
                    .append(md(stated(c)))
                    .append(" | ")
                    .append(c.blocks())
                    .append(" | ")
                    .append(c.annotatedClaims())
                    .append(" | ")
                    .append(c.unannotatedClaims())
                    .append(" | ")
                    .append(CoverageCheck.fmt(c.actualPercent()))
                    .append(" % | ")
                    .append(c.statedText() == null ? "no claim" : c.contradicted() ? "**contradicted**" : "consistent")
                    .append(" |\n");
        }
        for (CoverageCheck.Result c : r.coverage()) {
            if (c.unannotatedExamples().isEmpty()) continue;
            b.append("\nClaims without provenance in ")
                    .append(md(c.file()))
                    .append(" (first ")
                    .append(c.unannotatedExamples().size())
                    .append("):\n\n");
            for (String e : c.unannotatedExamples())
                b.append("- line ").append(md(e)).append('\n');
        }
        b.append("\n## Unverifiable claims (❌)\n\n| file:line | claim |\n| --- | --- |\n");
        for (Finding f : r.byRule("unverifiable-claim"))
            b.append("| ")
                    .append(md(f.location()))
                    .append(" | ")
                    .append(md(abbrev(f.claimText(), 120)))
                    .append(" |\n");
        b.append("\n## Multiplier arithmetic (tolerance ")
                .append(Math.round(MultiplierCheck.TOLERANCE * 100))
                .append(
                        " %)\n\n| file:line | stated | figures | computed | result |\n| --- | --- | --- | ---: | --- |\n");
        for (MultiplierCheck.Result m : r.multipliers())
            b.append("| ")
                    .append(md(loc(m.file(), m.line())))
                    .append(" | ")
                    .append(md(m.expression()))
                    .append(" | ")
                    .append(md(m.figures() == null ? "—" : m.figures()))
                    .append(" | ")
                    .append(MultiplierCheck.fmt(m.computed()))
                    .append(" | ")
                    .append(outcome(m.outcome()))
                    .append(" |\n");
        b.append("\n## Findings\n");
        for (var note : grouped(r.findings()).entrySet()) {
            b.append("\n### ").append(md(note.getKey())).append('\n');
            for (var sec : note.getValue().entrySet()) {
                b.append("\n#### ").append(md(sec.getKey())).append("\n\n");
                for (Finding f : sec.getValue()) {
                    b.append("- **")
                            .append(f.severity().label())
                            .append("** `")
                            .append(f.rule())
                            .append("` ")
                            .append(md(f.location()))
                            .append(" — ")
                            .append(md(f.message()));
                    if (f.claimText() != null) b.append("  \n  claim: ").append(md(abbrev(f.claimText(), 160)));
                    if (!f.action().isEmpty()) b.append("  \n  to do: ").append(md(f.action()));
                    b.append('\n');
                }
            }
        }
        return b.toString();
    }

    // ------------------------------------------------------------------ HTML

    /** Chart colour by notation, scheme order, then "other": read from {@link VerificationStatus}. */
    static final Map<String, String> COLOURS = new LinkedHashMap<>();

    static {
        for (VerificationStatus s : VerificationStatus.values()) COLOURS.put(s.notation(), s.colour());
        COLOURS.put(Audit.Statuses.OTHER, VerificationStatus.NO_STATUS_COLOUR);
    }

    public static String html(Audit.Result r) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>claimgraph audit ")
                .append(r.asOf())
                .append("</title>\n<style>")
                .append(
                        "body{font-family:system-ui,sans-serif;margin:2em;max-width:75em}table{border-collapse:collapse;margin:.5em 0}")
                .append("td,th{border:1px solid #d0d7de;padding:.2em .5em;text-align:left;vertical-align:top}")
                .append(
                        ".violation{color:#cf222e;font-weight:bold}.warning{color:#9a6700;font-weight:bold}.info{color:#0969da}")
                .append("code{background:#f6f8fa;padding:0 .2em}</style></head><body>\n");
        b.append("<h1>claimgraph audit</h1><p>Audit date ")
                .append(r.asOf())
                .append(" · SHACL conforms: ")
                .append(r.report().conforms())
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
        r.countsByStatus()
                .forEach((s, n) -> b.append("<tr><td>")
                        .append(s)
                        .append("</td><td>")
                        .append(n)
                        .append("</td></tr>"));
        b.append("</table>\n<h2>Status per section</h2>\n").append(svgChart(r)).append('\n');
        b.append(
                "<h2>Coverage</h2><table><tr><th>note</th><th>stated</th><th>provenance blocks</th><th>annotated claims</th><th>unannotated claims with figures</th><th>covered</th><th>verdict</th></tr>");
        for (CoverageCheck.Result c : r.coverage())
            b.append("<tr><td>")
                    .append(h(c.file()))
                    .append("</td><td>")
                    .append(h(stated(c)))
                    .append("</td><td>")
                    .append(c.blocks())
                    .append("</td><td>")
                    .append(c.annotatedClaims())
                    .append("</td><td>")
                    .append(c.unannotatedClaims())
                    .append("</td><td>")
                    .append(CoverageCheck.fmt(c.actualPercent()))
                    .append(" %</td><td>")
                    .append(
                            c.statedText() == null
                                    ? "no claim"
                                    : c.contradicted() ? "<b>contradicted</b>" : "consistent")
                    .append("</td></tr>");
        b.append("</table>\n<h2>Unverifiable claims (❌)</h2><table><tr><th>file:line</th><th>claim</th></tr>");
        for (Finding f : r.byRule("unverifiable-claim"))
            b.append("<tr><td>")
                    .append(h(f.location()))
                    .append("</td><td>")
                    .append(h(f.claimText()))
                    .append("</td></tr>");
        b.append(
                "</table>\n<h2>Multiplier arithmetic</h2><table><tr><th>file:line</th><th>stated</th><th>figures</th><th>computed</th><th>result</th></tr>");
        for (MultiplierCheck.Result m : r.multipliers())
            b.append("<tr><td>")
                    .append(h(loc(m.file(), m.line())))
                    .append("</td><td>")
                    .append(h(m.expression()))
                    .append("</td><td>")
                    .append(h(m.figures() == null ? "—" : m.figures()))
                    .append("</td><td>")
                    .append(MultiplierCheck.fmt(m.computed()))
                    .append("</td><td>")
                    .append(outcome(m.outcome()))
                    .append("</td></tr>");
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
        b.append("</body></html>\n");
        return b.toString();
    }

    /** Horizontal stacked bars: one per section, one segment per status. */
    static String svgChart(Audit.Result r) {
        List<String[]> rows = new ArrayList<>();
        List<Map<String, Integer>> counts = new ArrayList<>();
        r.statusBySection()
                .forEach((file, sections) -> sections.forEach((sec, c) -> {
                    rows.add(new String[] {file, sec});
                    counts.add(c);
                }));
        int max = 1;
        for (Map<String, Integer> c : counts)
            max = Math.max(max, c.values().stream().mapToInt(Integer::intValue).sum());
        int labelW = 360, barW = 420, rowH = 18, top = 28;
        int height = top + rows.size() * rowH + 10;
        StringBuilder b = new StringBuilder();
        b.append(
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"status counts per section\" width=\"")
                .append(labelW + barW + 60)
                .append("\" height=\"")
                .append(height)
                .append("\" font-size=\"11\" font-family=\"sans-serif\">");
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
        for (int i = 0; i < rows.size(); i++) {
            int y = top + i * rowH;
            String[] parts = rows.get(i)[1].split(" > ");
            String tail = parts.length > 2 ? parts[parts.length - 2] + " > " + parts[parts.length - 1] : rows.get(i)[1];
            String label = abbrev(tail, 52);
            b.append("<text x=\"")
                    .append(labelW - 6)
                    .append("\" y=\"")
                    .append(y + 12)
                    .append("\" text-anchor=\"end\"><title>")
                    .append(h(rows.get(i)[0] + " — " + rows.get(i)[1]))
                    .append("</title>")
                    .append(h(label))
                    .append("</text>");
            int bx = labelW, total = 0;
            for (var e : COLOURS.entrySet()) {
                int n = counts.get(i).getOrDefault(e.getKey(), 0);
                if (n == 0) continue;
                int w = Math.max(1, Math.round((float) n * barW / max));
                b.append("<rect x=\"")
                        .append(bx)
                        .append("\" y=\"")
                        .append(y + 2)
                        .append("\" width=\"")
                        .append(w)
                        .append("\" height=\"")
                        .append(rowH - 4)
                        .append("\" fill=\"")
                        .append(e.getValue())
                        .append("\"><title>")
                        .append(e.getKey())
                        .append(": ")
                        .append(n)
                        .append("</title></rect>");
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
        b.append("</svg>");
        return b.toString();
    }

    // ------------------------------------------------------------------ JSON

    /**
     * The report as JSON, written with gson's {@link JsonWriter} (the one JSON library, see
     * export/package-info): the top level indented, each count map and each array element on one
     * line. A missing or NaN number is {@code null} (a report states "no figure"; exports refuse NaN).
     */
    public static String json(Audit.Result r) {
        StringWriter out = new StringWriter();
        try (JsonWriter w = new JsonWriter(out)) {
            w.setFormattingStyle(INDENTED);
            w.beginObject();
            w.name("asOf").value(r.asOf().toString());
            w.name("conforms").value(r.report().conforms());
            w.name("severityCounts");
            inline(w, () -> r.countsBySeverity().forEach((s, n) -> pair(w, s.label(), n)));
            w.name("statusCounts");
            inline(w, () -> r.countsByStatus().forEach((s, n) -> pair(w, s, n)));
            w.name("statusBySection").beginArray();
            for (var file : r.statusBySection().entrySet()) {
                for (var sec : file.getValue().entrySet()) {
                    inline(w, () -> {
                        w.name("file").value(file.getKey());
                        w.name("section").value(sec.getKey());
                        w.name("counts").beginObject();
                        sec.getValue().forEach((k, v) -> pair(w, k, v));
                        w.endObject();
                    });
                }
            }
            w.endArray();
            w.name("coverage").beginArray();
            for (CoverageCheck.Result c : r.coverage()) inline(w, () -> coverage(w, c));
            w.endArray();
            w.name("multipliers").beginArray();
            for (MultiplierCheck.Result m : r.multipliers()) inline(w, () -> multiplier(w, m));
            w.endArray();
            w.name("findings").beginArray();
            for (Finding f : r.findings()) inline(w, () -> finding(w, f));
            w.endArray();
            w.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.append('\n').toString();
    }

    private static final FormattingStyle INDENTED =
            FormattingStyle.PRETTY.withIndent("  ").withNewline("\n");
    private static final FormattingStyle ONE_LINE = FormattingStyle.COMPACT.withSpaceAfterSeparators(true);

    private interface Members {
        void write() throws IOException;
    }

    /** One object on one line inside the indented document: the style is switched after its '{' and back before what follows. */
    private static void inline(JsonWriter w, Members members) throws IOException {
        w.beginObject();
        w.setFormattingStyle(ONE_LINE);
        members.write();
        w.endObject();
        w.setFormattingStyle(INDENTED);
    }

    private static void pair(JsonWriter w, String name, Number n) {
        try {
            w.name(name).value(n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void coverage(JsonWriter w, CoverageCheck.Result c) throws IOException {
        w.name("file").value(c.file());
        w.name("line").value(c.line());
        w.name("stated").value(c.statedText());
        w.name("statedPercent").jsonValue(num(c.statedPercent()));
        w.name("statedCount").value(c.statedCount());
        w.name("provenanceBlocks").value(c.blocks());
        w.name("annotatedClaims").value(c.annotatedClaims());
        w.name("unannotatedClaims").value(c.unannotatedClaims());
        w.name("actualPercent").jsonValue(num(c.actualPercent()));
        w.name("contradicted").value(c.contradicted());
    }

    private static void multiplier(JsonWriter w, MultiplierCheck.Result m) throws IOException {
        w.name("file").value(m.file());
        w.name("line").value(m.line());
        w.name("stated").value(m.expression());
        w.name("statedFactor").jsonValue(num(m.stated()));
        w.name("figures").value(m.figures());
        w.name("computedFactor").jsonValue(num(m.computed()));
        w.name("outcome").value(m.outcome().name().toLowerCase(Locale.ROOT));
    }

    private static void finding(JsonWriter w, Finding f) throws IOException {
        w.name("severity").value(f.severity().label());
        w.name("rule").value(f.rule());
        w.name("note").value(f.note());
        w.name("file").value(f.file());
        w.name("line").value(f.line() > 0 ? f.line() : null);
        w.name("section").value(f.section());
        w.name("claim").value(f.claim());
        w.name("claimText").value(f.claimText());
        w.name("message").value(f.message());
        w.name("action").value(f.action());
    }

    // ------------------------------------------------------------------ helpers

    /** file → section → findings, in file/line order (findings are sorted already). */
    static Map<String, Map<String, List<Finding>>> grouped(List<Finding> findings) {
        Map<String, Map<String, List<Finding>>> out = new LinkedHashMap<>();
        for (Finding f : findings)
            out.computeIfAbsent(f.file() == null ? "(no note)" : f.file(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(f.section() == null ? "(no section)" : f.section(), k -> new ArrayList<>())
                    .add(f);
        return out;
    }

    private static String stated(CoverageCheck.Result c) {
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

    private static String outcome(MultiplierCheck.Outcome o) {
        return switch (o) {
            case SUPPORTED -> "ok";
            case UNSUPPORTED -> "NOT SUPPORTED";
            case NO_FIGURES -> "no figures to check";
        };
    }

    private static String loc(String file, int line) {
        return (file == null ? "?" : file) + (line > 0 ? ":" + line : "");
    }

    static String abbrev(String s, int max) {
        return s == null ? "" : CoverageCheck.abbreviate(s, max);
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
