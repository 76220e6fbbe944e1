package org.claimgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * The authenticated HTTP user of the request this thread serves, for the history of the writes
 * it makes ({@link AuditedWrites}: the run's agent). Fuseki executes SPARQL Update and Graph
 * Store writes on the request's thread, after authentication, so the filter's thread-local is
 * the request's.
 */
final class RequestUser implements Filter {
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    /** The user of this thread's request; "anonymous" when it carries none or outside a request. */
    static String current() {
        String u = CURRENT.get();
        return u == null || u.isBlank() ? "anonymous" : u;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String was = CURRENT.get();
        CURRENT.set(req instanceof HttpServletRequest h ? h.getRemoteUser() : null);
        try {
            chain.doFilter(req, res);
        } finally {
            if (was == null) CURRENT.remove();
            else CURRENT.set(was);
        }
    }
}
