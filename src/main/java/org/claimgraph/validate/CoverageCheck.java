package org.claimgraph.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.claimgraph.rdf.SparqlResources;

/**
 * Compares each note's own coverage claim ("标注接近完成（约 99%，75/75+ 处已完成）") with what the
 * graph holds: provenance blocks found (annotated spots), claims with provenance, and claims that
 * carry numbers, versions or case names but no provenance. A claim is contradicted when the stated
 * count differs from the blocks found or the stated percent is more than
 * {@link #PERCENT_TOLERANCE} points above the computed one.
 */
public final class CoverageCheck {
    private CoverageCheck() {}

    public static final double PERCENT_TOLERANCE = 5.0;

    /** Coverage of one note. Stated values are null when the note states none. */
    public record Result(
            String note,
            String file,
            int line,
            String statedText,
            Double statedPercent,
            Integer statedCount,
            String statedTotal,
            int blocks,
            int annotatedClaims,
            int unannotatedClaims,
            double actualPercent,
            List<String> unannotatedExamples,
            boolean contradicted) {}

    private static final Query NOTES = QueryFactory.create(SparqlResources.text(CoverageCheck.class, "coverage-notes"));

    private static final Query COVERAGE =
            QueryFactory.create(SparqlResources.text(CoverageCheck.class, "coverage-stated"));

    private static final Query CLAIMS =
            QueryFactory.create(SparqlResources.text(CoverageCheck.class, "coverage-claims"));

    /** The order of {@link #run}'s results: by file (the query's {@code ORDER BY ?path}). */
    static final java.util.Comparator<Result> ORDER = java.util.Comparator.comparing(Result::file);

    /** Coverage of every note in {@code g}. */
    public static List<Result> run(Graph g) {
        var model = ModelFactory.createModelForGraph(g);
        List<Result> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(model).query(NOTES).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                var note = s.getResource("note");
                int blocks = s.getLiteral("blocks").getInt();
                RDFNode cc = s.get("coverage");
                Stated st = cc == null ? Stated.NONE : stated(model, cc);
                Counted n = counted(model, note);
                double actual = n.percent();
                boolean contradicted = cc != null
                        && ((st.count() != null && st.count() != blocks)
                                || (st.percent() != null && st.percent() - actual > PERCENT_TOLERANCE));
                out.add(new Result(
                        note.getURI(),
                        s.getLiteral("path").getLexicalForm(),
                        st.line(),
                        st.text(),
                        st.percent(),
                        st.count(),
                        st.total(),
                        blocks,
                        n.annotated(),
                        n.unannotated(),
                        actual,
                        n.examples(),
                        contradicted));
            }
        }
        return out;
    }

    /** What a note's coverage claim states; all null (line -1) when the note states none. */
    private record Stated(String text, Double percent, Integer count, String total, int line) {
        static final Stated NONE = new Stated(null, null, null, null, -1);
    }

    /** A note's claims with provenance, and those with figures, versions or case names but none (20 quoted). */
    private record Counted(int annotated, int unannotated, List<String> examples) {
        double percent() {
            return annotated + unannotated == 0 ? 100.0 : 100.0 * annotated / (annotated + unannotated);
        }
    }

    private static Stated stated(org.apache.jena.rdf.model.Model model, RDFNode cc) {
        try (QueryExecution q = QueryExecution.model(model)
                .query(COVERAGE)
                .substitution("cc", cc)
                .build()) {
            ResultSet r = q.execSelect();
            if (!r.hasNext()) return Stated.NONE;
            QuerySolution c = r.next();
            return new Stated(
                    lex(c.get("text")),
                    c.get("pct") == null ? null : ((Literal) c.get("pct")).getDouble(),
                    c.get("count") == null ? null : ((Literal) c.get("count")).getInt(),
                    lex(c.get("total")),
                    c.get("line") == null ? -1 : ((Literal) c.get("line")).getInt());
        }
    }

    private static Counted counted(org.apache.jena.rdf.model.Model model, RDFNode note) {
        int annotated = 0, unannotated = 0;
        List<String> examples = new ArrayList<>();
        try (QueryExecution q = QueryExecution.model(model)
                .query(CLAIMS)
                .substitution("note", note)
                .build()) {
            ResultSet r = q.execSelect();
            while (r.hasNext()) {
                QuerySolution c = r.next();
                String ct = lex(c.get("text"));
                boolean substantive = c.getLiteral("substantive").getBoolean() || hasFigureOrName(ct);
                if (c.getLiteral("annotated").getBoolean()) annotated++;
                else if (substantive) {
                    unannotated++;
                    if (examples.size() < 20) {
                        String l = c.get("line") == null ? "?" : String.valueOf(((Literal) c.get("line")).getInt());
                        examples.add(l + ": " + abbreviate(ct, 80));
                    }
                }
            }
        }
        return new Counted(annotated, unannotated, examples);
    }

    /** One Warning per contradicted coverage claim. */
    public static List<Finding> findings(List<Result> results) {
        List<Finding> out = new ArrayList<>();
        for (Result r : results) {
            if (!r.contradicted()) continue;
            String stated = (r.statedText() != null ? "\"" + abbreviate(r.statedText(), 60) + "\" " : "")
                    + "(" + (r.statedPercent() != null ? fmt(r.statedPercent()) + " %" : "")
                    + (r.statedCount() != null
                            ? ", " + r.statedCount() + "/" + (r.statedTotal() == null ? "?" : r.statedTotal())
                            : "")
                    + ")";
            String msg = String.format(
                    Locale.ROOT,
                    "The note states coverage %s, but %d provenance blocks were found and %d claims with figures, versions or case names have no provenance (%d annotated claims, %s %% covered)",
                    stated,
                    r.blocks(),
                    r.unannotatedClaims(),
                    r.annotatedClaims(),
                    fmt(r.actualPercent()));
            out.add(new Finding(
                    Severity.WARNING,
                    "coverage-claim-contradicted",
                    r.note(),
                    r.file(),
                    r.line(),
                    null,
                    null,
                    r.statedText(),
                    msg,
                    "update the note's coverage statement to the real count, or annotate the claims listed in the coverage table",
                    null));
        }
        return out;
    }

    private static final java.util.regex.Pattern SUBSTANCE =
            java.util.regex.Pattern.compile("(?<![A-Za-z])\\d|[Vv]\\d|案例|公司|平台|社区|厂");

    /** Leading section numbering ("2.2.3 ", "1 ") is not a figure. */
    private static final java.util.regex.Pattern NUMBERING =
            java.util.regex.Pattern.compile("^\\s*\\d+(?:\\.\\d+)*\\s+");

    static boolean hasFigureOrName(String text) {
        return text != null
                && SUBSTANCE.matcher(NUMBERING.matcher(text).replaceFirst("")).find();
    }

    static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    static String abbreviate(String s, int max) {
        if (s == null) return "";
        String t = s.replaceAll("\\s+", " ").trim();
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }

    private static String lex(RDFNode n) {
        return n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }
}
