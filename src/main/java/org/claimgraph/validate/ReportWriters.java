package org.claimgraph.validate;

import java.util.Locale;

/**
 * Renders an {@link Audit.Result} for people: Markdown, a single self-contained HTML file (inline
 * CSS and an inline SVG chart of status counts per section; no scripts, no network) and JSON.
 * Layout of all three: summary counts by status and severity, the coverage comparison, the
 * unverifiable claims, the multiplier checks, then findings grouped by note and section.
 */
public final class ReportWriters {
    private ReportWriters() {}

    /** {@code format}: "md"/"markdown", "html" or "json". */
    public static String markdown(Audit.Result r) {
        return MarkdownReport.write(r);
    }

    public static String html(Audit.Result r) {
        return HtmlReport.write(r);
    }

    public static String json(Audit.Result r) {
        return JsonReport.write(r);
    }

    public static String render(Audit.Result r, String format) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "md", "markdown" -> markdown(r);
            case "html" -> html(r);
            case "json" -> json(r);
            default -> throw new IllegalArgumentException("format must be md, html or json: " + format);
        };
    }
}
