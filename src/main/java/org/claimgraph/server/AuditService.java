package org.claimgraph.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.jena.fuseki.servlets.BaseActionREST;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.web.HttpSC;

/**
 * {@code GET /kg/audit}: the audit report of the served graph as JSON ({@code application/json},
 * the default), HTML ({@code text/html}) or Markdown ({@code text/markdown}), chosen by the
 * {@code Accept} header or {@code ?format=json|html|md}; {@code ?as-of=YYYY-MM-DD} sets the audit
 * date (default today).
 * <p>
 * The report itself comes from {@code org.claimgraph.validate}; until that package provides its
 * audit API this answers 501 with a message saying so.
 */
final class AuditService extends BaseActionREST {

    /** Output formats, with their media types. */
    enum Format {
        JSON("application/json"), HTML("text/html"), MARKDOWN("text/markdown");
        final String mediaType;
        Format(String mediaType) { this.mediaType = mediaType; }
    }

    @Override
    protected void doGet(HttpAction action) {
        Format format = negotiate(action.getRequestParameter("format"), action.getRequestHeader("Accept"));
        String asOf = action.getRequestParameter("as-of");
        if (asOf != null && !asOf.matches("\\d{4}-\\d{2}-\\d{2}"))
            ServletOps.errorBadRequest("as-of must be a date YYYY-MM-DD, got: " + asOf);
        notAvailable(action, format);
    }

    @Override
    protected void doHead(HttpAction action) {
        doGet(action);
    }

    @Override
    protected void doPost(HttpAction action) {
        ServletOps.errorMethodNotAllowed("POST", "the audit report is read with GET");
    }

    static Format negotiate(String formatParam, String accept) {
        if (formatParam != null) {
            return switch (formatParam.toLowerCase(Locale.ROOT)) {
                case "json" -> Format.JSON;
                case "html" -> Format.HTML;
                case "md", "markdown" -> Format.MARKDOWN;
                default -> {
                    ServletOps.errorBadRequest("format must be json, html or md, got: " + formatParam);
                    yield Format.JSON;
                }
            };
        }
        if (accept != null) {
            String a = accept.toLowerCase(Locale.ROOT);
            int html = a.indexOf("text/html"), md = a.indexOf("text/markdown"), json = a.indexOf("json");
            int best = Integer.MAX_VALUE;
            Format f = Format.JSON;
            if (json >= 0 && json < best) { best = json; f = Format.JSON; }
            if (html >= 0 && html < best) { best = html; f = Format.HTML; }
            if (md >= 0 && md < best) { f = Format.MARKDOWN; }
            return f;
        }
        return Format.JSON;
    }

    private static void notAvailable(HttpAction action, Format format) {
        String msg = "The audit report is not available in this build: org.claimgraph.validate has no audit API yet. "
                + "Run 'claimgraph audit --db DIR' instead.";
        action.setResponseStatus(HttpSC.NOT_IMPLEMENTED_501);
        String body = switch (format) {
            case JSON -> "{ \"error\": \"not implemented\", \"message\": \"" + msg + "\" }\n";
            case HTML -> "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>audit</title></head><body><p>"
                    + msg + "</p></body></html>\n";
            case MARKDOWN -> "# Audit\n\n" + msg + "\n";
        };
        action.setResponseContentType(format.mediaType);
        action.setResponseCharacterEncoding("utf-8");
        try {
            OutputStream out = action.getResponseOutputStream();
            out.write(body.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException ex) {
            ServletOps.errorOccurred(ex);
        }
    }
}
