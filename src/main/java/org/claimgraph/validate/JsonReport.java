package org.claimgraph.validate;

import static org.claimgraph.validate.ReportText.num;

import com.google.gson.FormattingStyle;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

/** The audit report as JSON (layout: see {@link ReportWriters}). */
final class JsonReport {
    private JsonReport() {}

    /**
     * The report as JSON, written with gson's {@link JsonWriter} (the one JSON library, see
     * export/package-info): the top level indented, each count map and each array element on one
     * line. A missing or NaN number is {@code null} (a report states "no figure"; exports refuse NaN).
     */
    static String write(Audit.Result r) {
        StringWriter out = new StringWriter();
        try (JsonWriter w = new JsonWriter(out)) {
            w.setFormattingStyle(INDENTED);
            w.beginObject();
            w.name("asOf").value(r.asOf().toString());
            w.name("conforms").value(r.conforms());
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
}
