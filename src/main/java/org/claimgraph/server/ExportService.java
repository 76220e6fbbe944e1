package org.claimgraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.servlets.BaseActionREST;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.claimgraph.export.ExportFormat;
import org.claimgraph.export.ExportSelection;
import org.claimgraph.export.Exporters;

/**
 * Exports of the served graph ({@code org.claimgraph.export}): {@code GET /kg/export/FORMAT} (and
 * {@code GET /kg/export?format=FORMAT}) with {@code ?include=claims,tools,...}; single-file formats
 * as themselves, folder formats (obsidian, canvas, neo4j) as a zip. Enabled for a dataset by the
 * endpoint {@code fuseki:endpoint [ fuseki:operation cgsrv:export ; fuseki:name "export" ]}, whose
 * {@code fuseki:allowedUsers} (and the dataset's) apply to both URL forms.
 */
final class ExportService extends BaseActionREST {

    /** {@code /kg/export?format=FORMAT}, dispatched by Fuseki. */
    @Override
    protected void doGet(HttpAction action) {
        String name = action.getRequestParameter("format");
        if (name == null)
            ServletOps.errorBadRequest("name the format: /export/FORMAT or ?format=FORMAT, one of " + formats());
        Optional<ExportFormat> format = ExportFormat.of(name);
        if (format.isEmpty()) ServletOps.errorNotFound("unknown export format '" + name + "'; one of " + formats());
        ExportSelection include = include(action.getRequestParameter("include"));
        if (include == null) ServletOps.errorBadRequest("bad include list: " + action.getRequestParameter("include"));
        try {
            respond(action.getDataset(), format.get(), include, action.getResponse());
        } catch (IOException e) {
            ServletOps.errorOccurred(e);
        }
    }

    @Override
    protected void doHead(HttpAction action) {
        doGet(action);
    }

    static String formats() {
        return Arrays.stream(ExportFormat.values()).map(ExportFormat::cliName).collect(Collectors.joining(", "));
    }

    /** The include list (node kinds, and {@code history}), or null when it names an unknown kind. */
    static ExportSelection include(String list) {
        try {
            return ExportSelection.parse(list);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Writes one export of a snapshot of {@code dsg} (one read transaction). */
    static void respond(DatasetGraph served, ExportFormat format, ExportSelection include, HttpServletResponse response)
            throws IOException {
        Dataset dataset = RemoteFront.readable(served); // serve --store: a full copy of the store
        DatasetGraph dsg = dataset.asDatasetGraph();
        byte[] body = Txn.calculateRead(dsg, () -> {
            java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
            try {
                Exporters.write(format, dataset, include.kinds(), include.history(), b);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return b.toByteArray();
        });
        String file =
                format.defaultFileName() != null ? format.defaultFileName() : "claimgraph-" + format.cliName() + ".zip";
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(format.mediaType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
        response.setContentLength(body.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }

    /**
     * {@code /NAME/export/FORMAT}: a plain servlet (Fuseki dispatches one path segment after the
     * dataset), which applies the same access rules as the Fuseki endpoint.
     */
    static final class PathServlet extends HttpServlet {
        private final String datasetName;

        PathServlet(String datasetName) {
            this.datasetName = DataAccessPoint.canonical(datasetName);
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            DataAccessPoint dap =
                    DataAccessPointRegistry.get(req.getServletContext()).get(datasetName);
            DataService service = dap == null ? null : dap.getDataService();
            Endpoint ep = service == null
                    ? null
                    : service.getEndpoints(ClaimgraphModule.EXPORT).stream()
                            .findFirst()
                            .orElse(null);
            if (ep == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            String user = req.getRemoteUser();
            if (!Auth.allow(user, service.authPolicy()) || !Auth.allow(user, ep.getAuthPolicy())) {
                resp.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            String name = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
            Optional<ExportFormat> format =
                    name.isEmpty() || name.contains("/") ? Optional.empty() : ExportFormat.of(name);
            if (format.isEmpty()) {
                resp.sendError(
                        HttpServletResponse.SC_NOT_FOUND, "unknown export format '" + name + "'; one of " + formats());
                return;
            }
            ExportSelection include = include(req.getParameter("include"));
            if (include == null) {
                resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "bad include list: " + req.getParameter("include"));
                return;
            }
            respond(service.getDataset(), format.get(), include, resp);
        }
    }
}
