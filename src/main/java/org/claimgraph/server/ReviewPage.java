package org.claimgraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.query.DatasetFactory;

/**
 * {@code GET /review}: claimgraph's review page (one self-contained HTML file, no external
 * resources); {@code GET /review/queue?lang=en|zh}: its data, {@link ReviewQueue} as JSON. The
 * page records verifications with {@code POST /kg/verify}. The stock Fuseki UI stays at {@code /}.
 */
final class ReviewPage extends HttpServlet {
    private final NotesFolder notes;
    private final String datasetName;

    ReviewPage(NotesFolder notes, String datasetName) {
        this.notes = notes;
        this.datasetName = datasetName;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        resp.setHeader("Cache-Control", "no-store");
        resp.setHeader(
                "Content-Security-Policy",
                "default-src 'self'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:");
        if (path.equals("/") || path.isEmpty()) {
            page(resp);
        } else if (path.equals("/queue")) {
            queue(req, resp);
        } else {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void page(HttpServletResponse resp) throws IOException {
        try (InputStream in = ReviewPage.class.getResourceAsStream("review.html")) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "review.html missing from the jar");
                return;
            }
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{DATASET}}", datasetName);
            resp.setContentType("text/html; charset=utf-8");
            resp.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
        }
    }

    private void queue(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String lang = "zh".equals(req.getParameter("lang")) ? "zh" : "en";
        DataAccessPoint dap =
                DataAccessPointRegistry.get(req.getServletContext()).get(datasetName);
        if (dap == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no dataset " + datasetName);
            return;
        }
        String body = JSON.toString(
                ReviewQueue.build(DatasetFactory.wrap(dap.getDataService().getDataset()), notes, lang));
        resp.setContentType("application/json; charset=utf-8");
        resp.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
