package org.claimgraph.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.servlets.BaseActionREST;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.web.HttpSC;
import org.claimgraph.validate.Audit;
import org.claimgraph.validate.DataGraph;
import org.claimgraph.validate.ReportWriters;
import org.claimgraph.validate.ShapesLoader;
import org.claimgraph.validate.StoredAudit;

/**
 * {@code GET /kg/audit}: the audit report ({@link Audit}) of the served graph as JSON
 * ({@code application/json}, the default), HTML ({@code text/html}, one self-contained page) or
 * Markdown ({@code text/markdown}), chosen by the {@code Accept} header or
 * {@code ?format=json|html|md}; {@code ?as-of=YYYY-MM-DD} sets the audit date (default today),
 * {@code ?lang=en|zh} the language of the shapes' messages (default en).
 * <p>
 * Read-only. When the store keeps an audit graph (made by {@code claimgraph audit --db DIR} and
 * kept current by the live audit) for the date and language asked (none asked: any), the report
 * is read from it ({@link StoredAudit}: no validation per request); otherwise it is computed from
 * a snapshot of the dataset (one read transaction) and not stored.
 */
final class AuditService extends BaseActionREST {

    /** Output formats, with their media types. */
    enum Format {
        JSON("application/json"),
        HTML("text/html"),
        MARKDOWN("text/markdown");
        final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }
    }

    /** The packaged shapes, read once. */
    private static final class Shapes {
        static final Graph GRAPH = ShapesLoader.graph(null);
    }

    @Override
    protected void doGet(HttpAction action) {
        Format format = negotiate(action.getRequestParameter("format"), action.getRequestHeader("Accept"));
        LocalDate asOf = LocalDate.now();
        String asOfParam = action.getRequestParameter("as-of");
        if (asOfParam != null) {
            try {
                asOf = LocalDate.parse(asOfParam);
            } catch (DateTimeParseException e) {
                ServletOps.errorBadRequest("as-of must be a date YYYY-MM-DD, got: " + asOfParam);
            }
        }
        String lang = action.getRequestParameter("lang") == null ? "en" : action.getRequestParameter("lang");
        if (!lang.equals("en") && !lang.equals("zh")) ServletOps.errorBadRequest("lang must be en or zh, got: " + lang);
        Dataset dataset = RemoteFront.readable(action.getDataset()); // serve --store: a full copy of the store
        // the stored audit graph when it is for the date and language asked: no validation per request
        LocalDate storedAsOf = asOfParam == null ? null : asOf;
        String storedLang = action.getRequestParameter("lang");
        Audit.Result result =
                Txn.calculateRead(dataset, () -> StoredAudit.read(dataset.asDatasetGraph(), storedAsOf, storedLang));
        if (result == null) {
            Graph data = DataGraph.of(dataset, asOf); // one read transaction
            data = Deadline.in(Deadline.timeoutMillis(action.getContext()), null)
                    .wrap(data); // over the query timeout: 503
            result = Audit.run(data, Shapes.GRAPH, ShapesLoader.defaultShapes(), asOf, lang);
        }
        String body = switch (format) {
            case JSON -> ReportWriters.json(result);
            case HTML -> ReportWriters.html(result);
            case MARKDOWN -> ReportWriters.markdown(result);
        };
        write(action, format, body);
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
            // Jena's content negotiation: q-values and wildcards; nothing acceptable offered → JSON
            try {
                MediaType chosen = AcceptList.match(new AcceptList(accept), OFFERED);
                if (chosen != null) {
                    for (Format f : Format.values()) {
                        if (f.mediaType.equals(chosen.getContentTypeStr())) return f;
                    }
                }
            } catch (RuntimeException malformed) {
                // a header Jena cannot parse asks for nothing in particular
            }
        }
        return Format.JSON;
    }

    /** What the endpoint offers, in order of preference when the client accepts several equally. */
    private static final AcceptList OFFERED = AcceptList.create(
            Arrays.stream(Format.values()).map(f -> f.mediaType).toArray(String[]::new));

    private static void write(HttpAction action, Format format, String body) {
        action.setResponseStatus(HttpSC.OK_200);
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
