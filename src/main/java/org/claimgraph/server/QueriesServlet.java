package org.claimgraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * {@code GET /$/queries}: the queries running now (id, start, elapsed ms, client address, path,
 * query text) as JSON; {@code DELETE /$/queries/ID}: cancels one (204; 404 when no such query runs),
 * its client gets 503. Both need the write password (a login constraint on the path); without a
 * logged-in user this servlet answers 403 itself, so it is never open.
 */
final class QueriesServlet extends HttpServlet {
    static final String PATH = "/$/queries";
    private final RunningQueries queries;

    QueriesServlet(RunningQueries queries) {
        this.queries = queries;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!loggedIn(req, resp)) return;
        JsonArray list = new JsonArray();
        Instant now = Instant.now();
        for (RunningQueries.Entry e : queries.list()) {
            JsonObject o = new JsonObject();
            o.put("id", String.valueOf(e.id()));
            o.put("started", e.started().toString());
            o.put("elapsedMs", Duration.between(e.started(), now).toMillis());
            o.put("client", e.remote());
            o.put("path", e.path());
            o.put("query", e.query().get() == null ? "" : e.query().get());
            o.put("cancelled", e.cancelled());
            list.add(o);
        }
        JsonObject body = new JsonObject();
        body.put("queries", list);
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType("application/json;charset=utf-8");
        try (OutputStream out = resp.getOutputStream()) {
            JSON.write(out, body);
        }
    }

    @Override
    protected void doDelete(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!loggedIn(req, resp)) return;
        String id = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        long n;
        try {
            n = Long.parseLong(id);
        } catch (NumberFormatException e) {
            resp.sendError(
                    HttpServletResponse.SC_BAD_REQUEST, "DELETE /$/queries/ID with a numeric id from GET /$/queries");
            return;
        }
        if (queries.cancel(n)) resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
        else resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no running query " + n);
    }

    private static boolean loggedIn(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (req.getRemoteUser() != null) return true;
        resp.sendError(HttpServletResponse.SC_FORBIDDEN, "the list of running queries needs the write password");
        return false;
    }
}
