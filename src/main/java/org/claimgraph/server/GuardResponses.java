package org.claimgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.claimgraph.validate.WriteGuard;

/**
 * Turns the response of a request whose write guard mode refused ({@link AuditedWrites}) into
 * {@code 422 Unprocessable Content} with the SHACL report: JSON when the {@code Accept} header asks
 * for JSON, Turtle otherwise. Fuseki has answered by then with a status and no body (403 from
 * SPARQL Update and Graph Store PUT/POST, 204 from a Graph Store DELETE, which swallows the
 * exception after the abort), so the response is reset and written here.
 */
final class GuardResponses implements Filter {
    private static final ThreadLocal<WriteGuard.Refusal[]> CURRENT = new ThreadLocal<>();

    /** Records the refusal for the response of this thread's request (no-op outside a request). */
    static void refused(WriteGuard.Refusal r) {
        WriteGuard.Refusal[] slot = CURRENT.get();
        if (slot != null) slot[0] = r;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        WriteGuard.Refusal[] slot = new WriteGuard.Refusal[1];
        CURRENT.set(slot);
        try {
            chain.doFilter(req, res);
        } finally {
            CURRENT.remove();
        }
        if (slot[0] != null && !res.isCommitted()) write(slot[0], (HttpServletRequest) req, (HttpServletResponse) res);
    }

    static void write(WriteGuard.Refusal r, HttpServletRequest req, HttpServletResponse res) throws IOException {
        String accept = req.getHeader("Accept");
        boolean json = accept != null && accept.contains("json");
        byte[] body = (json ? r.json() : r.turtle()).getBytes(StandardCharsets.UTF_8);
        res.reset();
        res.setStatus(422);
        res.setContentType(json ? "application/json;charset=utf-8" : "text/turtle;charset=utf-8");
        res.setHeader("Cache-Control", "no-cache");
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }
}
