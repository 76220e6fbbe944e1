package org.claimgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses Graph Store writes ({@code PUT}, {@code POST}) to {@code ?default} with 400: the default
 * graph a query sees is the union of the notes' named graphs, so triples written to the stored
 * default graph would be accepted and then never seen. The message says where to write instead.
 * Runs after authentication (Jetty's security handler comes before servlet filters), so an
 * anonymous writer still gets 401 first.
 */
final class DefaultGraphWrites implements Filter {
    static final String MESSAGE =
            "Writes to ?default are refused: the default graph of this server is the union of the named graphs"
                    + " (one per note), so triples stored in a separate default graph would never be seen. Write to a named graph: ?graph=IRI";

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String method = request.getMethod();
        if (("PUT".equals(method) || "POST".equals(method)) && hasDefaultParam(request.getQueryString())) {
            HttpServletResponse response = (HttpServletResponse) res;
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain;charset=utf-8");
            response.getWriter().println(MESSAGE);
            return;
        }
        chain.doFilter(req, res);
    }

    /** Whether the query string has a {@code default} parameter (read without touching the body). */
    static boolean hasDefaultParam(String queryString) {
        if (queryString == null) return false;
        for (String part : queryString.split("&")) {
            if (part.equals("default") || part.startsWith("default=")) return true;
        }
        return false;
    }
}
