package org.claimgraph.validate;

import static org.claimgraph.validate.ReportText.abbrev;
import static org.claimgraph.validate.ReportText.coverageCells;
import static org.claimgraph.validate.ReportText.grouped;
import static org.claimgraph.validate.ReportText.md;
import static org.claimgraph.validate.ReportText.mdRow;
import static org.claimgraph.validate.ReportText.multiplierCells;

/** The audit report as Markdown (layout: see {@link ReportWriters}). */
final class MarkdownReport {
    private MarkdownReport() {}

    static String write(Audit.Result r) {
        StringBuilder b = new StringBuilder();
        b.append("# claimgraph audit\n\n");
        b.append("Audit date: ")
                .append(r.asOf())
                .append(" · SHACL conforms: ")
                .append(r.conforms())
                .append("\n\n");
        summary(b, r);
        coverage(b, r);
        unverifiable(b, r);
        multipliers(b, r);
        findings(b, r);
        return b.toString();
    }

    /** Severity and status counts. */
    private static void summary(StringBuilder b, Audit.Result r) {
        b.append("## Summary\n\n| severity | findings |\n| --- | ---: |\n");
        r.countsBySeverity().forEach((s, n) -> b.append(mdRow(s.label(), n)));
        b.append("\n| status | status assertions |\n| --- | ---: |\n");
        r.countsByStatus().forEach((s, n) -> b.append(mdRow(s, n)));
    }

    /** Per note: stated against actual coverage, then examples of claims without provenance. */
    private static void coverage(StringBuilder b, Audit.Result r) {
        b.append(
                "\n## Coverage\n\n| note | stated | provenance blocks | annotated claims | unannotated claims with figures | covered | verdict |\n| --- | --- | ---: | ---: | ---: | ---: | --- |\n");
        for (CoverageCheck.Result c : r.coverage()) {
            b.append(mdRow(coverageCells(c, ReportText::md, "**contradicted**")));
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
    }

    /** Claims marked ❌. */
    private static void unverifiable(StringBuilder b, Audit.Result r) {
        b.append("\n## Unverifiable claims (❌)\n\n| file:line | claim |\n| --- | --- |\n");
        for (Finding f : r.byRule("unverifiable-claim"))
            b.append(mdRow(md(f.location()), md(abbrev(f.claimText(), 120))));
    }

    /** Stated multipliers against the figures they multiply. */
    private static void multipliers(StringBuilder b, Audit.Result r) {
        b.append("\n## Multiplier arithmetic (tolerance ")
                .append(Math.round(MultiplierCheck.TOLERANCE * 100))
                .append(
                        " %)\n\n| file:line | stated | figures | computed | result |\n| --- | --- | --- | ---: | --- |\n");
        for (MultiplierCheck.Result m : r.multipliers()) b.append(mdRow(multiplierCells(m, ReportText::md)));
    }

    /** Findings by note and section. */
    private static void findings(StringBuilder b, Audit.Result r) {
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
    }
}
