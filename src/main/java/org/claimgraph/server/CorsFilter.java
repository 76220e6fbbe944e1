package org.claimgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CORS for browser tools (YASGUI, notebooks) on other origins. Only the configured origins are
 * answered; a preflight ({@code OPTIONS} with {@code Access-Control-Request-Method}) is answered
 * here with 204. Named origins may send credentials (a browser tool can send the write password);
 * with "*" no credentials are allowed.
 */
final class CorsFilter implements Filter {
    private static final String METHODS = "GET, HEAD, POST, PUT, DELETE, PATCH, OPTIONS";
    private static final String HEADERS = "Accept, Authorization, Content-Type, Origin, X-Requested-With";
    private static final String EXPOSED = "Content-Type, Content-Length, Location, ETag";

    private final boolean any;
    private final Set<String> origins;

    /** @param origins comma-separated origins, or "*" for any origin. */
    CorsFilter(String origins) {
        this.any = origins.strip().equals("*");
        this.origins = Arrays.stream(origins.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> s.endsWith("/") ? s.substring(0, s.length() - 1) : s)
                .collect(Collectors.toSet());
    }

    /** Whether {@code origin} is allowed by this CORS setting. */
    boolean allows(String origin) {
        return origin != null && (any || origins.contains(origin));
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String origin = request.getHeader("Origin");
        if (!allows(origin)) {
            chain.doFilter(req, res);
            return;
        }
        if (any) {
            // Any origin: no credentials, so a random web page cannot write with the user's cached password.
            response.setHeader("Access-Control-Allow-Origin", "*");
        } else {
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.setHeader("Access-Control-Allow-Credentials", "true");
        }
        response.addHeader("Vary", "Origin");
        response.setHeader("Access-Control-Expose-Headers", EXPOSED);
        if ("OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null) {
            response.setHeader("Access-Control-Allow-Methods", METHODS);
            response.setHeader("Access-Control-Allow-Headers", HEADERS);
            response.setHeader("Access-Control-Max-Age", "1800");
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(req, res);
    }
}
